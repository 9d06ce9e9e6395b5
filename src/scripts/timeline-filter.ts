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
 * TimelineFilter.astro's data-timeline-filter-strings; plural forms are chosen
 * with Intl.PluralRules for the page's lang.
 */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
interface Strings {
  label: string;
  /** [chapter id ('' for all), button text], in order. */
  chapters: Array<[string, string]>;
  showing: Forms;
  showingAll: Forms;
}

const rules = new Intl.PluralRules(document.documentElement.lang || undefined);
const numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
function plural(forms: Forms, n: number, vars: Record<string, string>): string {
  const template = forms[rules.select(n)] ?? forms.other;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'n' ? numbers.format(n) : (vars[name] ?? whole)));
}

function setup(fig: HTMLElement, words: Strings): void {
  const body = fig.querySelector<HTMLElement>('.chart-body');
  if (!body || fig.querySelector('.timeline-filter')) return;
  const group = document.createElement('div');
  group.className = 'timeline-filter';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', words.label);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  const total = fig.querySelectorAll('tbody tr[data-chapter]').length;

  const apply = (chapter: string): void => {
    for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.value === chapter));
    for (const el of body.querySelectorAll<SVGElement>('svg [data-chapter]')) {
      const off = chapter !== '' && el.dataset.chapter !== chapter;
      el.style.opacity = off ? '0.15' : '';
      if (!el.hasAttribute('data-tip')) continue;
      el.style.pointerEvents = off ? 'none' : '';
      el.toggleAttribute('data-hidden', off);
      if (off) {
        el.setAttribute('aria-hidden', 'true');
        el.setAttribute('tabindex', '-1');
      } else el.removeAttribute('aria-hidden');
    }
    let shown = 0;
    for (const tr of fig.querySelectorAll<HTMLElement>('tbody tr[data-chapter]')) {
      tr.hidden = chapter !== '' && tr.dataset.chapter !== chapter;
      if (!tr.hidden) shown++;
    }
    status.textContent = chapter ? plural(words.showing, total, { shown: numbers.format(shown) }) : plural(words.showingAll, total, {});
    // Event lists elsewhere on the page (the /timeline/ page) follow the same choice: an item by its data-chapter,
    // and a group (a year) is hidden when none of its items shows.
    for (const list of document.querySelectorAll<HTMLElement>('[data-timeline-list]')) {
      for (const item of list.querySelectorAll<HTMLElement>('[data-chapter]')) item.hidden = chapter !== '' && item.dataset.chapter !== chapter;
      for (const group of list.querySelectorAll<HTMLElement>('[data-timeline-group]')) group.hidden = !group.querySelector('[data-chapter]:not([hidden])');
    }
    // chart-enhance.ts moves the chart's tab stop to the first mark still shown.
    body.dispatchEvent(new Event('chart:marks-changed'));
  };

  for (const [value, label] of words.chapters) {
    const b = document.createElement('button');
    b.type = 'button';
    b.value = value;
    b.textContent = label;
    b.addEventListener('click', () => apply(value));
    group.append(b);
  }
  group.append(status);
  body.before(group);
  // Drawings added later (a lazy figure's column drawings, the breakout drawing) follow the current choice.
  body.addEventListener('chart:variants-changed', () => {
    const chosen = group.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.value ?? '';
    if (chosen) queueMicrotask(() => apply(chosen));
  });
  // A note that only makes sense once the buttons exist ("the buttons above also filter this list").
  for (const note of document.querySelectorAll<HTMLElement>('[data-timeline-filter-note]')) note.hidden = false;
  for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.value === ''));
}

// Top-level names are unique across the site's scripts (they share one global scope in the type check).
const timelineFilterStrings = document.querySelector<HTMLElement>('[data-timeline-filter-strings]')?.dataset.timelineFilterStrings;
const timelineFilterWords = timelineFilterStrings ? (JSON.parse(timelineFilterStrings) as Strings) : undefined;
if (timelineFilterWords) for (const fig of document.querySelectorAll<HTMLElement>('.chart[data-chart="events-timeline"]')) setup(fig, timelineFilterWords);

// The buttons and the note above appear after the browser has jumped to a linked event (/timeline/#<event-id>); on a
// slow device that pushes the event out of view, so jump to it again once they are in place.
const linked = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
if (linked && document.querySelector('.timeline-filter')) linked.scrollIntoView();

// A module, so its top-level names stay its own.
export {};
