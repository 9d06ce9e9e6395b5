/**
 * Printing: "Print this …" buttons ([data-print], not shown without JavaScript:
 * .needs-js in global.css) call print(); and before printing, every
 * chart's closed data table (details.chart-table) and the end matter's
 * disclosures (details.end-matter: endnotes, citations) are opened so the handout
 * carries the numbers under each chart, then closed again afterwards. A CSS
 * fallback in chart.css (::details-content) covers browsers' own print paths
 * where beforeprint does not fire.
 *
 * Shorter prints for a class set (issue 15), chosen by the button and undone after printing:
 * - `data-print="short"`: the chapter's text and charts, without the charts' data tables and the end matter (source
 *   list, citations);
 * - `data-print-section="<h2 id>"` (src/components/H2.astro): the chapter's title, that one section and the print
 *   footer. The section is the heading's `.section-head` and its following siblings up to the next one.
 * The mode is `<html data-print="…">`, the kept section's elements carry `.print-keep`; chapter.css hides the rest.
 * Nothing is styled inline, so the page's CSP (no inline styles from scripts) is untouched.
 */
const root = document.documentElement;

function clearMode(): void {
  delete root.dataset.print;
  for (const e of document.querySelectorAll('.print-keep')) e.classList.remove('print-keep');
}

/** The section that `.section-head` (holding h2#id) opens: it and its siblings up to the next section head. */
function sectionOf(id: string): Element[] {
  const head = document.getElementById(id)?.closest('.section-head');
  if (!head) return [];
  const out: Element[] = [head];
  for (let e = head.nextElementSibling; e && !e.classList.contains('section-head'); e = e.nextElementSibling) out.push(e);
  return out;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.addEventListener('click', () => {
    clearMode();
    if (button.dataset.print) root.dataset.print = button.dataset.print;
    print();
  });
}

// The section buttons' accessible names, "Print section: <heading>", in the page's language (the first H2 carries the words).
const sectionWords = document.querySelector<HTMLElement>('button[data-copy-anchor][data-copy-words]')?.dataset.copyWords;
const printName = sectionWords ? (JSON.parse(sectionWords) as { printName?: string }).printName : undefined;
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print-section]')) {
  const id = button.dataset.printSection ?? '';
  const heading = document.getElementById(id)?.textContent?.trim();
  if (printName && heading) button.setAttribute('aria-label', printName.replace('{section}', heading));
  button.addEventListener('click', () => {
    clearMode();
    const kept = sectionOf(id);
    if (kept.length === 0) return;
    for (const e of kept) e.classList.add('print-keep');
    root.dataset.print = 'section';
    print();
  });
}

let opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table:not([open]), details.end-matter:not([open])')];
  for (const d of opened) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
  clearMode();
});
