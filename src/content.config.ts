/**
 * Content collections: the chapters, as MDX in the top-level content/ folder,
 * with a validated frontmatter. A chapter with a bad frontmatter stops the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CHAPTER_IDS } from './data/schema.ts';

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
  }),
});

export const collections = { chapters };
