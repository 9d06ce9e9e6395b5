/**
 * Checks a translated content file (content/i18n/<locale>/glossary.json,
 * teach.json, teach-readings.json, helplines.json) against its English original, so a translation
 * can only change reader-facing text: the same entries (ids in the same order),
 * the same keys and array lengths, every other value (ids, source ids,
 * references, numbers, URLs, phone numbers, the operators' verbatim quotes)
 * identical, and every text string translated: not empty, not the English left
 * in place (unless listed below as a proper name), written in the locale's
 * script, with the same {{…}} tokens (src/lib/teach-text.ts) and the same
 * numbers as the English. Problems read `<file>: <JSON path>: <rule>`.
 */
import { readJsonEntries, ContentFileError } from '../lib/strict-json-loader.ts';
import { jsonPath } from './checks/problem.ts';
import type { Problem } from './checks/problem.ts';

/** Locales that have translated content files, and the script a translated string must use. */
const SCRIPTS = {
  uk: { name: 'Ukrainian (Cyrillic)', letter: /\p{Script=Cyrillic}/u },
} as const;
export type ContentLocale = keyof typeof SCRIPTS;
export const CONTENT_LOCALES = Object.keys(SCRIPTS) as ContentLocale[];

export interface TranslationSpec {
  /** The English original, relative to the project root. */
  en: string;
  /**
   * Where text lives inside an entry: key paths with `*` for any array index
   * (`summary.*`, `lessons.*.steps.*.text`). Everything else is data and must
   * equal the English value.
   */
  text: readonly string[];
  /** Strings that may stay as the English (proper names), per locale. */
  keep: Readonly<Record<ContentLocale, readonly string[]>>;
}

export const TRANSLATED_CONTENT = {
  glossary: {
    en: 'content/glossary.json',
    text: ['term', 'definition', 'original.*.about'],
    keep: { uk: ['Bring Kids Back UA'] },
  },
  teach: {
    en: 'content/teach.json',
    text: [
      'summary.*', 'questions.*', 'activity.title', 'activity.steps.*', 'activity.offline',
      'guidance.questions.*.points.*', 'guidance.questions.*.misconceptions.*',
      'guidance.activity.points.*', 'guidance.activity.misconceptions.*',
      'assessment.context', 'assessment.utility.question', 'assessment.utility.points.*',
      'assessment.extended.question', 'assessment.extended.points.*',
      'title', 'intro', 'lessons.*.title', 'lessons.*.goal', 'lessons.*.equipment', 'lessons.*.offline',
      'lessons.*.steps.*.text', 'lessons.*.homework',
    ],
    keep: { uk: [] },
  },
  'teach-readings': {
    en: 'content/teach-readings.json',
    text: ['title', 'paragraphs.*', 'who.*.name', 'who.*.role', 'words.*.word', 'words.*.meaning', 'starters.*'],
    keep: { uk: ['Bring Kids Back UA'] },
  },
  helplines: {
    en: 'content/helplines.json',
    text: ['name', 'operator', 'for', 'how'],
    keep: { uk: ['Childline'] },
  },
  /** Evidence packs (src/lib/teach-packs.ts): quotes and source ids are data and stay as the English file has them. */
  'teach-packs': {
    en: 'content/teach-packs.json',
    text: ['intro', 'extracts.*.who', 'extracts.*.audience', 'extracts.*.form', 'extracts.*.translation', 'extracts.*.foundation', 'extracts.*.higher', 'comparison.task'],
    keep: { uk: [] },
  },
} as const satisfies Record<string, TranslationSpec>;
export type TranslatedContent = keyof typeof TRANSLATED_CONTENT;

/** content/i18n/<locale>/<name>.json */
export function translationPath(name: TranslatedContent, locale: ContentLocale): string {
  return `content/i18n/${locale}/${name}.json`;
}

type Key = string | number;

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** The signature of a path inside an entry: array indexes become `*`. */
function signature(keys: readonly Key[]): string {
  return keys.map((k) => (typeof k === 'number' ? '*' : k)).join('.');
}

/**
 * `{{kind:arg|…}}` tokens as `{{kind:arg}}`: the words after `|` are text. A fact keeps its `bare` flag (it drops
 * the qualifier, "at least", so it is part of the meaning) but not `unit`: a Ukrainian sentence may need the noun in
 * another case than the unit's, so the translation may write the noun itself.
 */
function tokens(text: string): string[] {
  return [...text.matchAll(/\{\{([a-z]+)(?::([^|}]*))?(?:\|([^}]*))?\}\}/g)]
    .map(([, k, arg = '', opt = '']) => (k === 'fact' ? `{{fact:${arg}${opt.split(',').some((s) => s.trim() === 'bare') ? '|bare' : ''}}}` : `{{${k}${arg ? `:${arg}` : ''}}}`))
    .sort();
}

/** Digit runs outside tokens, ignoring separators (19,546 and 19 546 both give 19 and 546; 1.5 and 1,5 give 1 and 5). */
function numbers(text: string): Set<string> {
  return new Set(text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\d+/g) ?? []);
}

