/**
 * A dictionary string with elements in it: the string's text is HTML-escaped and each {slot} is replaced by the
 * HTML given for it (a link, <strong>, <code>), so a translated sentence can put its links where its grammar needs
 * them. Slot values are the caller's HTML; build them with `escapeHtml` and `htmlAttrs` from here.
 */
import { t, type Locale, type StringKey } from './index.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** `{ href: '/x/', hreflang: undefined }` → ` href="/x/"` (undefined attributes left out). */
export function htmlAttrs(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(v!)}"`)
    .join('');
}

/** `key` in `locale` as HTML, with each {slot} replaced by `html[slot]`. A slot the string has but `html` lacks throws. */
export function tHtml(key: StringKey, html: Record<string, string>, locale: Locale): string {
  // Private-use characters mark where each slot's HTML goes, so escaping the text leaves them alone.
  const marker = (name: string) => `\ue000${name}\ue001`;
  const text = t(key, Object.fromEntries(Object.keys(html).map((k) => [k, marker(k)])), locale);
  const left = /\{(\w+)\}/.exec(text);
  if (left) throw new Error(`i18n: "${key}" (${locale}) has a slot {${left[1]}} with no HTML given`);
  return escapeHtml(text).replace(/\ue000(\w+)\ue001/g, (_, name: string) => html[name]!);
}
