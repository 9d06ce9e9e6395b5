/**
 * Plain words for where a number comes from: who produced it and how
 * ("Ukraine's government · case count"). Never a verdict on whether it is
 * true. Every label the site prints for a method or producer comes from here,
 * so prose, key figures, charts, tables, tooltips, handouts and CSV agree.
 */
import type { Method, Producer, SourceKind } from '../data/schema.ts';
import type { Locale } from './index.ts';
import { t } from './index.ts';

/** Methods in the order legends and tables list them. */
export const METHOD_ORDER: readonly Method[] = ['case-count', 'estimate', 'statement'];

/** "case count", "estimate", "statement": lower case, for running text. */
export function methodLabel(method: Method, locale: Locale): string {
  return t(`method.${method}`, {}, locale);
}

/** "Case count": capitalised, for legends and badges. */
export function methodTitle(method: Method, locale: Locale): string {
  return t(`method.${method}.title`, {}, locale);
}

/** "a count of individual cases": what the method means. */
export function methodMeaning(method: Method, locale: Locale): string {
  return t(`method.${method}.long`, {}, locale);
}

/** "Ukraine's government", "Researchers", …. */
export function producerLabel(producer: Producer, locale: Locale): string {
  return t(`producer.${producer}`, {}, locale);
}

/** The producer inside a sentence or a bracket: "researchers", «уряд України», «ООН…» (the dictionary's own form). */
export function producerInline(producer: Producer, locale: Locale): string {
  return t(`producer.${producer}.inline`, {}, locale);
}

/** "Ukraine's government · case count". */
export function provenanceLabel(p: { method: Method; producer: Producer }, locale: Locale): string {
  return t('provenance', { producer: producerLabel(p.producer, locale), method: methodLabel(p.method, locale) }, locale);
}

/** "producer's own document", "news report", "copy". */
export function sourceKindLabel(kind: SourceKind, locale: Locale): string {
  return t(`sourceKind.${kind}`, {}, locale);
}

/** "read via example.com" for a source read through a copy; null when it was read at its own URL. */
export function readViaLabel(source: { read_via?: string | undefined }, locale: Locale): string | null {
  if (!source.read_via) return null;
  return t('source.readVia', { host: new URL(source.read_via).hostname.replace(/^www\./, '') }, locale);
}

/** The provenance inside a sentence or a bracket: "researchers · estimate", «уряд України · підрахунок окремих випадків». */
export function provenanceInline(p: { method: Method; producer: Producer }, locale: Locale): string {
  return t('provenance', { producer: producerInline(p.producer, locale), method: methodLabel(p.method, locale) }, locale);
}
