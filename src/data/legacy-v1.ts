/**
 * The versioned reader for 1.x releases. Dataset 1.x gave every figure and
 * series a single `status` (verified / estimate / claim) and sources a free-text
 * `via`; 2.0.0 replaced them with method + producer, source kinds, `read_via`,
 * `checked` and `stage`. Frozen 1.x releases never change (pinned embeds and
 * citations point at them), so this module parses them with the 1.x schema and
 * maps them to the 2.0 shape for display only. The mapping is stated here and
 * on the methodology page: status → method one to one (verified → case-count,
 * estimate → estimate, claim → statement); the producer is read from the
 * claimant's words; `checked` is the release date (the day that release was
 * assembled); `stage` is read from the label's words. The published 1.x files
 * keep their bytes.
 */
import { z } from 'zod';
import { Dataset, Series, Source as SourceSchema, figureBase } from './schema.ts';
import type { Method, Producer, Source, SourceKind, Stage } from './schema.ts';

export const LEGACY_STATUSES = ['verified', 'estimate', 'claim'] as const;
const Status = z.enum(LEGACY_STATUSES);
export type LegacyStatus = z.infer<typeof Status>;

/** A 1.x source: today's fields without kind, date_note, read_via and own_statements_only, plus the free-text `via`. */
const SourceV1 = SourceSchema.omit({ kind: true, date_note: true, read_via: true, own_statements_only: true }).extend({
  via: z.string().min(1).optional(),
});

/** A 1.x figure: today's fields without method, producer, stage, checked and unchanged_since, plus `status`. */
const { method: _method, producer: _producer, stage: _stage, checked: _checked, unchanged_since: _since, ...sharedFigure } = figureBase;
const figureBaseV1 = { ...sharedFigure, status: Status };

const FigureV1 = z.union([
  z.strictObject({ ...figureBaseV1, value: z.number().finite() }),
  z.strictObject({ ...figureBaseV1, low: z.number().finite(), high: z.number().finite() }),
]);

/** A 1.x series: its points have today's shape; `status` in place of method, producer, stage and checked. */
const SeriesV1 = Series.omit({ method: true, producer: true, stage: true, checked: true }).extend({ status: Status });
/** The 2.x document with the three 1.x entity shapes in place of today's (events and places did not change). */
export const DatasetV1 = Dataset.extend({
  sources: z.array(SourceV1).min(1),
  figures: z.array(FigureV1),
  series: z.array(SeriesV1),
});
export type DatasetV1 = z.infer<typeof DatasetV1>;

/** True for a document that declares a 1.x version (and so is read with the 1.x schema). */
export function isLegacyVersion(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const v = (raw as Record<string, unknown>)['version'];
  return typeof v === 'string' && /^1\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/.test(v);
}

export const METHOD_OF_STATUS: Record<LegacyStatus, Method> = { verified: 'case-count', estimate: 'estimate', claim: 'statement' };

/** The producer a 1.x claimant names, by its words; Ukraine's government when none of the others matches. */
export function producerOfClaimant(claimant: string): Producer {
  const c = claimant.toLowerCase();
  if (/russia|lvova-belova|medinsky|kremlin|karasin|krasnodar|rostov|moscow oblast|samara|radio rossii|mishonova/.test(c)) return 'russia';
  if (/\bun\b|united nations|court|pace|council of europe|general assembly|osce|commission of inquiry/.test(c)) return 'international';
  if (/yale|vazhnye|verstka|institute for the study of war|kennesaw|researchers/.test(c)) return 'researchers';
  if (/qatar|vatican/.test(c)) return 'mediator';
  if (/uk government|united kingdom|secretary of state|united states|first lady of the united states|melania/.test(c)) return 'other-government';
  if (/new york times|meduza|media \(|ukrainian media|journalists/.test(c)) return 'journalists';
  return 'ukraine';
}

/** The stage a 1.x figure counts, read from its label; none when no word matches. */
export function stageOfLabel(label: string): Stage {
  const l = label.toLowerCase();
  if (/return|reunit|brought back/.test(l)) return 'returned';
  if (/adopt/.test(l)) return 'adopted';
  if (/citizenship|naturali[sz]/.test(l)) return 'naturalised';
  if (/foster|guardian|placed|famil/.test(l)) return 'placed';
  if (/camp|facilit|location|institution|held/.test(l)) return 'held';
  if (/deport|taken|removed|transferred/.test(l)) return 'taken';
  return 'none';
}

/** A 1.x source: a `via` note means the URL is a copy's. */
function upgradeSource(s: z.infer<typeof SourceV1>): Source {
  const { via, ...rest } = s;
  const kind: SourceKind = via ? 'copy' : 'news';
  const note = via ? [`Read via ${via}.`, s.note].filter(Boolean).join(' ') : s.note;
  return {
    ...rest,
    kind,
    ...(s.date ? {} : { date_note: 'Release 1.x recorded no publication date and no reason.' }),
    ...(note ? { note } : {}),
  };
}

/** Maps a 1.x release to the 2.0 shape, for display; see the module comment for each rule. */
export function upgradeV1(d: DatasetV1): Dataset {
  const checked = d.released;
  return {
    ...d,
    sources: d.sources.map(upgradeSource),
    figures: d.figures.map(({ status, ...f }) => ({
      ...f,
      method: METHOD_OF_STATUS[status],
      producer: producerOfClaimant(f.claimant),
      stage: stageOfLabel(f.label),
      checked,
    })),
    series: d.series.map(({ status, ...s }) => ({
      ...s,
      method: METHOD_OF_STATUS[status],
      producer: producerOfClaimant(s.claimant),
      stage: stageOfLabel(s.label),
      checked,
    })),
  };
}
