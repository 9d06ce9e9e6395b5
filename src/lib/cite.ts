/**
 * Citations of our own pages, charts and dataset in APA 7, MLA 9, Chicago
 * (17th/18th, bibliography entry) and BibTeX. A pure function of its inputs,
 * so tests pin exact strings for a fixed date and version
 * (tests/unit/cite.test.ts). The site is both author and publisher, so each
 * style drops the repeated publisher or site name as its rules say:
 *
 * - APA 7: "Author. (Year, Month Day). Title [Description]. Retrieved Month
 *   Day, Year, from URL" for pages that change over time (site name omitted
 *   when it is the author); a data set is "Author. (Year). Title (Version x)
 *   [Data set]. URL". Titles stay in sentence case, with the first word after
 *   a colon capitalised.
 * - MLA 9: "“Title.” Container, version, Day Mon. Year, URL. Accessed Day Mon.
 *   Year." Titles in title case; the URL without its protocol; the version
 *   element before the date.
 * - Chicago: "Author. “Title.” Date (or Last modified Date). Accessed Date.
 *   URL." Titles in headline case.
 * - BibTeX: @misc with the corporate author and the title double-braced (so
 *   styles keep their case), LaTeX special characters escaped.
 *
 * Italics as each style sets them: the title of a page, chart or data set in APA, the container (the site) in
 * MLA and a stand-alone data set's title in MLA and Chicago. `citations` gives plain text (what the page shows and
 * text/plain carries); `citationsHtml` the same words with those parts in <i>, for pasting into a word processor
 * (src/scripts/cite-copy.ts writes both).
 *
 * In Ukrainian (`locale: 'uk'`) the same elements in the same order, with
 * Ukrainian words (`words`, from the dictionary through cite-words.ts, since
 * this module also runs in the browser), dates as Ukrainian write them
 * ("22 листопада 2026 р."), «» quotes, and titles as written (Ukrainian titles
 * are in sentence case; there is no title case).
 */
import { sentence } from '../i18n/punctuate.ts';

export interface CiteInput {
  /** The page's or dataset's title. */
  title: string;
  /** Absolute URL. */
  url: string;
  /** ISO dates YYYY-MM-DD. */
  published: string;
  updated?: string;
  accessed: string;
  /** Dataset version, for data and charts. */
  version?: string;
  kind: 'page' | 'chart' | 'dataset';
  site: string;
  /**
   * The site's name in Latin letters, the same in every language, for the BibTeX key (the English name; the
   * Ukrainian "Вивезені з України" gives no ASCII key, and the host would make the key depend on where a build is
   * served: `localhost-…` on a local build).
   */
  siteKey: string;
  /** The citation's language. */
  locale: 'en' | 'uk';
  /** Its words in that language (src/lib/cite-words.ts). */
  words: CiteWords;
}

/** The words a citation uses, with {date}, {url} and {version} placeholders. */
export interface CiteWords {
  retrieved: string;
  accessed: string;
  lastModified: string;
  version: string;
  datasetVersion: string;
  chart: string;
  dataset: string;
  page: string;
}

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parts(iso: string): { y: number; m: number; d: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`citation date must be YYYY-MM-DD, got "${iso}"`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}
const ukDate = (iso: string, options: Intl.DateTimeFormatOptions) => {
  const p = parts(iso);
  return new Intl.DateTimeFormat('uk', { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(p.y, p.m - 1, p.d)));
};
/** "November 22, 2026"; uk "22 листопада 2026 р.". */
const long = (iso: string, locale: CiteInput['locale']) => {
  if (locale === 'uk') return ukDate(iso, { day: 'numeric', month: 'long', year: 'numeric' });
  const p = parts(iso);
  return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
};
/** "22 Nov. 2026"; uk as `long` (Ukrainian citations do not abbreviate months). */
const mlaDate = (iso: string, locale: CiteInput['locale']) => {
  if (locale === 'uk') return long(iso, locale);
  const p = parts(iso);
  return `${p.d} ${MLA_MONTHS[p.m - 1]} ${p.y}`;
};
/** APA's "(2026, November 22)"; uk "(2026, 22 листопада)". */
const apaDate = (iso: string, locale: CiteInput['locale']) => {
  const p = parts(iso);
  return locale === 'uk' ? `(${p.y}, ${ukDate(iso, { day: 'numeric', month: 'long' })})` : `(${p.y}, ${MONTHS[p.m - 1]} ${p.d})`;
};

