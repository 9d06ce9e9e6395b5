/**
 * Content collections: the chapters, as MDX in the top-level content/ folder,
 * with a validated frontmatter. A chapter with a bad frontmatter stops the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHAPTER_IDS } from './data/schema.ts';
// Not Astro's file(): that one keeps stale cached entries when a file is malformed; this one stops the build.
import { strictJsonFile } from './lib/strict-json-loader.ts';
import { ukApostrophes, ukApostrophesDeep } from './i18n/apostrophe.ts';
import { assertTranslation, translationPath, type TranslatedContent } from './data/content-translations.ts';
import { PAGE_IDS, PROSE_LOCALES } from './lib/page-prose-ids.ts';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.strictObject({
    /** Must match the file name; it is the URL: /chapters/<id>/. */
    id: z.enum(CHAPTER_IDS),
    title: z.string().min(5),
    /** For search results and link previews. */
    description: z.string().min(50).max(200),
    /** Reading order, 1–4. */
    order: z.number().int().min(1).max(4),
    /** Two or three sentences shown at the top of the chapter and on the landing page. */
    summary: z.string().min(80),
    /** What a student should be able to explain after reading. */
    objectives: z.array(z.string().min(10)).min(2),
    /** ISO dates. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Figure ids for the chapter's key-facts box. */
    keyFacts: z.array(z.string()).min(3),
    /** The chart that opens the chapter, under the headline, so a phone reader meets a graphic on the first screens. */
    lead: z.string().optional(),
  }),
});

/** Glossary ids are the stable anchors of /glossary/#<id>; chapters link first uses with <Term id>. */
export const GLOSSARY_IDS = [
  'deportation', 'forcible-transfer', 'filtration', 're-education-camp', 'guardianship', 'foster-care', 'adoption',
  'naturalization', 'international-criminal-court', 'arrest-warrant', 'rome-statute', 'war-crime', 'children-of-war',
  'bring-kids-back-ua', 'occupied-territories', 'conflict-observatory', 'mediation', 'childrens-rights-commissioner',
  'ombudsman', 'un-commission-of-inquiry', 'sanctions', 'un-general-assembly-resolution', 'trains-of-hope',
  'right-to-identity', 'national-information-bureau', 'reunification', 'verified-count', 'genocide-convention', 'crime-against-humanity',
  'genocide', 'geneva-conventions', 'osce-moscow-mechanism', 'pace', 'jurisdiction', 'in-absentia',
] as const;

/**
 * A legal term's own text, quoted from the producer's own page (the ICRC's treaty database, the UN, the ICC, the
 * OSCE), not from a news report: the words stay as published (English), `about` says in the reader's language what
 * the text is and where it sits (treaty, article).
 */
const originalText = z.strictObject({
  publisher: z.string().min(2),
  /** Reader text: what the quoted text is (the treaty and article, or the body's page). */
  about: z.string().min(10),
  url: z.string().url(),
  /**
   * Where the words were read when the producer's page could not be (a faithful reproduction: a museum's page, a
   * legal database's copy): the glossary says "read via <host>", as chapters do for dataset sources. Never the `url`.
   */
  read_via: z.string().url().optional(),
  /** Verbatim, as on the page (or on `read_via`). */
  quote: z.string().min(10),
}).refine((o) => o.read_via !== o.url, { message: '"read_via" repeats "url"; it records the different address that was read', path: ['read_via'] });

const glossaryEntry = z.strictObject({
  id: z.enum(GLOSSARY_IDS),
  term: z.string().min(2),
  /** Plain language, two to four sentences, in our own words. */
  definition: z.string().min(60),
  /** Dataset source ids that back the definition (with `original`, at least one citation in all). */
  sources: z.array(z.string()).default([]),
  /** The law or the body's own words, from the producer's page (legal terms cite the treaty, not the news). */
  original: z.array(originalText).default([]),
  /** Other glossary ids. */
  related: z.array(z.enum(GLOSSARY_IDS)).default([]),
  /** Former ids kept as anchors so old links keep working. */
  aliases: z.array(z.string()).default([]),
}).refine((g) => g.sources.length + g.original.length > 0, { message: 'every term needs a dataset source or an original text' });
const glossary = defineCollection({ loader: strictJsonFile('content/glossary.json'), schema: glossaryEntry });

/**
 * The teacher's guide (/teach/ and the handouts): per chapter a five-minute
 * summary, key terms, discussion questions and an activity; and the lesson
 * plans. Prose may hold {{fact:id}}, {{section:chapter#id}}, {{chart:id}},
 * {{term:id}}, {{chapter:id}} and {{data}} tokens (src/lib/teach-text.ts);
 * TeachText fails the build on an unknown target.
 */
