/**
 * Joining text with the punctuation that follows it, once for the whole site. A Ukrainian date ends with its own
 * full stop («12 листопада 2025 р.»), as do abbreviations («тис.»); where a sentence or a label puts a full stop
 * after such a value, one full stop is printed, not «р..». Every dictionary lookup (t, tn, pt, ct) fills its
 * templates with `fillTemplate`, and code that ends a sentence after a value uses `punctuate` or `sentence`
 * (re-exported by src/i18n/format.ts, where pages and charts import them).
 *
 * This module imports nothing: the dictionaries' lookup (src/i18n/index.ts) needs it, format.ts needs that lookup,
 * and browser scripts (the fact popover, the citation copier) use it without loading any dictionary.
 */

/** Whether `text` already ends with a full stop (an abbreviation's, «р.», or an ellipsis). */
const endsWithStop = (text: string): boolean => /[.…]$/.test(text);

/**
 * `text` followed by `mark` (".", ". ", ".)", ", "…): where `mark` begins with a full stop and `text` already ends
 * with one, the mark's full stop is dropped. "станом на 1 грудня 2025 р." + ". " → "станом на 1 грудня 2025 р. ".
 */
export function punctuate(text: string, mark: string): string {
  return mark.startsWith('.') && endsWithStop(text) ? text + mark.slice(1) : text + mark;
}

/** `text` ending a sentence: with one full stop, whether or not its last word has its own («р.»). */
export const sentence = (text: string): string => punctuate(text, '.');

/**
 * A template with `{name}` placeholders filled by `value(name)` (undefined leaves the placeholder as written). Where
 * the template puts a full stop right after a placeholder and the text so far (that value, or the one before it
 * when it is empty) already ends with one, the template's full stop is dropped: "{date}." with «2025 р.» gives one.
 */
export function fillTemplate(template: string, value: (name: string) => string | undefined): string {
  let out = '';
  let last = 0;
  let afterValue = false;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    const literal = template.slice(last, m.index);
    out = afterValue ? punctuate(out, literal) : out + literal;
    const v = value(m[1]!);
    out += v ?? m[0];
    // Also after an empty value: "{phrase}{lower}." with no `lower` still sees the phrase's «р.».
    afterValue = v !== undefined;
    last = m.index + m[0].length;
  }
  const rest = template.slice(last);
  return afterValue ? punctuate(out, rest) : out + rest;
}

/** `text` beginning a sentence: its first letter a capital (in `lang`'s rules), the rest as written. */
export const sentenceStart = (text: string, lang: string): string => text.replace(/\p{L}/u, (c) => c.toLocaleUpperCase(lang));
