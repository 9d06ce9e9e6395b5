/** UI string lookup by key and locale, with {placeholder} substitution. */
import { en, type UiKey } from './en.ts';

const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;
export const DEFAULT_LOCALE: Locale = 'en';

export function t(key: UiKey, vars: Record<string, string | number> = {}, locale: Locale = DEFAULT_LOCALE): string {
  const template: string = dictionaries[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
export type { UiKey };
