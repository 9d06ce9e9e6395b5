/**
 * Labels say who produced a number and how, never whether it is true. A label
 * such as "Children Ukraine has verified as deported" reads as our verdict on
 * a belligerent government's own count; the provenance scheme's plain words
 * ("Ukraine's case count", "a statement") say the same without judging it.
 * This finds verdict words in the short texts readers see as labels: figure
 * and series labels, series break labels and event titles. Notes may still
 * report that something was "not independently verified": that describes a
 * check, it is not a label.
 */

/** The rule's name in messages, and the first release it applies to (frozen earlier releases are not re-judged). */
export const VERDICT_RULE = 'no verdict words in labels';
export const VERDICT_RULE_SINCE = '2.3.0';

/** Words that rate truth rather than describe provenance. */
export const VERDICT_WORDS = [
  'verified',
  'unverified',
  'verify',
  'verifies',
  'verification',
  'confirmed',
  'unconfirmed',
  'confirms',
  'proven',
  'debunked',
  'true',
  'false',
  'fake',
  'claim',
  'claims',
  'claimed',
] as const;

const PATTERN = new RegExp(`\\b(${VERDICT_WORDS.join('|')})\\b`, 'i');

/** The first verdict word in a text (as written), or null. */
export function verdictWord(text: string): string | null {
  return PATTERN.exec(text)?.[1] ?? null;
}

/** The labels a reader sees, with their places in the document: [keys, text]. */
export function labelTexts(doc: {
  figures?: readonly { label?: unknown }[];
  series?: readonly { label?: unknown; breaks?: readonly { label?: unknown }[] }[];
  events?: readonly { title?: unknown }[];
}): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const take = (keys: PropertyKey[], v: unknown) => typeof v === 'string' && out.push([keys, v]);
  doc.figures?.forEach((f, i) => take(['figures', i, 'label'], f.label));
  doc.series?.forEach((s, i) => {
    take(['series', i, 'label'], s.label);
    s.breaks?.forEach((b, j) => take(['series', i, 'breaks', j, 'label'], b.label));
  });
  doc.events?.forEach((e, i) => take(['events', i, 'title'], e.title));
  return out;
}

/** One message per label with a verdict word, naming the word and the rule. */
export function verdictProblems(doc: Parameters<typeof labelTexts>[0]): { keys: PropertyKey[]; message: string }[] {
  return labelTexts(doc).flatMap(([keys, text]) => {
    const word = verdictWord(text);
    if (!word) return [];
    return [
      {
        keys,
        message:
          `"${word}" reads as a verdict on the number (rule: ${VERDICT_RULE}); ` +
          'say who produced it and how, in the provenance scheme\'s plain words ("Ukraine\'s case count", "says", "a statement"), not whether it is true',
      },
    ];
  });
}
