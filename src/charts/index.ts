/** The chart registry: every chart id in the URL contract and its definition. */
import type { ChartDefinition } from './types.ts';
import { returnedShare } from './returned-share.ts';
import { eventsTimeline } from './events-timeline.ts';
import { deportationScale } from './deportation-scale.ts';
import { russianClaims } from './russian-claims.ts';
import { adoptionPipeline } from './adoption-pipeline.ts';
import { deportationsOverTime } from './deportations-over-time.ts';
import { returnsOverTime } from './returns-over-time.ts';
import { returnChannels } from './return-channels.ts';
import { placementMap } from './placement-map.ts';
import { warrantMap } from './warrant-map.ts';
import { everyCount } from './every-count.ts';

// Charts are added here as they are built; ids are the URL contract (/charts/<id>/).
export const CHARTS: ChartDefinition[] = [returnedShare, eventsTimeline, deportationScale, russianClaims, adoptionPipeline, deportationsOverTime, returnsOverTime, returnChannels, placementMap, warrantMap, everyCount];

export function getChart(id: string): ChartDefinition {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) throw new Error(`unknown chart id "${id}" (known: ${CHARTS.map((c) => c.id).join(', ') || 'none'})`);
  return chart;
}