/** Answer guidance for one question or activity: what a good answer says, what to watch for, which objectives (0-based indexes into the chapter's) it serves. */
const guidance = z.strictObject({
  points: z.array(z.string().min(20)).min(2),
  misconceptions: z.array(z.string().min(20)).min(1),
  objectives: z.array(z.number().int().min(0)).min(1),
});
/** An exam-style question with its marks and the indicative content a mark scheme credits. */
const assessed = z.strictObject({
  question: z.string().min(40),
  marks: z.number().int().min(4).max(20),
  points: z.array(z.string().min(20)).min(3),
});
const teachChapter = z.strictObject({
  id: z.enum(CHAPTER_IDS),
  kind: z.literal('chapter'),
  /** Paragraphs a teacher can read or retell in about five minutes. */
  summary: z.array(z.string().min(80)).min(2).max(6),
  /** Glossary ids for the chapter's key terms (also the handout's short glossary). */
  terms: z.array(z.enum(GLOSSARY_IDS)).min(3).max(8),
  /** Discussion questions: three, so the handout can print them all. */
  questions: z.array(z.string().min(30)).length(3),
  activity: z.strictObject({
    title: z.string().min(5),
    steps: z.array(z.string().min(20)).min(2).max(6),
    /** Chart ids the activity uses (checked against the chart registry at build time). */
    charts: z.array(z.string()).min(1),
    /** Whether it sends students to /data/. */
    data: z.boolean(),
    /** How to run it without devices: what to print, and which step changes. */
    offline: z.string().min(40),
  }),
  /** The chart printed on the handout (default: the activity's first); one of the activity's charts, so it fits one A4 sheet. */
  handoutChart: z.string().optional(),
  /** Teacher-only: guidance for each question (same order) and for the activity. */
  guidance: z.strictObject({ questions: z.array(guidance).length(3), activity: guidance }),
  /**
   * Teacher-only: one assessed task. Source A is a dataset figure's verbatim
   * quote with its source; `context` says who, when, to whom and in what form.
   */
  assessment: z.strictObject({
    figure: z.string(),
    context: z.string().min(40),
    /** A source-utility question in the style UK history specifications assess. */
    utility: assessed,
    /** An extended answer, marked on Ukraine's 12-point scale. */
    extended: assessed,
  }),
});
const teachPlan = z.strictObject({
  id: z.enum(['one-lesson', 'three-lessons']),
  kind: z.literal('plan'),
  title: z.string().min(5),
  intro: z.string().min(20),
  lessons: z
    .array(
      z.strictObject({
        title: z.string().min(5),
        goal: z.string().min(20),
        /** What the room needs, and the device-free variant. */
        equipment: z.string().min(20),
        offline: z.string().min(20),
        /** `who` says who does most of the talking, so a test can keep teacher talk to at most half a lesson. */
        steps: z.array(z.strictObject({ minutes: z.number().int().min(1).max(50), who: z.enum(['teacher', 'students']), text: z.string().min(10) })).min(2),
        homework: z.string().min(10).optional(),
      }),
    )
    .min(1),
});
const teachEntry = z.discriminatedUnion('kind', [teachChapter, teachPlan]);
const teach = defineCollection({ loader: strictJsonFile('content/teach.json'), schema: teachEntry });

/**
 * Core readings (content/teach-readings.json, /teach/<chapter>/reading/): per chapter about 600 words at a lower
 * reading level (tests/build/readings.test.ts measures the Flesch–Kincaid grade of the rendered English text), with
 * a who's-who box, six words to pre-teach and sentence starters. The paragraphs take every figure from the dataset
 * through {{fact:id}} tokens (src/lib/teach-text.ts), and no other token: the reading stands alone on paper.
 */
const READING_TOKEN = /\{\{(?!fact:)[^}]*\}\}/;
const reading = z.strictObject({
  id: z.enum(CHAPTER_IDS),
  title: z.string().min(5),
  paragraphs: z.array(z.string().min(40).refine((p) => !READING_TOKEN.test(p), { message: 'a reading paragraph may hold only {{fact:id}} tokens (no links: it is read on paper)' })).min(4).max(12),
  /** Every person and body the reading names: full name and role, as a student meets them first. */
  who: z.array(z.strictObject({ name: z.string().min(3), role: z.string().min(10) })).min(3).max(8),
  /** Six words to pre-teach; `term` links the word to the glossary where it has an entry. */
  words: z.array(z.strictObject({ word: z.string().min(2), term: z.enum(GLOSSARY_IDS).optional(), meaning: z.string().min(10) })).length(6),
  /** Sentence starters for a written or spoken answer. */
  starters: z.array(z.string().min(8)).min(3).max(8),
});
const readings = defineCollection({ loader: strictJsonFile('content/teach-readings.json'), schema: reading });

