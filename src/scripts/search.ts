/**
 * The /search/ page's search: loads Pagefind's browser API
 * (/pagefind/pagefind.js, written by the build) only when the reader first
 * searches, runs the query as they type or submit, and draws a small list of
 * results (title, address, excerpt with the matched words marked, and the
 * sections of the page that match). A result counts only if the words it
 * highlights answer every word typed (Pagefind alone would match a misspelt
 * "adopshun" on every "a"); when none does, it says so and suggests the
 * closest word the site uses (/search-terms.json or /uk/search-terms.json,
 * fetched only then). A word matched only on its first letters ("deportaton")
 * is searched as the site's closest word instead, and the status says so. The
 * query is kept in the address (?q=...) so a search can be linked. Nothing is
 * requested from another site. The results redraw as the reader types; the
 * count is announced once, after typing pauses (ANNOUNCE_MS), and
 * "Searching…" only when a search is slow.
 */
import { resultMatches, suggest, typedInResults } from '../lib/suggest.ts';
import { ukApostrophes } from '../i18n/apostrophe.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

/** The page's words (rendered by search.astro from the dictionary of the page's language). */
interface SearchStrings {
  none: string;
  didYouMean: string;
  searching: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  firstShown: string;
  insteadOf: string;
  unavailable: string;
}

const MAX_RESULTS = 10;
const MAX_SUBS = 3;
/** Results redraw this long after the last key; the status (a live region) speaks only after a longer pause. */
const TYPE_MS = 200;
const ANNOUNCE_MS = 900;
/** "Searching…" appears only when a search takes longer than this. */
const SLOW_MS = 1000;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
const heading = document.querySelector<HTMLElement>('[data-search-heading]');
const S = JSON.parse(form?.dataset.searchStrings ?? '{}') as SearchStrings;
const termsUrl = form?.dataset.searchTerms;
const lang = document.documentElement.lang || 'en';
const plural = new Intl.PluralRules(lang);
const numbers = new Intl.NumberFormat(lang);
const fill = (s: string, vars: Record<string, string>) => s.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);

let lastKey = 0;
let pending: ReturnType<typeof setTimeout> | undefined;
/** Sets the status, waiting until typing has paused for ANNOUNCE_MS, so a screen reader hears one count per pause. */
function announce(...parts: Array<string | Node>): void {
  clearTimeout(pending);
  const wait = lastKey + ANNOUNCE_MS - Date.now();
  if (wait <= 0) {
    status?.replaceChildren(...parts);
    return;
  }
  pending = setTimeout(() => status?.replaceChildren(...parts), wait);
}

let api: Promise<PagefindApi> | undefined;
function pagefind(): Promise<PagefindApi> {
  // A variable path keeps the bundler from resolving a file that exists only after the build.
  const url = '/pagefind/pagefind.js';
  api ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pf) => {
    await pf.options({ excerptLength: 28 });
    await pf.init();
    return pf;
  });
  return api;
}

/** Pagefind's excerpt is escaped text with <mark> around matches; keep exactly that and nothing else. */
function excerptNode(html: string): DocumentFragment {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of tpl.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.className = 'result-title';
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const url = document.createElement('span');
  url.className = 'result-url';
  // The address is for the eye; the link before it already says where it goes.
  url.setAttribute('aria-hidden', 'true');
  url.textContent = r.url;
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  p.append(excerptNode(r.excerpt));
  li.append(a, url, p);
  // Sections of the page that match, when they are not just the page itself.
  const subs = r.sub_results.filter((s) => s.url.includes('#') && s.title && s.title !== r.meta.title).slice(0, MAX_SUBS);
  if (subs.length > 0) {
    const ul = document.createElement('ul');
    ul.className = 'result-subs';
    for (const s of subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      sli.append(sa);
      ul.append(sli);
    }
    li.append(ul);
  }
  return li;
}

