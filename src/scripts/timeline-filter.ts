/**
 * Chapter filter for the events timeline: adds toggle buttons above each
 * `.chart[data-chart="events-timeline"]` figure. Choosing a chapter dims the
 * other chapters' marks and labels, takes their marks out of the keyboard
 * order and the accessibility tree (data-hidden, which chart-enhance.ts skips;
 * aria-hidden; tabindex -1) and hides their rows in the data table and the
 * items of any event list on the page marked data-timeline-list (by
 * data-chapter; a data-timeline-group with none left shown hides too). Without
 * JavaScript there are no buttons and nothing is hidden. Its words (the group's
 * name, the chapters, the count it announces) come in the page's language from
 * TimelineFilter.astro's data-timeline-filter-strings. The buttons, the status
 * and the hiding of marks are shared with every-count's filter (filter-buttons.ts).
 */
import { filterButtons, formatCount, hideMark, pluralWords, type Forms } from './filter-buttons.ts';

interface Strings {
  label: string;
  /** [chapter id ('' for all), button text], in order. */
  chapters: Array<[string, string]>;
  showing: Forms;
  showingAll: Forms;
}


function setup(fig: HTMLElement, words: Strings): void {
  const body = fig.querySelector<HTMLElement>('.chart-body');
  if (!body || fig.querySelector('.timeline-filter')) return;
  const total = fig.querySelectorAll('tbody tr[data-chapter]').length;
  const status = filterButtons(body, {
    className: 'timeline-filter',
    label: words.label,
    choices: words.chapters,
    choose: (chapter, announce) => {
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
        for (const group of list.querySelectorAll<HTMLElement>('[data-timeline-group]')) group.hidden = !group.querySelector('[data-chapter]:not([hidden])');
      }
      // chart-enhance.ts moves the chart's tab stop to the first mark still shown.
      body.dispatchEvent(new Event('chart:marks-changed'));
    },
  });
  // A note that only makes sense once the buttons exist ("the buttons above also filter this list").
  for (const note of document.querySelectorAll<HTMLElement>('[data-timeline-filter-note]')) note.hidden = false;
}

// Top-level names are unique across the site's scripts (they share one global scope in the type check).
const timelineFilterStrings = document.querySelector<HTMLElement>('[data-timeline-filter-strings]')?.dataset.timelineFilterStrings;
const timelineFilterWords = timelineFilterStrings ? (JSON.parse(timelineFilterStrings) as Strings) : undefined;
if (timelineFilterWords) for (const fig of document.querySelectorAll<HTMLElement>('.chart[data-chart="events-timeline"]')) setup(fig, timelineFilterWords);

// The buttons and the note above appear after the browser has jumped to a linked event (/timeline/#<event-id>); on a
// slow device that pushes the event out of view, so jump to it again once they are in place.
const linked = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
if (linked && document.querySelector('.timeline-filter')) linked.scrollIntoView();

