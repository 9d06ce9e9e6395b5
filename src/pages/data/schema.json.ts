/** /data/schema.json: the JSON Schema of the dataset, generated from the zod schema. */
import type { APIRoute } from 'astro';
import { latestRelease } from '../../data/releases.ts';
import { jsonSchema } from '../../data/publish.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = () => Response.json(jsonSchema({ baseUrl: SITE.url, version: latestRelease().version }));
