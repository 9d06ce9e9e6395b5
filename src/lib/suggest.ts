/**
 * Search helpers that need no index: whether a result really matches the
 * words typed (Pagefind also matches short prefixes, so "adopshun" would
 * match every "a"), and the closest known word to a misspelt one, for
 * "No results. Did you mean …?". Pure functions, shared by the search script
 * and its tests.
 */

/** Lower-case words of at least two letters. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []).map((w) => w.replace(/[’']s$/, ''));
}

/** A highlighted word as a word: lower case, without the punctuation Pagefind keeps inside the mark (Ukrainian «…» quotes, brackets). */
const bare = (marked: string) => marked.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');

/** A highlighted word answers a query word when they share its first four letters (or all of a shorter word). */
export function answers(marked: string, query: string): boolean {
  const m = bare(marked);
  const q = query.toLowerCase();
  const n = Math.min(4, q.length);
  return m.slice(0, n) === q.slice(0, n) && (q.length <= 4 || m.length >= 3);
}

/** True when every query word of three letters or more is answered by one of the marked words. */
export function resultMatches(markedWords: string[], query: string): boolean {
  const qs = words(query).filter((w) => w.length >= 3);
  if (!qs.length) return true;
  return qs.every((q) => markedWords.some((m) => answers(m, q)));
}

/**
 * True when every query word of three letters or more begins one of the marked words: what was typed is in the
 * results as typed (or is the start of a word still being typed). False when a word was matched only on its first
 * letters ("deportaton" by "deportation"), the sign of a misspelling worth correcting.
 */
export function typedInResults(markedWords: string[], query: string): boolean {
  const marked = markedWords.map(bare);
  return words(query)
    .filter((w) => w.length >= 3)
    .every((q) => marked.some((m) => m.startsWith(q)));
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known word closest to `word`, if it is close enough to be a likely misspelling: one edit for a word of up to
 * four letters, two up to seven, three from eight. Ties go to the more frequent word (vocabulary order).
 */
export function closest(word: string, vocabulary: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const limit = w.length >= 8 ? 3 : w.length >= 5 ? 2 : 1;
  let best: { v: string; d: number } | undefined;
  for (const v of vocabulary) {
    if (Math.abs(v.length - w.length) > limit || v === w) continue;
    const d = distance(w, v);
    if (d <= limit && (!best || d < best.d)) best = { v, d };
  }
  return best?.v;
}

/** A suggested query: each word replaced by its closest known word; undefined when nothing changes. */
export function suggest(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const out = words(query).map((w) => {
    if (known.has(w) || w.length < 3) return w;
    const c = closest(w, vocabulary);
    if (c) changed = true;
    return c ?? w;
  });
  return changed ? out.join(' ') : undefined;
}
