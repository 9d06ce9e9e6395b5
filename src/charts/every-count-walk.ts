/**
 * every-count's walk-through (issue 12): the states a scrolling sequence steps through to show why the counts differ,
 * each one the overview (every-count.ts) with some counts brought forward, the rest faded, a few dots marked with a
 * ring and their number, and one annotation line from the chart dictionary ("every.walk.*") whose numbers come from
 * the dataset. The order a chapter shows them in is its own (the <Step show="…"> in its MDX).
 */
import type { Figure, Stage } from '../data/schema.ts';
import type { ChartKey } from '../i18n/charts.ts';

export interface Focus {
  /** The counts brought forward: by stage, or one by one (`pick`); neither = every count. */
  stages?: readonly Stage[];
  pick?: (f: Figure) => boolean;
  /** Figure ids marked with a ring and their number (each must be brought forward). */
  marked?: readonly string[];
  /** The annotation heading the drawing: a plural on {n} (the counts brought forward), with the marked figures' numbers as {m0}, {m1}, …. */
  note: ChartKey;
}

/** Ukraine's verified count of children taken; its count of children returned; its count of adoptions; Russia's largest claim; Yale's estimate. */
const VERIFIED = 'deported-verified';
const RETURNED = 'returned-verified';
const ADOPTED = 'adopted-ukraine-count';
const CLAIM = 'russia-claim-700000';
const ESTIMATE = 'yale-upper-estimate';

/** The figures the walk names: every-count requires them, so a dataset without one fails the build by name. */
export const WALK_FIGURES = [VERIFIED, RETURNED, ADOPTED, CLAIM, ESTIMATE];

export const WALK: Record<string, Focus> = {
  'walk-all': { note: 'every.walk.all' },
  'walk-taken': { stages: ['taken'], marked: [VERIFIED], note: 'every.walk.taken' },
  'walk-placed': { stages: ['placed', 'naturalised', 'adopted'], marked: [ADOPTED], note: 'every.walk.placed' },
  'walk-returned': { stages: ['returned'], marked: [RETURNED], note: 'every.walk.returned' },
  'walk-russia': { pick: (f) => f.producer === 'russia', marked: [CLAIM], note: 'every.walk.russia' },
  'walk-why': { pick: (f) => [VERIFIED, ESTIMATE, CLAIM].includes(f.id), marked: [VERIFIED, ESTIMATE, CLAIM], note: 'every.walk.why' },
};

/** Whether `focus` brings `f` forward. */
export function kept(focus: Focus, f: Figure): boolean {
  if (focus.pick) return focus.pick(f);
  return !focus.stages || focus.stages.includes(f.stage);
}
