/**
 * The shape every UI dictionary has: the keys of the English dictionary, each
 * either a string (with {placeholders}) or a set of plural forms chosen by
 * Intl.PluralRules. Kept apart from index.ts so en.ts and uk.ts can import the
 * type without a cycle.
 */
import type { en } from './en.ts';

/** Plural forms by CLDR category; `other` is always required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

type En = typeof en;
export type UiKey = keyof En;
/** Keys whose value is a plain string. */
export type StringKey = { [K in UiKey]: En[K] extends string ? K : never }[UiKey];
/** Keys whose value is a set of plural forms. */
export type PluralKey = Exclude<UiKey, StringKey>;

/** A dictionary: every English key, strings where English has strings, plural forms where it has forms. */
export type Dictionary = { readonly [K in UiKey]: En[K] extends string ? string : PluralForms };
