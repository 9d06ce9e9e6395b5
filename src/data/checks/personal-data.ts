/**
 * Keeps personal data out of the dataset. The site publishes aggregates only:
 * no child's name, birth date, photo, address or contact, ever (DESIGN.md §1).
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

const VALUE_RULES: [RegExp, string][] = [
  [new RegExp(`\\bborn\\s+(?:on\\s+|in\\s+)?${DAY_DATE}`, 'i'), "a person's birth date"],
  [new RegExp(`(?<![\\p{L}])b\\.\\s*${DAY_DATE}`, 'iu'), "a person's birth date"],
  [/\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b|\bD\.?O\.?B\b/i, "a person's birth date"],
  [/дата\s+(?:народження|рождения)|(?:народи(?:вся|лася)|родил(?:ся|ась))\s+\d/iu, "a person's birth date"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/, 'an e-mail address'],
  [/(?<![\w+])\+\d[\d ()-]{7,}\d\b/, 'a phone number'],
  [/\b(?:tel|phone|mobile|телефон|тел)\.?:?\s*\+?\d[\d ()-]{5,}\d\b/iu, 'a phone number'],
];

function valueReasons(text: string): { what: string; match: string }[] {
  const out: { what: string; match: string }[] = [];
  for (const [re, what] of VALUE_RULES) {
    const m = re.exec(text);
    if (m && !out.some((r) => r.what === what)) out.push({ what, match: m[0] });
  }
  return out;
}

/** Every key and string value, at any depth, that looks like personal data. */
export function findPersonalData(raw: unknown): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const walk = (node: unknown, keys: PropertyKey[]): void => {
    if (typeof node === 'string') {
      for (const r of valueReasons(node)) {
        hits.push({
          keys,
          message:
            `looks like ${r.what} (${JSON.stringify(r.match)}); the dataset holds aggregates only: ` +
            "no child's name, birth date, photo, address or contact details",
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...keys, i]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const reason = keyReason(key);
        if (reason) {
          hits.push({
            keys: [...keys, key],
            message:
              `field name ${JSON.stringify(key)} suggests personal data ("${reason}"); the dataset holds aggregates ` +
              'only and has no field for a person\'s private details',
          });
        }
        walk(value, [...keys, key]);
      }
    }
  };
  walk(raw, []);
  return hits;
}
