/**
 * Progressive enhancement for build-time charts: values on hover and on
 * keyboard focus. Without JavaScript the chart is a labelled image and the
 * same values are in its data table. With it, every mark that has a data-tip
 * becomes reachable: Tab enters the chart, arrow keys move between marks
 * (one tab stop per chart), Escape hides the tip.
 */
function enhance(body: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  body.append(tip);

  const visibleMarks = (): SVGElement[] =>
    [...body.querySelectorAll<SVGElement>('[data-tip]')].filter((m) => m.getClientRects().length > 0 && !m.hasAttribute('data-hidden'));

  const show = (mark: SVGElement) => {
    tip.textContent = mark.dataset.tip ?? '';
    tip.hidden = false;
    const b = body.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    // Keep the whole tip inside the chart: its centre at least half its own width from either edge.
    const half = Math.min(tip.offsetWidth, b.width) / 2;
    const x = Math.min(Math.max(r.left + r.width / 2 - b.left, half), b.width - half);
    tip.style.left = `${x}px`;
    tip.style.top = `${r.top - b.top}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };

  body.setAttribute('role', 'group');
  let marks: SVGElement[] = [];
  // Marks become focusable only here, so the static page has nothing focusable hidden from assistive technology.
  // It runs again when a drawing is added later (the breakout variant, src/scripts/chart-breakout.ts).
  const wire = () => {
    for (const svg of body.querySelectorAll('svg')) svg.removeAttribute('aria-hidden');
    marks = [...body.querySelectorAll<SVGElement>('[data-tip]')];
    for (const m of marks) {
      if (m.classList.contains('chart-mark')) continue;
      m.setAttribute('role', 'img');
      m.setAttribute('aria-label', m.dataset.tip ?? '');
      m.setAttribute('tabindex', '-1');
      m.classList.add('chart-mark');
      m.addEventListener('mouseenter', () => show(m));
      m.addEventListener('mouseleave', hide);
      m.addEventListener('focus', () => show(m));
      m.addEventListener('blur', hide);
    }
    // Decorative text and axes stay hidden from screen readers; the marks and the figure's own label carry the content.
    for (const el of body.querySelectorAll('svg > :not([data-tip]):not(:has([data-tip])):not(defs)')) el.setAttribute('aria-hidden', 'true');
  };
  wire();
  const first = () => visibleMarks()[0];
  const setStop = (m: SVGElement | undefined) => {
    for (const x of marks) x.setAttribute('tabindex', '-1');
    m?.setAttribute('tabindex', '0');
  };
  setStop(first());
  addEventListener('resize', () => {
    if (!body.contains(document.activeElement)) setStop(first());
  });
  body.addEventListener('chart:variants-changed', () => {
    wire();
    if (!body.contains(document.activeElement)) setStop(first());
  });
  // A filter (e.g. timeline-filter.ts) marks hidden marks with data-hidden and announces it: keep the tab stop on a shown mark.
  body.addEventListener('chart:marks-changed', () => {
    const active = document.activeElement as SVGElement;
    setStop(visibleMarks().includes(active) ? active : first());
  });
  body.addEventListener('keydown', (e) => {
    const list = visibleMarks();
    const i = list.indexOf(document.activeElement as SVGElement);
    if (i < 0) return;
    let next = i;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(i + 1, list.length - 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(i - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    else if (e.key === 'Escape') return hide();
    else return;
    e.preventDefault();
    setStop(list[next]);
    list[next]!.focus();
  });
}

for (const body of document.querySelectorAll<HTMLElement>('.chart-body[data-enhance]')) enhance(body);
