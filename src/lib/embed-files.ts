/**
 * Build-time facts about each embed (chart × dataset): its credit sources,
 * fallback PNG size, fixed height, codes and oEmbed document, and which
 * pinned embeds exist. Used by the embed pages, the oEmbed and PNG routes and
 * the chart page's embed codes, so they all agree.
 */
import type { Locale } from '../i18n/index.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../data/schema.ts';
import type { ChartDefinition } from '../charts/types.ts';
import { CHARTS } from '../charts/index.ts';
import { renderChart, type RenderedChart } from '../charts/render.ts';
import { chartSvgFile, svgToPng } from '../charts/files.ts';
import { ChartDataError, checkRequirements } from '../charts/requirements.ts';
import { latestDataset, listReleases, loadRelease } from '../data/load.ts';
import { methodMeaning, methodTitle } from '../i18n/provenance.ts';
import { embedCredits, type Credit } from '../data/credit.ts';
import { SITE } from '../site.ts';
import { t } from '../i18n/index.ts';
import { localizeDataset } from '../data/translations.ts';
import { localePath } from '../i18n/paths.ts';
import { missingLabels } from './pinned-locale.ts';
import {
  chartPagePath,
  creditLine,
  DRAWING_MAX_SCALE,
  embedCodes,
  estimateEmbedHeight,
  fixedEmbedHeight,
  frameTitle,
  oembedHtml,
  OEMBED_WIDTH,
  pinnedNotice,
  pngPath,
  type EmbedCode,
  type EmbedTarget,
  type HeightParts,
} from './embed.ts';

export interface EmbedInfo {
  chart: ChartDefinition;
  ds: Dataset;
  r: RenderedChart;
  /** One entry per publisher, by its short name (creditName), producers first (credit.ts), with the source id to link. */
  sources: Array<{ publisher: string; id: string }>;
  credit: string;
  /** Set on pinned embeds when a later release exists. */
  notice: ReturnType<typeof pinnedNotice>;
  /** Fits the embed at 600 px wide. */
  height: number;
  png: { width: number; height: number };
  target: EmbedTarget;
}

