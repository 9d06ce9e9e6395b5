/**
 * What the charts' filters share (src/scripts/timeline-filter.ts by chapter, src/scripts/every-count-filter.ts by
 * stage): a named group of toggle buttons above a figure's drawing, a polite status that says how many are shown
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

/**
 * Puts the buttons before `body` ('' is "all", pressed at first) and a status after them. `choose(value, announce)`
 * applies a choice; it is called without announcing when a drawing is added later. Returns the status element.
 */
export function filterButtons(
  body: HTMLElement,
  o: { className: string; label: string; choices: Array<[string, string]>; choose: (value: string, announce: boolean) => void },
): HTMLElement {
  const group = document.createElement('div');
  group.className = o.className;
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', o.label);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  const press = (value: string) => {
    for (const b of group.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.value === value));
  };
  for (const [value, label] of o.choices) {
    const b = document.createElement('button');
    b.type = 'button';
    b.value = value;
    b.textContent = label;
    b.addEventListener('click', () => {
      press(value);
      o.choose(value, true);
    });
    group.append(b);
  }
  group.append(status);
  body.before(group);
  body.addEventListener('chart:variants-changed', () => {
    const chosen = group.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')?.value ?? '';
    if (chosen) queueMicrotask(() => o.choose(chosen, false));
  });
  press('');
  return status;
}
