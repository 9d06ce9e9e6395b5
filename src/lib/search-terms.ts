/**
 * The vocabulary behind search's spelling help (src/lib/suggest.ts): the words a locale's searchable text uses, four
 * letters or more, most frequent first (ties alphabetically, so the file is the same on every build). The routes
 * /search-terms.json and /uk/search-terms.json gather the text (chapters, glossary, chart titles, figure labels) in
 * their language.
 */
import { words } from './suggest.ts';

/** MDX markup is not text: tags and expressions in braces go before the words are counted. */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of words(text.replace(/<[^>]+>/g, ' ').replace(/\{[^{}]*\}/g, ' '))) if (w.length >= 4) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}