/**
 * Words MLA 9 and Chicago keep lower case inside a title: articles,
 * coordinating conjunctions, prepositions (whatever their length) and "to".
 * "So" and "yet", usually adverbs in our titles ("Why So Few"), and words
 * more often subordinating conjunctions or adverbs (because, once, up, out)
 * are capitalised.
 */
const MINOR = new Set([
  'a', 'an', 'the', 'and', 'but', 'for', 'nor', 'or', 'as', 'to',
  'about', 'above', 'across', 'after', 'against', 'along', 'among', 'around', 'at', 'before', 'behind', 'below',
  'beneath', 'beside', 'between', 'beyond', 'by', 'during', 'except', 'from', 'in', 'inside', 'into', 'near', 'of',
  'on', 'onto', 'outside', 'over', 'per', 'since', 'through', 'throughout', 'toward', 'towards', 'under', 'until',
  'upon', 'versus', 'via', 'with', 'within', 'without',
]);
/** Prefixes after which Chicago keeps the second part of a hyphenated word lower case ("Re-education"). */
const PREFIXES = new Set(['anti', 'co', 'inter', 'mid', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub']);

const upperFirst = (w: string) => w.replace(/\p{L}/u, (c) => c.toUpperCase());

/**
 * Title case for titles written in sentence case, as ours are: a word already
 * capitalised mid-title is a proper noun ("The Hague", "ICC") and is kept;
 * minor words stay lower case unless they open the title or a subtitle or
 * close the title. MLA capitalises every part of a hyphenated compound;
 * Chicago not after a prefix.
 */
export function titleCase(title: string, style: 'mla' | 'chicago'): string {
  const words = title.split(' ');
  return words
    .map((w, i) => {
      const opens = i === 0 || /[:?!.—]$/.test(words[i - 1]!);
      const closes = i === words.length - 1;
      const core = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (!opens && !closes && MINOR.has(core)) return w;
      return w
        .split('-')
        .map((part, j, all) => {
          if (j === 0) return upperFirst(part);
          if (style === 'chicago' && PREFIXES.has(all[0]!.replace(/^[^\p{L}]+/u, '').toLowerCase())) return part;
          return MINOR.has(part) ? part : upperFirst(part);
        })
        .join('-');
    })
    .join(' ');
}

/** APA sentence case from our sentence-case titles: also capitalise the first word after a colon. */
export function apaTitle(title: string): string {
  return upperFirst(title).replace(/([:?!]\s+[^\p{L}]*)(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

/** LaTeX's special characters, escaped for a BibTeX field. */
export function bibEscape(s: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '&': '\\&',
    '%': '\\%',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return s.replace(/[\\{}&%$#_~^]/g, (c) => map[c]!);
}
/** Inside \url{} and the url field only % and # need escaping; braces and backslashes do not occur in our URLs. */
const urlEscape = (u: string) => u.replace(/([%#])/g, '\\$1');

/** A readable, stable BibTeX key: site, the last segment of the path, the year (and the version for a data set). */
function bibKey(c: CiteInput, year: number): string {
  const site = c.siteKey.toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (!site) throw new Error(`citation siteKey "${c.siteKey}": it needs Latin letters or digits for the BibTeX key`);
  const slug = new URL(c.url).pathname.split('/').filter(Boolean).pop()?.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'home';
  const version = c.kind === 'dataset' && c.version ? `-v${c.version.replace(/[^0-9a-z]+/gi, '-')}` : '';
  return `${site}-${slug}-${year}${version}`;
}

/** A title followed by the style's full stop, unless it already ends in ? or ! ("Why so few?" not "Why so few?.") or has its own («р.»). */
const stop = (t: string) => (/[?!]$/.test(t) ? t : sentence(t));

/** Marks around an italic part while a citation is built; `citations` drops them, `citationsHtml` turns them into <i>. */
const I0 = '\u0001';
const I1 = '\u0002';
const it = (t: string) => `${I0}${t}${I1}`;
/** `t` with each mark replaced (split and join: a regular expression of control characters reads badly). */
const swap = (t: string, open: string, close: string) => t.split(I0).join(open).split(I1).join(close);

/** The four citations as plain text. */
export function citations(c: CiteInput): Citations {
  const m = marked(c);
  return { apa: swap(m.apa, '', ''), mla: swap(m.mla, '', ''), chicago: swap(m.chicago, '', ''), bibtex: m.bibtex };
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** APA, MLA and Chicago as HTML, the style's italics in <i> (BibTeX has none: it is plain text everywhere). */
export function citationsHtml(c: CiteInput): Omit<Citations, 'bibtex'> {
  const html = (t: string) => swap(escapeHtml(t), '<i>', '</i>');
  const m = marked(c);
  return { apa: html(m.apa), mla: html(m.mla), chicago: html(m.chicago) };
}

/** An italic title followed by the full stop `stop` would give it, outside the italics. */
const itStop = (t: string) => it(t) + stop(t).slice(t.length);

function marked(c: CiteInput): Citations {
  const date = c.updated ?? c.published;
  const d = parts(date);
  const bareUrl = c.url.replace(/^https?:\/\//, '');
  const version = c.version ?? '';
  const w = c.words;
  const uk = c.locale === 'uk';
  const [open, close] = uk ? ['«', '»'] : ['“', '”'];
  const mlaTitle = uk ? c.title : titleCase(c.title, 'mla');
  // Ukrainian writes a title as it is written: no capital after a colon (APA's English rule), no title case.
  const apaT = uk ? upperFirst(c.title) : apaTitle(c.title);
  // A quoted title's full stop: inside the quotes in English ("Title."), after them in Ukrainian («Назва».).
  const quotedStop = (title: string) => (uk ? `${open}${title}${close}.` : `${open}${stop(title)}${close}`);
  const chicagoTitle = uk ? c.title : titleCase(c.title, 'chicago');
  const retrieved = fill(w.retrieved, { date: long(c.accessed, c.locale), url: c.url });
  const accessed = (when: string) => fill(w.accessed, { date: when });
  const v = fill(w.version, { version });
  const dv = fill(w.datasetVersion, { version });

  const apa =
    c.kind === 'dataset'
      ? `${c.site}. (${d.y}). ${it(apaT)}${version ? ` (${v})` : ''} [${w.dataset}]. ${c.url}`
      : `${c.site}. ${apaDate(date, c.locale)}. ${c.kind === 'chart' ? `${it(apaT)} [${w.chart}].` : itStop(apaT)} ${retrieved}`;

  const mla =
    c.kind === 'dataset'
      ? `${itStop(mlaTitle)}${version ? ` ${v},` : ''} ${c.site}, ${mlaDate(date, c.locale)}, ${bareUrl}. ${stop(accessed(mlaDate(c.accessed, c.locale)))}`
      : `${quotedStop(mlaTitle)} ${it(c.site)}, ${version ? `${dv}, ` : ''}${mlaDate(date, c.locale)}, ${bareUrl}. ${stop(accessed(mlaDate(c.accessed, c.locale)))}`;

  const dated = c.updated && c.updated !== c.published ? fill(w.lastModified, { date: long(c.updated, c.locale) }) : long(c.published, c.locale);
  const chicago =
    c.kind === 'dataset'
      ? `${c.site}. ${itStop(chicagoTitle)}${version ? ` ${v}.` : ''} ${stop(dated)} ${stop(accessed(long(c.accessed, c.locale)))} ${c.url}.`
      : `${c.site}. ${quotedStop(chicagoTitle)}${c.kind === 'chart' ? ` ${w.chart}.` : ''} ${stop(dated)}${version ? ` ${upperFirst(dv)}.` : ''} ${stop(accessed(long(c.accessed, c.locale)))} ${c.url}.`;

  const kindNote = c.kind === 'dataset' ? w.dataset : c.kind === 'chart' ? w.chart : w.page;
  const bibtex = [
    `@misc{${bibKey(c, d.y)},`,
    `  author = {{${bibEscape(c.site)}}},`,
    `  title = {{${bibEscape(c.title)}}},`,
    `  year = {${d.y}},`,
    `  month = ${BIB_MONTHS[d.m - 1]},`,
    ...(c.kind === 'dataset' && version ? [`  version = {${bibEscape(version)}},`] : []),
    `  howpublished = {\\url{${urlEscape(c.url)}}},`,
    `  url = {${urlEscape(c.url)}},`,
    `  urldate = {${c.accessed}},`,
    ...(uk ? ['  language = {ukrainian},'] : []),
    `  note = {${kindNote}${c.kind !== 'dataset' && version ? `, ${bibEscape(dv)}` : ''}. ${accessed(c.accessed)}}`,
    `}`,
  ].join('\n');
  return { apa, mla, chicago, bibtex };
}
