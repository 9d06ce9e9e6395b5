/**
 * Chapter sections stand on their own (issue 15): teachers assign a single section, so the first time a section names
 * a person, it gives their full name and, in the same sentence, their role ("Ukraine's human rights ombudsman, Dmytro
 * Lubinets"). Checked in the chapters' source text, English and Ukrainian, for the people the chapters quote; a
 * section is the text under one <H2> up to the next (the opening, before the first, is a section too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Person {
  /** The surname in any grammatical case (a stem for Ukrainian). */
  surname: RegExp;
  /** The full name, as it must stand right before the first surname in a section. */
  first: RegExp;
  /** Words that name the person's role; one must be in the sentence of the first mention. */
  role: RegExp;
}

const PEOPLE: Record<'en' | 'uk', Record<string, Person>> = {
  en: {
    Putin: { surname: /Putin\b/, first: /Vladimir $/, role: /president|Kremlin/i },
    'Lvova-Belova': { surname: /Lvova-Belova\b/, first: /Maria $/, role: /commissioner|ombudsman|children's rights/i },
    Zelensky: { surname: /(?<!Olena )Zelensky\b/, first: /Volodymyr $/, role: /president/i },
    Lubinets: { surname: /Lubinets\b/, first: /Dmytro $/, role: /ombudsman|commissioner/i },
    Yermak: { surname: /Yermak\b/, first: /Andriy $/, role: /head of|Office of the President/i },
    Zakharova: { surname: /Zakharova\b/, first: /Maria $/, role: /spokes(?:person|woman)/i },
    Medinsky: { surname: /Medinsky\b/, first: /Vladimir $/, role: /negotiator|aide|delegation/i },
    Umerov: { surname: /Umerov\b/, first: /Rustem $/, role: /minister|secretary|delegation/i },
    Karasin: { surname: /Karasin\b/, first: /Grigory $/, role: /senator|upper house|Federation Council/i },
    Trump: { surname: /Trump\b(?! administration)/, first: /(?:Donald|Melania) $/, role: /president|First Lady/i },
  },
  uk: {
    Putin: { surname: /Путін\p{L}*/u, first: /Володимир\p{L}* $/u, role: /президент|Кремл/iu },
    'Lvova-Belova': { surname: /Львов\p{L}*-Бєлов\p{L}*/u, first: /Марі\p{L}* $/u, role: /уповноважен|омбудсм|прав\p{L}* (?:дитини|дітей)/iu },
    Zelensky: { surname: /(?<!Олен\p{L}* )Зеленськ(?:ий|ого|ому|им)\b/u, first: /Володимир\p{L}* $/u, role: /президент/iu },
    Lubinets: { surname: /Лубін\p{L}*/u, first: /Дмитр\p{L}* $/u, role: /уповноважен|омбудсм/iu },
    Yermak: { surname: /Єрмак\p{L}*/u, first: /Андрі\p{L}* $/u, role: /керівник|Офіс/iu },
    Zakharova: { surname: /Захаров\p{L}*/u, first: /Марі\p{L}* $/u, role: /речниц/iu },
    Medinsky: { surname: /Мединськ\p{L}*/u, first: /Володимир\p{L}* $/u, role: /переговірник|помічник|делегац/iu },
    Umerov: { surname: /Умєров\p{L}*/u, first: /Рустем\p{L}* $/u, role: /міністр|секретар|делегац/iu },
    Karasin: { surname: /Карасін\p{L}*/u, first: /Григорі\p{L}* $/u, role: /сенатор|верхньої палати|Ради Федерації/iu },
    Trump: { surname: /Трамп\p{L}*/u, first: /(?:Дональд|Меланія|Мелані)\p{L}* $/u, role: /президент|перш\p{L}* леді/iu },
  },
};

const DIRS = { en: 'content/chapters', uk: 'content/i18n/uk/chapters' } as const;

/** The reader's words: tags and their attributes out (a <Cite translation="…"> is not what the sentence says), frontmatter out. */
function prose(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** The sentence around position i: from the last full stop before it (or the paragraph's start) to the next. */
function sentenceAt(text: string, i: number): string {
  const start = Math.max(text.lastIndexOf('. ', i), text.lastIndexOf('\n', i)) + 1;
  const ends = [text.indexOf('. ', i), text.indexOf('\n', i)].filter((n) => n >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : undefined);
}

describe('chapter sections name each person in full, with their role, at first mention', () => {
  for (const locale of ['en', 'uk'] as const) {
    for (const file of readdirSync(DIRS[locale]).filter((f) => f.endsWith('.mdx'))) {
      it(`${locale}: ${file}`, () => {
        const raw = readFileSync(`${DIRS[locale]}/${file}`, 'utf8');
        const sections = raw.split(/\n(?=<H2 )/);
        const problems: string[] = [];
        let checked = 0;
        for (const section of sections) {
          const heading = /<H2[^>]*>([^<]*)</.exec(section)?.[1] ?? '(opening)';
          // The heading names the section's subject; the first mention that must introduce them is in the text under it.
          const text = prose(section.replace(/^<H2[^\n]*\n/, ''));
          for (const [who, p] of Object.entries(PEOPLE[locale])) {
            const m = new RegExp(p.surname.source, p.surname.flags.replace('g', '')).exec(text);
            if (!m) continue;
            checked++;
            const before = text.slice(Math.max(0, m.index - 40), m.index);
            const sentence = sentenceAt(text, m.index);
            if (!p.first.test(before)) problems.push(`§ ${heading}: ${who} first named without a first name: "…${before}${m[0]}"`);
            else if (!p.role.test(sentence)) problems.push(`§ ${heading}: ${who} first named without a role in the sentence: "${sentence.trim()}"`);
          }
        }
        expect(checked, 'people found in the chapter (the list is out of date if 0)').toBeGreaterThan(0);
        expect(problems).toEqual([]);
      });
    }
  }
});
