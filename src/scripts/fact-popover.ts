/**
 * Numbers you can tap: a click, tap or Enter on an inline number (a.fact-num,
 * src/components/Fact.astro) opens a small popover on the page instead of
 * following the link: the value, what it counts, who produced it and how in
 * words ("Ukraine's government · case count") with the method's mark, who
 * said it, as of when, the source's own words and links to the source.
 * Its content comes from /data/figures/<id>.json (/uk/data/… in Ukrainian) (fetched on first use, as
 * text, never as markup). It is a non-modal dialog in the top layer (the
 * native Popover API): Escape, a tap outside or its close button closes it,
 * and focus goes back to the number. It is placed under (or above) the
 * number and kept inside the viewport, even at 320 px. A click with a
 * modifier key still opens the source page; so does any failure here.
 * Every word it shows comes from the page: the card (in the page's language,
 * from /<locale>/data/figures/) and the labels the first number on the page
 * carries in `data-pop-strings` (src/components/Fact.astro).
 */
import type { FactCard } from '../lib/fact-card.ts';
import { punctuate } from '../i18n/punctuate.ts';

interface PopStrings {
  cards: string;
  close: string;
  how: string;
  who: string;
  when: string;
  checked: string;
  source: string;
  all: string;
  translation: string;
  original: string;
}
const words = JSON.parse(document.querySelector<HTMLElement>('[data-pop-strings]')?.dataset.popStrings ?? 'null') as PopStrings | null;

