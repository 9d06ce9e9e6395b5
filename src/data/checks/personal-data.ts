/**
 * Keeps personal data out of the dataset. The site publishes aggregates only:
 * no child's name, birth date, photo, address or contact, ever (docs/design.md §2).
 *
 * The schema already has no field for a person's private details, and its
 * objects are strict, so any extra field is refused anyway. This scan adds a
 * second, louder refusal that says WHY: a key that suggests personal data
 * ("birth_date", "photo", "child_name"), at any depth, and any string that
 * reads like a birth date, a phone number or an e-mail address.
 *
 * Adults named in their public role are fine and expected: a `claimant` such
 * as "Ukraine – Ombudsman Dmytro Lubinets", a source `title` naming Putin or
 * Lvova-Belova. Those are officials acting in office, not private details. A
 * scan cannot recognise a child's name in free text; that stays a job for the
 * people who review quotes and summaries.
 */

export interface PersonalDataHit {
  keys: PropertyKey[];
  message: string;
}

/** Compact key fragments that only occur in personal-data field names. */
const KEY_FRAGMENTS = [
  'birth', 'photo', 'image', 'portrait', 'picture', 'avatar', 'selfie', 'address', 'passport', 'phone',
  'email', 'surname', 'firstname', 'lastname', 'givenname', 'familyname', 'middlename', 'maidenname',
  'childname', 'fullname', 'patronymic', 'residence', 'homeaddress', 'nationalid', 'idcard',
  'socialsecurity', 'taxid', 'fingerprint', 'biometric',
];
/** Short words that are personal data only as a whole word of the key (so "dob" but not "adobe"). */
const KEY_WORDS = new Set(['dob', 'born', 'img', 'mobile', 'tel', 'ssn', 'mail']);

const reasons = new Map<string, string | null>();

/** keyReason, remembered: a dataset repeats the same few keys thousands of times. */
function keyReasonCached(key: string): string | null {
  let r = reasons.get(key);
  if (r === undefined) {
    r = keyReason(key);
    if (reasons.size < 10_000) reasons.set(key, r);
  }
  return r;
}

