/**
 * "Did you mean?" for ids: a typo in an id ("kyiv-indep", "deported-verifed")
 * should point at the id that was meant.
 */

/** Levenshtein distance, small strings only (ids). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(up + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length]!;
}

/**
 * Up to `max` candidates close to `wanted`: a prefix either way ("kyiv-indep" → "kyiv-independent")
 * or an edit distance within a quarter of the length (at least 2). Closest first.
 */
export function nearMatches(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: { id: string; score: number }[] = [];
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  for (const id of new Set(candidates)) {
    if (id === wanted) continue;
    const d = distance(wanted, id);
    const prefix = wanted.length >= 3 && (id.startsWith(wanted) || wanted.startsWith(id));
    if (d <= limit || prefix) scored.push({ id, score: prefix ? Math.min(d, 1) : d });
  }
  scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  // Only the closest few: a suggestion list that names half the ids helps nobody.
  const best = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score <= best + 1).slice(0, max).map((s) => s.id);
}

/**
 * Suggestions are remembered per candidate set, and only the first SUGGESTION_BUDGET
 * distinct misses get one: a file with 35,000 bad references must not cost
 * 35,000 × (number of ids) edit distances, and reports list only the first few anyway.
 */
export const SUGGESTION_BUDGET = 200;
const memos = new WeakMap<object, Map<string, string[]>>();

function suggestions(wanted: string, candidates: Iterable<string>): string[] {
  if (typeof candidates !== 'object' || candidates === null) return nearMatches(wanted, candidates);
  let memo = memos.get(candidates);
  if (!memo) memos.set(candidates, (memo = new Map()));
  const hit = memo.get(wanted);
  if (hit) return hit;
  if (memo.size >= SUGGESTION_BUDGET) return [];
  const near = nearMatches(wanted, candidates);
  memo.set(wanted, near);
  return near;
}

/** `; did you mean "a" or "b"?` or '' when nothing is close. */
export function didYouMean(wanted: string, candidates: Iterable<string>): string {
  const near = suggestions(wanted, candidates);
  if (near.length === 0) return '';
  return `; did you mean ${near.map((id) => JSON.stringify(id)).join(' or ')}?`;
}
