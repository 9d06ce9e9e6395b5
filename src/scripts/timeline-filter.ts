/**
 * Chapter filter for the events timeline: wires the toggle buttons
 * TimelineFilter.astro puts above each events-timeline figure. Choosing a chapter dims the
 * other chapters' marks and labels, takes their marks out of the keyboard
 * order and the accessibility tree (data-hidden, which chart-enhance.ts skips;
 * aria-hidden; tabindex -1) and hides their rows in the data table and the
 * items of any event list on the page marked data-timeline-list (by
 * data-chapter; a data-timeline-group with none left shown hides too). Without
 * JavaScript the buttons are not shown and nothing is hidden. The count it
 * announces comes in the page's language from the group's data-filter. The status
 * and the hiding of marks are shared with every-count's filter (filter-buttons.ts).
 */
import { filterGroup, formatCount, hideMark, pluralWords, wireFilter } from './filter-buttons.ts';

function setup(fig: HTMLElement): void {
  const body = fig.querySelector<HTMLElement>('.chart-body');
  const found = filterGroup(fig, 'timeline-filter');
  if (!body || !found) return;
  const { group, words } = found;
  const total = fig.querySelectorAll('tbody tr[data-chapter]').length;
  const status = wireFilter(group, body, (chapter, announce) => {
    for (const el of body.querySelectorAll<SVGElement>('svg [data-chapter]')) {
      const off = chapter !== '' && el.dataset.chapter !== chapter;
      el.style.opacity = off ? '0.15' : '';
      if (!el.hasAttribute('data-tip')) continue;
      el.style.pointerEvents = off ? 'none' : '';
      hideMark(el, off);
    }
    let shown = 0;
    for (const tr of fig.querySelectorAll<HTMLElement>('tbody tr[data-chapter]')) {
      tr.hidden = chapter !== '' && tr.dataset.chapter !== chapter;
      if (!tr.hidden) shown++;
    }
    if (announce) status.textContent = chapter ? pluralWords(words.showing, total, { shown: formatCount(shown) }) : pluralWords(words.showingAll, total, {});
    // Event lists elsewhere on the page (the /timeline/ page) follow the same choice: an item by its data-chapter,
    // and a group (a year) is hidden when none of its items shows.
    for (const list of document.querySelectorAll<HTMLElement>('[data-timeline-list]')) {
      for (const item of list.querySelectorAll<HTMLElement>('[data-chapter]')) item.hidden = chapter !== '' && item.dataset.chapter !== chapter;
      for (const year of list.querySelectorAll<HTMLElement>('[data-timeline-group]')) year.hidden = !year.querySelector('[data-chapter]:not([hidden])');
    }
    // chart-enhance.ts moves the chart's tab stop to the first mark still shown.
    body.dispatchEvent(new Event('chart:marks-changed'));
  });
}

for (const fig of document.querySelectorAll<HTMLElement>('.chart[data-chart="events-timeline"]')) setup(fig);
