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
 */
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
}

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
const long = (iso: string) => {
  const p = parts(iso);
  return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
};
const mlaDate = (iso: string) => {
  const p = parts(iso);
  return `${p.d} ${MLA_MONTHS[p.m - 1]} ${p.y}`;
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
  const site = c.site.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const slug = new URL(c.url).pathname.split('/').filter(Boolean).pop()?.toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'home';
  const version = c.kind === 'dataset' && c.version ? `-v${c.version.replace(/[^0-9a-z]+/gi, '-')}` : '';
  return `${site}-${slug}-${year}${version}`;
}

/** A title followed by the style's full stop, unless it already ends in ? or ! ("Why so few?" not "Why so few?."). */
const stop = (t: string) => (/[?!.]$/.test(t) ? t : `${t}.`);

export function citations(c: CiteInput): Citations {
  const date = c.updated ?? c.published;
  const d = parts(date);
  const bareUrl = c.url.replace(/^https?:\/\//, '');
  const version = c.version ?? '';

  const apa =
    c.kind === 'dataset'
      ? `${c.site}. (${d.y}). ${apaTitle(c.title)}${version ? ` (Version ${version})` : ''} [Data set]. ${c.url}`
      : `${c.site}. (${d.y}, ${MONTHS[d.m - 1]} ${d.d}). ${c.kind === 'chart' ? `${apaTitle(c.title)} [Chart].` : stop(apaTitle(c.title))} Retrieved ${long(c.accessed)}, from ${c.url}`;

  const mla =
    c.kind === 'dataset'
      ? `${stop(titleCase(c.title, 'mla'))}${version ? ` Version ${version},` : ''} ${c.site}, ${mlaDate(date)}, ${bareUrl}. Accessed ${mlaDate(c.accessed)}.`
      : `“${stop(titleCase(c.title, 'mla'))}” ${c.site}, ${version ? `dataset version ${version}, ` : ''}${mlaDate(date)}, ${bareUrl}. Accessed ${mlaDate(c.accessed)}.`;

  const dated = c.updated && c.updated !== c.published ? `Last modified ${long(c.updated)}` : long(c.published);
  const chicago =
    c.kind === 'dataset'
      ? `${c.site}. ${stop(titleCase(c.title, 'chicago'))}${version ? ` Version ${version}.` : ''} ${dated}. Accessed ${long(c.accessed)}. ${c.url}.`
      : `${c.site}. “${stop(titleCase(c.title, 'chicago'))}”${c.kind === 'chart' ? ' Chart.' : ''} ${dated}.${version ? ` Dataset version ${version}.` : ''} Accessed ${long(c.accessed)}. ${c.url}.`;

  const kindNote = c.kind === 'dataset' ? 'Data set' : c.kind === 'chart' ? 'Chart' : 'Web page';
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
    `  note = {${kindNote}${c.kind !== 'dataset' && version ? `, dataset version ${bibEscape(version)}` : ''}. Accessed ${c.accessed}}`,
    `}`,
  ].join('\n');
  return { apa, mla, chicago, bibtex };
}