const cards = new Map<string, Promise<FactCard | null>>();
function card(id: string): Promise<FactCard | null> {
  let p = cards.get(id);
  if (!p) {
    p = fetch(`${words!.cards}${encodeURIComponent(id)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<FactCard>) : null))
      .catch(() => null);
    cards.set(id, p);
  }
  return p;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const pop = el('div', 'fact-pop');
pop.id = 'fact-pop';
pop.setAttribute('role', 'dialog');
pop.setAttribute('aria-labelledby', 'fact-pop-title');
// Opening moves focus into the dialog, so a screen reader says its name (the value and what it counts) and then this:
// who produced the number and how.
pop.setAttribute('aria-describedby', 'fact-pop-prov');
const supportsPopover = typeof pop.showPopover === 'function';
if (supportsPopover) pop.setAttribute('popover', 'auto');
else pop.hidden = true;
document.body.append(pop);

let opener: HTMLAnchorElement | null = null;
// A tap on the open number closes the popover by light dismiss before its click arrives: that click must not reopen it.
let lastClosed: { link: HTMLAnchorElement; at: number } | null = null;

function fill(c: FactCard, link: HTMLAnchorElement, w: PopStrings): void {
  const close = el('button', 'fact-pop-close');
  close.type = 'button';
  close.setAttribute('aria-label', w.close);
  close.textContent = '×';
  close.addEventListener('click', () => hide(true));
  const title = el('p', 'fact-pop-title');
  title.id = 'fact-pop-title';
  title.append(el('span', 'fact-pop-value', `${c.value} ${c.unit}`), el('span', 'fact-pop-label', c.label));
  // Who produced it and how, in words, with the method's mark (Fact.astro draws the same mark after the number).
  const prov = el('p', 'fact-pop-prov');
  prov.id = 'fact-pop-prov';
  prov.append(el('span', `fact-pop-mark m-${c.method}`), c.provenance);
  const dl = el('dl', 'fact-pop-facts');
  for (const [k, v] of [
    [w.how, c.how],
    [w.who, c.who],
    [w.when, c.when],
    [w.checked, c.checked],
  ] as const) {
    const row = el('div', '');
    row.append(el('dt', '', k), el('dd', '', v));
    dl.append(row);
  }
  // The source's words as written; on a page in another language, our translation first, marked as ours.
  const quote = el('blockquote', 'fact-pop-quote');
  const original = el('span', '', `“${c.quote}”`);
  original.lang = c.quoteLang;
  if (c.quoteTranslation) {
    const ours = el('p', 'fact-pop-tr');
    ours.append(el('span', 'fact-pop-note', `${w.translation} `), c.quoteTranslation);
    const orig = el('p', 'fact-pop-orig');
    orig.append(el('span', 'fact-pop-note', `${w.original} `), original);
    quote.append(ours, orig);
  } else quote.append(original);
  const src = el('p', 'fact-pop-source');
  const a = el('a', '', c.source.publisher);
  a.href = c.source.url;
  a.lang = c.quoteLang;
  src.append(`${w.source} `, a, c.source.date ? `, ${c.source.date}` : '');
  if (c.source.via) {
    const v = el('a', '', c.source.via.label);
    v.href = c.source.via.url;
    src.append(' (', v, ')');
  }
  // What follows the line: ". ", or only " " after a date with its own full stop ("14 лютого 2023 р.").
  const line = src.textContent ?? '';
  src.append(punctuate(line, '. ').slice(line.length));
  const all = el('a', '', w.all);
  all.href = link.getAttribute('href') ?? c.source.figures;
  const hreflang = link.getAttribute('hreflang');
  if (hreflang) all.hreflang = hreflang;
  src.append(all);
  pop.replaceChildren(close, title, prov, dl, quote, src);
}

function place(): void {
  if (!opener) return;
  const r = opener.getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const vh = innerHeight;
  const m = 8;
  pop.style.maxWidth = `${Math.min(352, vw - 2 * m)}px`;
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const left = Math.min(Math.max(r.left + r.width / 2 - w / 2, m), vw - w - m);
  // Below the number if it fits, else above, else wherever keeps most of it on screen.
  let top = r.bottom + 6;
  if (top + h > vh - m && r.top - 6 - h >= m) top = r.top - 6 - h;
  top = Math.max(m, Math.min(top, vh - h - m));
  pop.style.left = `${Math.round(left)}px`;
  pop.style.top = `${Math.round(top)}px`;
}

function show(link: HTMLAnchorElement, c: FactCard): void {
  if (opener && opener !== link) opener.setAttribute('aria-expanded', 'false');
  opener = link;
  fill(c, link, words!);
  if (supportsPopover) {
    if (!pop.matches(':popover-open')) pop.showPopover();
  } else pop.hidden = false;
  link.setAttribute('aria-expanded', 'true');
  place();
  // Focus moves into the dialog so it is announced, and Tab reaches its links; Escape brings the reader back.
  pop.querySelector<HTMLButtonElement>('.fact-pop-close')!.focus({ preventScroll: true });
}

function hide(returnFocus: boolean): void {
  const link = opener;
  opener = null;
  if (supportsPopover) {
    if (pop.matches(':popover-open')) pop.hidePopover();
  } else pop.hidden = true;
  opener = link;
  closed(returnFocus, false);
}

/** `dismissed`: closed by a tap outside (light dismiss), which may be a tap on the same number. */
function closed(returnFocus: boolean, dismissed: boolean): void {
  const link = opener;
  if (!link) return;
  opener = null;
  lastClosed = dismissed ? { link, at: performance.now() } : null;
  link.setAttribute('aria-expanded', 'false');
  const focusInside = pop.contains(document.activeElement) || document.activeElement === document.body;
  if (returnFocus || focusInside) link.focus({ preventScroll: true });
}

// Light dismiss (a tap outside) and Escape close a native popover by themselves; this keeps our state in step.
pop.addEventListener('toggle', (e) => {
  if ((e as ToggleEvent).newState === 'closed') closed(false, true);
});
pop.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    hide(true);
  }
});
if (!supportsPopover) {
  document.addEventListener('click', (e) => {
    if (opener && !pop.contains(e.target as Node) && e.target !== opener) hide(false);
  });
}
addEventListener('scroll', () => opener && requestAnimationFrame(place), { passive: true });
addEventListener('resize', () => opener && requestAnimationFrame(place));

for (const link of words ? document.querySelectorAll<HTMLAnchorElement>('a.fact-num[data-fact]') : []) {
  link.setAttribute('aria-haspopup', 'dialog');
  link.setAttribute('aria-expanded', 'false');
  link.setAttribute('aria-controls', 'fact-pop');
  const id = link.dataset.fact!;
  // Start fetching when the reader points at or focuses the number, so the tap opens at once.
  link.addEventListener('pointerenter', () => void card(id), { once: true });
  link.addEventListener('focus', () => void card(id), { once: true });
  link.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (opener === link) return hide(true);
    if (lastClosed?.link === link && performance.now() - lastClosed.at < 400) return;
    void card(id).then((c) => (c ? show(link, c) : (location.href = link.href)));
  });
}