/** The words Pagefind highlighted in a result and its sections. */
function markedWords(r: PagefindResultData): string[] {
  const all = [r.excerpt, ...r.sub_results.map((x) => x.excerpt)].join(' ');
  return [...all.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!);
}

let vocabulary: Promise<string[]> | undefined;
function terms(): Promise<string[]> {
  if (!termsUrl) return Promise.resolve([]);
  vocabulary ??= fetch(termsUrl)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

/** "No results for …", with a link that searches for the closest known spelling, if there is one. */
async function noResults(q: string, ticket: number): Promise<void> {
  if (!status) return;
  const none = fill(S.none, { q });
  const better = suggest(q, await terms());
  if (ticket !== latest) return;
  // One announcement: "No results", with the suggestion when there is one.
  if (!better) return announce(none);
  const url = new URL(location.href);
  url.searchParams.set('q', better);
  const a = document.createElement('a');
  a.href = url.pathname + url.search;
  a.textContent = better;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    if (input) input.value = better;
    history.replaceState(null, '', url);
    void run(better);
  });
  const [before = '', after = ''] = S.didYouMean.split('{word}');
  announce(none, before, a, after);
}

/** Pagefind's results for `q` that really answer it (resultMatches), the first MAX_RESULTS of them, with Pagefind's total. */
async function matching(pf: PagefindApi, q: string): Promise<{ data: PagefindResultData[]; total: number; query: string } | null> {
  const found = await pf.search(q);
  if (!found) return null;
  const data = (await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()))).filter((r) => resultMatches(markedWords(r), q));
  return { data, total: found.results.length, query: q };
}

let latest = 0;
async function run(query: string): Promise<void> {
  if (!list || !status) return;
  // Ukrainian words are indexed with the apostrophe the site prints (’); a keyboard types ' or ʼ.
  const q = ukApostrophes(query.trim());
  const ticket = ++latest;
  if (!q) {
    list.replaceChildren();
    list.hidden = true;
    if (heading) heading.hidden = true;
    clearTimeout(pending);
    status.textContent = '';
    return;
  }
  const slow = setTimeout(() => ticket === latest && announce(S.searching), SLOW_MS);
  try {
    const pf = await pagefind();
    let result = await matching(pf, q);
    if (!result || ticket !== latest) return;
    // Matched only on its first letters ("deportaton" by "deportation"): when the site has a close word, the results
    // and the count are for that word, and the status says so, rather than claiming pages match what was typed.
    let instead = '';
    if (result.data.length && !typedInResults(result.data.flatMap(markedWords), q)) {
      const better = suggest(q, await terms());
      const corrected = better ? await matching(pf, better) : null;
      if (ticket !== latest) return;
      if (better && corrected?.data.length) {
        result = corrected;
        instead = fill(S.insteadOf, { word: better, q });
      }
    }
    const { data, total, query: searched } = result;
    list.replaceChildren(...data.map(resultItem));
    list.hidden = data.length === 0;
    if (heading) heading.hidden = data.length === 0;
    const n = data.length === total || data.length < MAX_RESULTS ? data.length : total;
    if (n === 0) return void noResults(q, ticket);
    const more = n > MAX_RESULTS ? fill(S.firstShown, { max: numbers.format(MAX_RESULTS) }) : '';
    const count = fill(S.count[plural.select(n)] ?? S.count.other, { n: numbers.format(n), q: searched, more });
    announce(instead ? `${instead} ${count}` : count);
  } catch {
    if (ticket !== latest) return;
    list.hidden = true;
    if (heading) heading.hidden = true;
    announce(S.unavailable);
    if (fallback) fallback.hidden = false;
  } finally {
    clearTimeout(slow);
  }
}

if (form && input) {
  if (fallback) fallback.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    lastKey = Date.now();
    // A count waiting to be spoken is for the words before this key: drop it, or a slow search for the new
    // words lets the stale count ("10 pages match “childre”") be heard before the right one.
    clearTimeout(pending);
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), TYPE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    // A submitted search is announced at once.
    lastKey = 0;
    const url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
