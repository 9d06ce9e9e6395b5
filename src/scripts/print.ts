/**
 * Printing: "Print this …" buttons ([data-print], hidden until this script
 * runs, since they need JavaScript) call print(); and before printing, every
 * chart's closed data table (details.chart-table) and the end matter's
 * disclosures (details.end-matter: endnotes, citations) are opened so the handout
 * carries the numbers under each chart, then closed again afterwards. A CSS
 * fallback in chart.css (::details-content) covers browsers' own print paths
 * where beforeprint does not fire.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}

let opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  opened = [...document.querySelectorAll<HTMLDetailsElement>('details.chart-table:not([open]), details.end-matter:not([open])')];
  for (const d of opened) d.open = true;
});
addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});