/** The container width from which chart.css shows the wide drawing; read from the stylesheet so the two cannot drift. */
export function wideBreakpoint(): number {
  const css = readFileSync(resolve(process.cwd(), 'src/styles/chart.css'), 'utf8');
  const m = /@container\s*\(\s*min-width:\s*(\d+)px\s*\)\s*\{\s*\.chart-variant\.v-narrow/.exec(css);
  if (!m) throw new Error('src/styles/chart.css: no "@container (min-width: <n>px) { .chart-variant.v-narrow …" rule to size embeds by');
  return Number(m[1]);
}

const pngCache = new Map<string, { png: Buffer; width: number; height: number }>();

/** The site's name in a locale ("Taken from Ukraine", "Вивезені з України"): embeds credit the site in their own language. */
export function siteName(locale: Locale): string {
  return t('site.name', {}, locale);
}

/** The fallback PNG for a chart in a dataset (already in `locale`'s words: see localizeDataset), drawn once per build. */
export function embedPng(chart: ChartDefinition, ds: Dataset, locale: Locale): { png: Buffer; width: number; height: number } {
  const key = `${ds.version}|${chart.id}|${locale}`;
  let hit = pngCache.get(key);
  if (!hit) pngCache.set(key, (hit = svgToPng(chartSvgFile(chart, localizeDataset(ds, locale), siteName(locale), locale))));
  return hit;
}

/** Everything about one embed; `pinned` true for /embed/v<version>/<id>/. */
export function embedInfo(chart: ChartDefinition, dataset: Dataset, pinned: boolean, locale: Locale): EmbedInfo {
  // The dataset's labels, notes and names in the embed's language (values and sources untouched).
  const ds = localizeDataset(dataset, locale);
  // A chart too tall for a host's column is embedded in its embedState (Chart.astro draws the same one).
  const r = renderChart(chart, ds, { locale, state: chart.embedState });
  let sources: Credit[];
  try {
    sources = embedCredits(ds, r.text.sources);
  } catch (e) {
    throw new Error(`chart "${chart.id}" cites an ${(e as Error).message}`);
  }
  const credit = creditLine(siteName(locale), sources.map((s) => s.publisher), ds.version, locale);
  const notice = pinned ? pinnedNotice(ds.version, listReleases(), locale) : null;
  const parts: HeightParts = {
    variants: r.variants.map((v) => {
      const vb = v.svg.match(/viewBox="([\d.\s-]+)"/)?.[1]?.split(/\s+/).map(Number);
      if (!vb?.[2] || !vb[3]) throw new Error(`chart "${chart.id}" (${v.width} px) has no viewBox to size its embed from`);
      return { width: vb[2], height: vb[3], maxWidth: Math.round(v.width * DRAWING_MAX_SCALE) };
    }),
    breakpoint: wideBreakpoint(),
    title: r.text.title,
    subtitle: r.text.subtitle,
    legend: r.text.methods.map((m) => `${methodTitle(m, locale)} (${methodMeaning(m, locale)})`),
    legendNarrow: r.text.methods.map((m) => methodTitle(m, locale)),
    notes: r.text.notes,
    notesFolded: true, // src/components/EmbedChart.astro folds them
    footer: [credit, ...(notice ? [`${notice.text} · ${notice.linkText}`] : [])],
  };
  const height = estimateEmbedHeight(parts);
  const { width, height: pngH } = embedPng(chart, dataset, locale);
  const png = { width, height: pngH };
  const target: EmbedTarget = {
    id: chart.id,
    title: r.text.title,
    alt: r.text.alt,
    ...(pinned ? { version: ds.version } : {}),
    height,
    fixedHeight: fixedEmbedHeight(parts),
    png,
    locale,
  };
  return { chart, ds, r, sources, credit, notice, height, png, target };
}

export function codesFor(info: EmbedInfo): EmbedCode[] {
  return embedCodes(info.target, SITE.url, siteName(info.target.locale));
}

/** The oEmbed 1.0 "rich" document (https://oembed.com/), every URL absolute. */
export function oembedDocument(info: EmbedInfo): Record<string, string | number> {
  const locale = info.target.locale;
  const name = siteName(locale);
  return {
    type: 'rich',
    version: '1.0',
    title: info.r.text.title,
    provider_name: name,
    provider_url: SITE.url + localePath('/', locale),
    author_name: name,
    author_url: SITE.url + chartPagePath(info.chart.id, locale),
    html: oembedHtml(info.target, SITE.url, name),
    width: OEMBED_WIDTH,
    height: info.height,
    thumbnail_url: SITE.url + pngPath(info.chart.id, locale, info.target.version),
    thumbnail_width: info.png.width,
    thumbnail_height: info.png.height,
    // Not part of the spec's required fields, but tells a consumer what it is showing.
    description: info.r.text.subtitle,
  };
}

/** The iframe title for a chart, for previews on our own pages. */
export function previewTitle(info: EmbedInfo): string {
  return frameTitle(info.r.text.title, siteName(info.target.locale), info.target.locale);
}

/**
 * Every pinned embed to build in `locale`: each chart in each published release. A chart
 * newer than an old release (its data missing there) has no pinned embed for
 * that release; for the newest release a missing requirement fails the build.
 * In another language a pinned embed exists only where the release's chart can be drawn wholly in it
 * (src/lib/pinned-locale.ts: no label left in English because the translation does not cover that release).
 */
export function pinnedEmbeds(locale: Locale): Array<{ version: string; id: string }> {
  const hit = pinnedCache.get(locale);
  if (hit) return hit;
  const versions = listReleases();
  const newest = versions[versions.length - 1];
  const out: Array<{ version: string; id: string }> = [];
  for (const version of versions) {
    const ds = loadRelease(version);
    for (const chart of CHARTS) {
      try {
        checkRequirements(chart, ds);
      } catch (e) {
        if (e instanceof ChartDataError && version !== newest) continue;
        throw e;
      }
      if (locale !== 'en') {
        const missing = missingLabels(chart, ds, localizeDataset(ds, locale), locale);
        // The newest release is the working dataset, whose translation the build already requires to be complete.
        if (missing.length && version === newest) throw new Error(`chart "${chart.id}" in ${locale}, release ${version}: untranslated ${missing.map((m) => m.path).join(', ')}`);
        if (missing.length) continue;
      }
      out.push({ version, id: chart.id });
    }
  }
  pinnedCache.set(locale, out);
  return out;
}
const pinnedCache = new Map<Locale, Array<{ version: string; id: string }>>();

/** The dataset an embed URL shows: a release when pinned, else the working dataset (equal to the newest release). */
export function datasetFor(version?: string): Dataset {
  return version ? loadRelease(version) : latestDataset();
}

