/**
 * What the charts' filters share (src/scripts/timeline-filter.ts by chapter, src/scripts/every-count-filter.ts by
 * stage): wiring the named group of toggle buttons FilterGroup.astro puts above a figure's drawing, a polite status that says how many are shown
 * (plural forms chosen with Intl.PluralRules for the page's lang), hiding a mark from the keyboard and the
 * accessibility tree, and keeping drawings added later (the breakout, a lazy figure's drawings) on the current choice.
 */
export type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Intl.PluralRules(document.documentElement.lang || undefined);
const numberFormat = new Intl.NumberFormat(document.documentElement.lang || undefined);

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** The plural form for `n`, with {n} and the other {names} filled in. */
export function pluralWords(forms: Forms, n: number, vars: Record<string, string>): string {
  const template = forms[pluralRules.select(n)] ?? forms.other;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'n' ? numberFormat.format(n) : (vars[name] ?? whole)));
}

/** A mark left out by a filter: out of the keyboard order and the accessibility tree (data-hidden: chart-enhance.ts skips it). */
export function hideMark(el: SVGElement, off: boolean): void {
  el.toggleAttribute('data-hidden', off);
  if (off) {
    el.setAttribute('aria-hidden', 'true');
    el.setAttribute('tabindex', '-1');
  } else el.removeAttribute('aria-hidden');
}

/** The plural forms a filter's status speaks, from its group's data-filter (FilterGroup.astro). */
export interface FilterWords {
  showing: Forms;
  showingAll: Forms;
}

/** The filter group FilterGroup.astro put in `fig` (class `className`), and its words; null where the figure has none. */
export function filterGroup(fig: HTMLElement, className: string): { group: HTMLElement; words: FilterWords } | null {
  const group = fig.querySelector<HTMLElement>(`.${className}[data-filter]`);
  return group ? { group, words: JSON.parse(group.dataset.filter ?? '{}') as FilterWords } : null;
}

/**
 * Wires the group's buttons ('' is "all", pressed in the HTML). `choose(value, announce)` applies a choice; it is
 * called without announcing when a drawing is added to `body` later. Returns the group's status element.
 */
export function wireFilter(group: HTMLElement, body: HTMLElement, choose: (value: string, announce: boolean) => void): HTMLElement {
  const status = group.querySelector<HTMLElement>('[aria-live]')!;
  const buttons = [...group.querySelectorAll<HTMLButtonElement>('button')];
  for (const b of buttons) {
    b.addEventListener('click', () => {
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
      choose(b.value, true);
    });
  }
  body.addEventListener('chart:variants-changed', () => {
    const chosen = group.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.value ?? '';
    if (chosen) queueMicrotask(() => choose(chosen, false));
  });
  return status;
}
