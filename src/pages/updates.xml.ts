/** /updates.xml: the Atom feed of /updates/ (dataset releases with the events they added, and chapter changes). */
import type { APIRoute } from 'astro';
import { allSiteUpdates } from '../lib/site-updates.ts';
import { renderAtom } from '../lib/atom.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
  new Response(
    renderAtom(await allSiteUpdates('en'), {
      origin: SITE.url,
      title: `${SITE.name}: updates`,
      subtitle: 'New data, corrections and chapter changes, newest first.',
      author: `The ${SITE.name} contributors`,
      rights: `Text, charts and data: ${SITE.contentLicense}`,
      locale: 'en',
    }),
    { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
  );