function difference<T>(a: Iterable<T>, b: readonly T[] | Set<T>): T[] {
  const rest = [...b];
  const out: T[] = [];
  for (const x of a) {
    const i = rest.indexOf(x);
    if (i === -1) out.push(x);
    else rest.splice(i, 1);
  }
  return out;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/**
 * Compares parsed entries (both already arrays of objects with ids) and
 * returns every problem, located in the translated file.
 */
export function compareTranslation(en: readonly unknown[], tr: readonly unknown[], spec: TranslationSpec, locale: ContentLocale, file: string): Problem[] {
  const problems: Problem[] = [];
  const text = new Set(spec.text);
  const keep = new Set(spec.keep[locale]);
  const script = SCRIPTS[locale];
  const at = (keys: readonly Key[], message: string) => problems.push({ file, path: jsonPath(keys), message });

  const checkText = (e: string, t: string, keys: Key[]) => {
    if (t.trim() === '') return at(keys, 'translated text is empty');
    if (t === e) {
      if (!keep.has(e)) at(keys, `is the English text unchanged (${short(e)}); translate it, or list it as a proper name in TRANSLATED_CONTENT`);
      return;
    }
    if (!script.letter.test(t)) at(keys, `has no ${script.name} letter (${short(t)}); translate it`);
    const et = tokens(e);
    const tt = tokens(t);
    const missing = difference(et, tt);
    const extra = difference(tt, et);
    if (missing.length || extra.length) {
      at(keys, `tokens differ from the English: ${[missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `not in the English ${extra.join(', ')}` : ''].filter(Boolean).join('; ')}`);
    }
    const en = numbers(e);
    const tn = numbers(t);
    const lost = [...en].filter((n) => !tn.has(n));
    const added = [...tn].filter((n) => !en.has(n));
    if (lost.length) at(keys, `the English has the number(s) ${lost.join(', ')}, the translation does not`);
    if (added.length) at(keys, `has the number(s) ${added.join(', ')}, which the English does not`);
  };

  const walk = (e: unknown, t: unknown, keys: Key[]) => {
    const isText = keys.length > 1 && text.has(signature(keys.slice(1)));
    if (isText && typeof e === 'string') {
      if (typeof t !== 'string') return at(keys, `expected translated text (a string), got ${kind(t)}`);
      return checkText(e, t, keys);
    }
    if (kind(e) !== kind(t)) return at(keys, `expected ${kind(e)} as in the English file, got ${kind(t)}`);
    if (Array.isArray(e) && Array.isArray(t)) {
      if (e.length !== t.length) at(keys, `has ${t.length} item(s), the English has ${e.length}`);
      for (let i = 0; i < Math.min(e.length, t.length); i++) walk(e[i], t[i], [...keys, i]);
      return;
    }
    if (e !== null && typeof e === 'object') {
      const eo = e as Record<string, unknown>;
      const to = t as Record<string, unknown>;
      const ek = Object.keys(eo);
      const tk = Object.keys(to);
      for (const k of ek) if (!(k in to)) at([...keys, k], 'missing: the English entry has this key');
      for (const k of tk) if (!(k in eo)) at([...keys, k], 'not in the English entry: a translation adds no keys');
      if (ek.filter((k) => k in to).join('\u0000') !== tk.filter((k) => k in eo).join('\u0000')) at(keys, `keys in a different order from the English (${ek.join(', ')})`);
      for (const k of ek) if (k in to) walk(eo[k], to[k], [...keys, k]);
      return;
    }
    if (e !== t) at(keys, `must equal the English value ${short(e)} (not translatable), got ${short(t)}`);
  };

  const eIds = en.map((x) => (x as { id: string }).id);
  const tIds = tr.map((x) => (x as { id: string }).id);
  if (eIds.join('\u0000') !== tIds.join('\u0000')) {
    const missing = eIds.filter((id) => !tIds.includes(id));
    const extra = tIds.filter((id) => !eIds.includes(id));
    const parts = [
      missing.length ? `missing ${missing.map((x) => JSON.stringify(x)).join(', ')}` : '',
      extra.length ? `not in the English ${extra.map((x) => JSON.stringify(x)).join(', ')}` : '',
      !missing.length && !extra.length ? `same ids in a different order; expected ${eIds.join(', ')}` : '',
    ].filter(Boolean);
    at([], `entries must be the English file's ids in the same order: ${parts.join('; ')}`);
    // Compare by id, so one missing entry does not report every later one.
    tr.forEach((t, i) => {
      const j = eIds.indexOf(tIds[i]!);
      if (j !== -1) walk(en[j], t, [i]);
    });
    return problems;
  }
  en.forEach((e, i) => walk(e, tr[i], [i]));
  return problems;
}

/** Reads the English file and its translation and returns every problem (syntax problems included). */
export function translationProblems(name: TranslatedContent, locale: ContentLocale): Problem[] {
  const spec: TranslationSpec = TRANSLATED_CONTENT[name];
  const file = translationPath(name, locale);
  try {
    return compareTranslation(readJsonEntries(spec.en), readJsonEntries(file), spec, locale, file);
  } catch (e) {
    if (e instanceof ContentFileError) return [...e.problems];
    throw e;
  }
}

/** Throws ContentFileError (one problem a line) when the translation is not a faithful copy of the English file's shape. */
export function assertTranslation(name: TranslatedContent, locale: ContentLocale): void {
  const problems = translationProblems(name, locale);
  if (problems.length > 0) throw new ContentFileError(problems);
}