function keyReason(key: string): string | null {
  const compact = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  const fragment = KEY_FRAGMENTS.find((f) => compact.includes(f));
  if (fragment) return fragment;
  // Split snake_case, kebab-case and camelCase into words.
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.find((w) => KEY_WORDS.has(w)) ?? null;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;

/** The local part of an address, starting where no address character precedes it (so the scan stays linear). */
const LOCAL = '(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}';
const TLD = '(?:com|net|org|info|edu|gov|mil|biz|io|me|co|ua|ru|by|kz|md|ge|eu|uk|de|fr|pl|it|es|nl|ch|at|cz|sk|lt|lv|ee|us|ca)(?![A-Za-z])';
const LABEL = '[A-Za-z0-9-]{1,63}';
/** "@" as itself (perhaps spaced out) or in brackets: "@", " @ ", "[at]", "(at)", "{@}", "<собака>". */
const AT_SIGN = String.raw`(?:\s{0,3}@\s{0,3}|\s{0,3}[\[({<]\s{0,3}(?:at|@|собака|равлик)\s{0,3}[\])}>]\s{0,3})`;
/** "@" as a bare word: " at ", " собака ". */
const AT_WORD = String.raw`\s{1,3}(?:at|собака|равлик)\s{1,3}`;
/** "." written out: "[dot]", "(.)", " dot ", "точка", "крапка". */
const DOT_WRITTEN = String.raw`(?:\s{0,3}[\[({<]\s{0,3}(?:dot|\.|точка|крапка)\s{0,3}[\])}>]\s{0,3}|\s{1,3}(?:dot|точка|крапка)\s{1,3})`;
const DOT_ANY = String.raw`(?:\s{0,3}\.\s{0,3}|${DOT_WRITTEN})`;
/** Plain addresses: name@example.org. */
const EMAIL = new RegExp(`${LOCAL}@${LABEL}(?:\\.${LABEL}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z])`);
/**
 * Obfuscated addresses: "name [at] gmail [dot] com", "name(at)gmail.com", "name @ gmail . com",
 * "name at gmail dot com" (a bare " at " only with a written-out dot, so "children at school. It" is not one).
 */
/**
 * "maria.ivanova at gmail.com": a bare " at " before a real domain, only when the local part has a dot, an
 * underscore, a digit or the like, as addresses do and words do not ("the form at unicef.org" is not one).
 */
const EMAIL_AT_WORD = new RegExp(
  `(?<![A-Za-z0-9._%+-])[A-Za-z0-9]{1,32}[._%+-][A-Za-z0-9._%+-]{0,32}${AT_WORD}${LABEL}(?:\\.${LABEL}){0,8}\\.${TLD}`,
  'i',
);
const EMAIL_OBFUSCATED = new RegExp(
  `${LOCAL}(?:${AT_SIGN}${LABEL}(?:${DOT_ANY}${LABEL}){0,8}${DOT_ANY}|${AT_WORD}${LABEL}(?:${DOT_WRITTEN}${LABEL}){0,8}${DOT_WRITTEN})${TLD}`,
  'i',
);
/**
 * The Ukrainian and Russian notations for a year of birth: "2015 р.н." (рік
 * народження), "2015 г.р." (год рождения), with or without dots and spaces,
 * with a slash ("р/н", "г/р"), with Latin look-alikes ("p.н."), or written out;
 * not "2023 р. н. е." (рік нашої ери, a year of the common era).
 */
const BIRTH_YEAR = new RegExp(
  String.raw`(?<!\d)(?:19|20)\d{2}\s{0,3}(?:-?(?:го|й))?\s{0,3}(?:[рpР][.\s/]{0,3}[нН](?![\p{L}])(?![.\s]{0,3}[еeЕE](?![\p{L}]))|[гГ][.\s/]{0,3}[рpР](?![\p{L}])|р[оі]ку?\s+народження|рік\s+народження|года?\s+рождения|г\.\s{0,2}рожд)`
    + String.raw`|(?:р\.\s{0,2}н\.|г\.\s{0,2}р\.|рік народження|год рождения)\s{0,3}[:\-–]?\s{0,3}(?:19|20)\d{2}(?!\d)`,
  'iu',
);

const hasDigit = (t: string): boolean => /\d/.test(t);
const always = (): boolean => true;

/** [rule, what it finds, a cheap test that must pass before the rule runs (most strings skip most rules)]. */
const VALUE_RULES: [RegExp, string, (text: string) => boolean][] = [
  [new RegExp(`\\bborn\\s+(?:on\\s+|in\\s+)?${DAY_DATE}`, 'i'), "a person's birth date", hasDigit],
  [new RegExp(`(?<![\\p{L}])b\\.\\s*${DAY_DATE}`, 'iu'), "a person's birth date", hasDigit],
  [/\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b|\bD\.?O\.?B\b/i, "a person's birth date", always],
  [/дата\s+(?:народження|рождения)|(?:народи(?:вся|лася)|родил(?:ся|ась))\s+\d/iu, "a person's birth date", always],
  // One person born in a year, in words: "народжена 2015 року", "народилася у 2015 році", "родилась в 2015 году".
  // Singular forms only: "діти, народжені у 2014 році" is an aggregate.
  [
    /(?<![\p{L}])(?:народи(?:вся|лася)|народжен(?:а|ий)|родил(?:ся|ась)|рожд[её]н(?:а|ный|ная|ной)?|рожденн(?:ый|ая))\s{1,3}(?:(?:у|в|во)\s{1,3})?(?:19|20)\d{2}(?!\d)/iu,
    "a person's year of birth",
    hasDigit,
  ],
  [/(?<![\p{L}])b\.\s{0,3}(?:19|20)\d{2}(?![\d./-])/iu, "a person's year of birth", hasDigit],
  [BIRTH_YEAR, "a person's year of birth", hasDigit],
  [/\((?:born|b\.)\s{0,3}(?:in\s{1,3})?(?:19|20)\d{2}\)/i, "a person's year of birth", hasDigit],
  [EMAIL, 'an e-mail address', (t) => t.includes('@')],
  [EMAIL_OBFUSCATED, 'an e-mail address', (t) => /@|at|собака|равлик/i.test(t)],
  [EMAIL_AT_WORD, 'an e-mail address', (t) => /\bat\b/i.test(t)],
  [/(?<![\w+])\+\d[\d ()-]{7,40}\d\b/, 'a phone number', (t) => t.includes('+')],
  [/\b(?:tel|phone|mobile|телефон|тел)\.?:?\s{0,3}\+?\d[\d ()-]{5,40}\d\b/iu, 'a phone number', hasDigit],
  // A Ukrainian number dialled at home, without +380: "067 123 45 67", "(067) 123-45-67", "0671234567".
  [/(?<![\d.,])\(?0[3-9]\d\)?[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}(?![\d.,]\d|\d)/, 'a phone number', hasDigit],
];

/**
 * The text as a reader sees it: compatibility forms folded (NFKC: "＠" is "@",
 * full-width letters and digits are ASCII) and the escapes people paste from
 * web pages decoded ("%40", "&#64;", "&commat;"), so a disguised address is
 * still an address.
 */
function asRead(text: string): string {
  // eslint-disable-next-line no-control-regex -- plain ASCII text needs no folding
  if (/^[\x00-\x7F]*$/.test(text) && !/%40|&#|&commat;/i.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/%40|&#0*64;|&#x0*40;|&commat;/gi, '@')
    .replace(/[\u3002\uFF61]/g, '.');
}

function valueReasons(raw: string): { what: string; match: string }[] {
  const text = asRead(raw);
  const out: { what: string; match: string }[] = [];
  for (const [re, what, gate] of VALUE_RULES) {
    if (out.some((r) => r.what === what) || !gate(text)) continue;
    const m = re.exec(text);
    if (m) out.push({ what, match: m[0] });
  }
  return out;
}

/** Strings longer than this are scanned in overlapping windows, so no rule's cost grows with a huge note. */
const WINDOW = 4096;

/** What one string looks like, rule by rule (also used on the site's prose: src/lib/prose-personal-data.ts). */
export function scanString(text: string): { what: string; match: string }[] {
  if (text.length <= WINDOW) return valueReasons(text);
  const out: { what: string; match: string }[] = [];
  for (let i = 0; i < text.length; i += WINDOW / 2) {
    for (const r of valueReasons(text.slice(i, i + WINDOW))) if (!out.some((o) => o.what === r.what)) out.push(r);
  }
  return out;
}

/** A path as a linked list from the leaf up, so walking deep nesting never copies key arrays. */
interface Path {
  key: PropertyKey;
  up: Path | null;
}
function keysOf(path: Path | null): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let p = path; p; p = p.up) out.push(p.key);
  return out.reverse();
}

/**
 * Every key and string value, at any depth, that looks like personal data.
 * Walks with an explicit stack, so nesting however deep cannot overflow the call stack.
 */
export function findPersonalData(raw: unknown): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const stack: { node: unknown; path: Path | null }[] = [{ node: raw, path: null }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      for (const r of scanString(node)) {
        hits.push({
          keys: keysOf(path),
          message:
            `looks like ${r.what} (${JSON.stringify(r.match)}); the dataset holds aggregates only: ` +
            "no child's name, birth date, photo, address or contact details",
        });
      }
    } else if (Array.isArray(node)) {
      // Pushed in reverse, so hits come out in document order.
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: { key: i, up: path } });
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (const [key] of entries) {
        const reason = keyReasonCached(key);
        if (reason) {
          hits.push({
            keys: [...keysOf(path), key],
            message:
              `field name ${JSON.stringify(key)} suggests personal data ("${reason}"); the dataset holds aggregates ` +
              'only and has no field for a person\'s private details',
          });
        }
      }
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ node: entries[i]![1], path: { key: entries[i]![0], up: path } });
    }
  }
  return hits;
}
