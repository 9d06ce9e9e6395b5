/**
 * What a number of children, people, places or events can be.
 *
 * A count is a whole number, never negative. A percentage is between 0 and
 * 100. And every unit has a ceiling beyond which a value is not plausible as a
 * documented figure (more children than were ever counted or estimated, more
 * countries than exist): a value above it is refused unless the figure is an
 * official's statement, which the site shows as exactly that, a statement
 * nobody else could check (Russia's "700,000 children" is one).
 *
 * Units are free text in the dataset; each is matched here to a kind by its
 * words (unitRule). A unit this table does not know is still held to the count
 * rules and to the general ceiling.
 */

export interface UnitRule {
  /** What the unit counts, for messages. */
  kind: string;
  /** Unit words that select this rule (the unit's last word decides: "Russian regions" → regions). */
  words: readonly string[];
  /** Whether values are whole numbers. */
  integer: boolean;
  /** The highest plausible documented value; a statement may exceed it. */
  max: number;
}

export const UNIT_RULES: readonly UnitRule[] = [
  { kind: 'percentage', words: ['percent', 'per cent', '%', 'percentage', 'share'], integer: false, max: 100 },
  // The highest documented or estimated counts are in the hundreds of thousands (US and Ukrainian estimates
  // of 240,000-260,000); Ukraine had about 7.5 million children before the full-scale invasion.
  { kind: 'children', words: ['children', 'child', 'minors', 'orphans', 'teenagers', 'kids'], integer: true, max: 500_000 },
  { kind: 'people', words: ['people', 'persons', 'individuals', 'adults', 'families', 'parents', 'officials', 'deportees', 'refugees'], integer: true, max: 10_000_000 },
  { kind: 'countries', words: ['countries', 'states', 'nations', 'member states'], integer: true, max: 200 },
  { kind: 'regions', words: ['regions', 'oblasts', 'provinces', 'territories', 'subjects'], integer: true, max: 100 },
  {
    kind: 'places',
    words: ['camps', 'facilities', 'locations', 'institutions', 'sites', 'settlements', 'cities', 'towns', 'schools', 'homes', 'places', 'organisations', 'organizations', 'entities', 'individuals and entities'],
    integer: true,
    max: 100_000,
  },
  { kind: 'events', words: ['cases', 'events', 'warrants', 'trains', 'flights', 'votes', 'resolutions', 'sessions', 'investigations', 'reports', 'designations'], integer: true, max: 1_000_000 },
];

/** For units the table does not know: still a non-negative whole number, below a general ceiling. */
export const DEFAULT_RULE: UnitRule = { kind: 'count', words: [], integer: true, max: 10_000_000 };

const PERCENTAGE = UNIT_RULES.find((r) => r.kind === 'percentage')!;
const COUNTED = UNIT_RULES.filter((r) => r !== PERCENTAGE);

/**
 * The rule for a unit. A whole unit in the table decides; a unit that begins
 * with a percentage word is a percentage of something ("percent of children",
 * "% of deportees"); otherwise the counted kind it names last decides
 * ("Russian regions" → regions), so a percentage word elsewhere cannot make
 * halves of children ("children %" is still children).
 */
export function unitRule(unit: string): UnitRule {
  const u = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  const whole = UNIT_RULES.find((r) => r.words.includes(u));
  if (whole) return whole;
  if (PERCENTAGE.words.some((w) => u.startsWith(`${w} `))) return PERCENTAGE;
  for (const word of u.split(' ').reverse()) {
    const rule = COUNTED.find((r) => r.words.includes(word));
    if (rule) return rule;
  }
  return DEFAULT_RULE;
}

/**
 * Whether a figure or series is an official's statement that no one else could
 * check. Dataset 2.0.0 names this `method: "statement"`; before it, such
 * figures had `status: "claim"`.
 */
export function isStatement(entry: { method?: unknown; status?: unknown }): boolean {
  if (entry.method !== undefined) return entry.method === 'statement';
  return entry.status === 'claim';
}

/** Even a statement is refused beyond this many times the ceiling: no one claims 10^15 children. */
export const STATEMENT_FACTOR = 20;

function fmt(n: number): string {
  return Number.isSafeInteger(n) ? n.toLocaleString('en-US') : String(n);
}

/** What is wrong with one value of a unit, or null. `field` is value, low or high. */
export function countProblem(value: number, unit: string, statement: boolean): string | null {
  const rule = unitRule(unit);
  if (value < 0 || Object.is(value, -0)) return `${fmt(value)} ${unit}: a count of ${rule.kind} cannot be negative`;
  if (rule.integer && !Number.isInteger(value)) return `${value} ${unit}: a count of ${rule.kind} must be a whole number`;
  if (rule.integer && !Number.isSafeInteger(value)) return `${value} ${unit}: too large to be stored exactly`;
  if (value > rule.max) {
    if (rule.kind === 'percentage') return `${value} ${unit}: a percentage cannot exceed 100`;
    if (value > rule.max * STATEMENT_FACTOR) {
      return `${fmt(value)} ${unit} is beyond any plausible count of ${rule.kind} (over ${STATEMENT_FACTOR} times the ceiling of ${fmt(rule.max)}), even as a statement`;
    }
    if (!statement) {
      return (
        `${fmt(value)} ${unit} is beyond the plausible ceiling of ${fmt(rule.max)} for a count of ${rule.kind}; ` +
        'a value this large is accepted only as an official\'s statement (method "statement"), which the site labels as such'
      );
    }
  }
  return null;
}