/**
 * Helplines printed in the safety kit (/teach/ and every handout). Each number
 * was checked on its operator's own page: `checked` keeps that page, the words
 * that give the number and the date, and the number must appear in the quote.
 */
const helpline = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    country: z.enum(['UK', 'Ukraine']),
    name: z.string().min(3),
    operator: z.string().min(3),
    for: z.string().min(10),
    /** The numbers, each as the operator writes it; the page joins them with the locale's "or" (src/lib/helplines.ts). */
    phones: z.array(z.string().min(3)).min(1),
    how: z.string().min(5),
    site: z.string().url(),
    checked: z.strictObject({ url: z.string().url(), quote: z.string().min(10), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  })
  .refine((h) => h.phones.every((n) => h.checked.quote.includes(n)), { message: 'every phone number must appear verbatim in checked.quote (the operator\'s own words)' });
const helplines = defineCollection({ loader: strictJsonFile('content/helplines.json'), schema: helpline });

/**
 * The Ukrainian edition's copies: same schema, and the loader first checks the
 * translation against the English file (src/data/content-translations.ts), so a
 * bad translation stops the build with `<file>: <JSON path>: <rule>`.
 */
const translated = (name: TranslatedContent) =>
  strictJsonFile(translationPath(name, 'uk'), () => assertTranslation(name, 'uk'), (entry) => ukApostrophesDeep(entry, VERBATIM));
/** Words kept as written when Ukrainian apostrophes are made typographic (src/i18n/apostrophe.ts): a helpline's checked quote and its numbers. */
const VERBATIM = new Set(['checked', 'phones', 'site']);
const glossaryUk = defineCollection({ loader: translated('glossary'), schema: glossaryEntry });
const helplinesUk = defineCollection({ loader: translated('helplines'), schema: helpline });
const teachUk = defineCollection({ loader: translated('teach'), schema: teachEntry });
const readingsUk = defineCollection({ loader: translated('teach-readings'), schema: reading });

/**
 * The long-prose pages' text per locale: content/pages/<locale>/<page>.mdx (methodology, about, the teacher's guide,
 * the safety kit). The page or component renders the generated parts (conflict groups, corrections, lesson plans,
 * helplines) through MDX components; src/lib/page-prose.ts loads an entry and checks it sits in its place.
 */
const pages = defineCollection({
  loader: glob({ pattern: '{en,uk}/*.mdx', base: './content/pages' }),
  schema: z.strictObject({
    page: z.enum(PAGE_IDS),
    locale: z.enum(PROSE_LOCALES),
    /** The <title> (before the site name). */
    title: z.string().min(3).transform(ukApostrophes),
    /** For search results and link previews (pages only, not the safety kit). */
    description: z.string().min(50).max(200).transform(ukApostrophes).optional(),
    /** The small line above the headline, and the headline. */
    kicker: z.string().min(3).transform(ukApostrophes).optional(),
    heading: z.string().min(5).transform(ukApostrophes).optional(),
    /** The lead paragraph under the headline; {site} is the site's name. */
    standfirst: z.string().min(40).transform(ukApostrophes).optional(),
    /** A translation: the ISO date it was last brought in line with the English text. */
    translated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  }),
});

/**
 * Ukrainian chapters (content/i18n/uk/chapters/<id>.mdx): only the translated text lives in their frontmatter; order,
 * dates, key facts and the lead chart come from the English chapter of the same id.
 */
const chaptersUk = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/i18n/uk/chapters' }),
  schema: z.strictObject({
    id: z.enum(CHAPTER_IDS),
    title: z.string().min(5).transform(ukApostrophes),
    description: z.string().min(50).max(260).transform(ukApostrophes),
    summary: z.string().min(80).transform(ukApostrophes),
    objectives: z.array(z.string().min(10).transform(ukApostrophes)).min(2),
    /** When the translation was made (ISO date). */
    translated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});

export const collections = { chapters, glossary, teach, helplines, readings, glossaryUk, helplinesUk, teachUk, readingsUk, pages, chaptersUk };
