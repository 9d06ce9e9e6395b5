/**
 * Progressive enhancement for build-time charts: values on hover and on
 * keyboard focus. Without JavaScript the chart is a labelled image and the
 * same values are in its data table. With it, every mark that has a data-tip
 * becomes reachable: Tab enters the chart on its first data point, arrow keys
 * move between points (one tab stop per chart), Home and End go to the first
 * and last, Escape hides the tip and leaves the points. Each point's name says
 * its position ("3 of 21", or "Taken from, 2 of 7" where marks are grouped by
 * data-set); annotations (data-note) come after the points. Everything else in
 * the drawing (axis text, labels, text inside a mark) is hidden from assistive
 * technology: a mark's name is the only thing read for it. The tip shown on
 * hover can itself be hovered (the pointer may move onto it to read it, and it
 * stays while it is) and is dismissed with Escape without moving the pointer
 * (WCAG 1.4.13, content on hover or focus). Its words (the
 * hint, positions, "Note:", the ends) come in the page's language from
 * Chart.astro's data-keys (chartKeys.* in src/i18n/en.ts and uk.ts); none of
 * them depends on a count's plural form in either language. They travel
 * once per page, on the first chart's data-keys.
 */
const ARIA_HIDDEN = 'aria-hidden';
/** How long a tip outlives the pointer leaving its mark or itself: time to move onto it. */
const HOVER_GRACE_MS = 400;

/** The words, as Chart.astro passes them: {i}, {n} and {tip} are filled in here. */
interface Words {
  hint: string;
  position: string;
  first: string;
  last: string;
  note: string;
  atFirst: string;
  atLast: string;
  end: string;
}

// Made on first use, in the first chart's task rather than while the module loads.
let positionFormat: Intl.NumberFormat | undefined;
const fillWords = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    if (typeof v === 'string') return v;
    positionFormat ??= new Intl.NumberFormat(document.documentElement.lang || undefined);
    return positionFormat.format(v);
  });

/** A polite message for the ends of the path (focus does not move there, so nothing else is said). */
function liveRegion(body: HTMLElement): HTMLElement {
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  body.after(live);
  return live;
}

function enhance(body: HTMLElement, n: number, words: Words): void {
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute(ARIA_HIDDEN, 'true');
  tip.hidden = true;
  body.append(tip);
  const live = liveRegion(body);
  const say = (message: string) => {
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  };

  // A leave hides the tip only after a moment, and not once the pointer is on the tip: it can cross the gap above the
  // mark (bridged in chart.css) and stay on the tip to read it.
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const show = (mark: SVGElement) => {
    clearTimeout(hideTimer);
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
    clearTimeout(hideTimer);
    tip.hidden = true;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HOVER_GRACE_MS);
  };
  tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  tip.addEventListener('mouseleave', hideSoon);
  // Escape dismisses a tip shown by the pointer wherever focus is, without the pointer moving (a focused point's
  // Escape, below, also leaves the points).
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) hide();
  });

  body.setAttribute('role', 'group');
  body.setAttribute('tabindex', '-1');
  let marks: SVGElement[] = [];
  // Marks become focusable only here, so the static page has nothing focusable hidden from assistive technology.
  // It runs again when a drawing is added later (the breakout variant, src/scripts/chart-breakout.ts).
  const wire = () => {
    for (const svg of body.querySelectorAll('svg')) svg.removeAttribute(ARIA_HIDDEN);
    marks = [...body.querySelectorAll<SVGElement>('[data-tip]')];
    for (const m of marks) {
      if (m.classList.contains('chart-mark')) continue;
      m.setAttribute('role', 'img');
      m.setAttribute('tabindex', '-1');
      m.classList.add('chart-mark');
      m.addEventListener('mouseenter', () => show(m));
      m.addEventListener('mouseleave', hideSoon);
      m.addEventListener('focus', () => show(m));
      m.addEventListener('blur', hide);
    }
    // Decorative text and axes stay hidden from screen readers, wherever they sit in the SVG (inside a mark too):
    // the marks' names and the figure's own label carry the content. One walk from each drawing's root, hiding the
    // largest parts that hold no mark (what is inside a hidden part is hidden with it), instead of a test of every
    // element: a map has hundreds, and this runs as the page settles on a phone.
    const hideDecoration = (el: Element) => {
      for (const child of el.children) {
        if (child.localName === 'defs' || child.getAttribute(ARIA_HIDDEN) === 'true') continue;
        if (child.hasAttribute('data-tip') || child.querySelector('[data-tip]')) hideDecoration(child);
        else child.setAttribute(ARIA_HIDDEN, 'true');
      }
    };
    for (const svg of body.querySelectorAll('svg')) hideDecoration(svg);
    // The drawing itself is not announced as a document of its own: the group holds the points.
    for (const svg of body.querySelectorAll('svg')) svg.setAttribute('role', 'none');
  };
  wire();

  // The hint: how to move, said with the group's name when focus enters it.
  const hint = document.createElement('p');
  hint.id = `chart-hint-${n}`;
  hint.className = 'visually-hidden';
  hint.textContent = words.hint;
  body.after(hint);
  body.setAttribute('aria-describedby', hint.id);

  const shown = (m: SVGElement) => m.getClientRects().length > 0 && !m.hasAttribute('data-hidden');
  /** The path through the shown drawing: data points in document order, then annotations. */
  const path = (): SVGElement[] => {
    const vis = marks.filter(shown);
    return [...vis.filter((m) => !m.hasAttribute('data-note')), ...vis.filter((m) => m.hasAttribute('data-note'))];
  };
  /** Names with positions, per drawing (the narrow and wide variants count their own points), for shown marks. */
  const label = () => {
    for (const svg of body.querySelectorAll('svg')) {
      const own = marks.filter((m) => svg.contains(m) && !m.hasAttribute('data-hidden'));
      const points = own.filter((m) => !m.hasAttribute('data-note'));
      const sets = new Map<string, SVGElement[]>();
      for (const m of points) {
        const key = m.dataset.set ?? '';
        const list = sets.get(key);
        if (list) list.push(m);
        else sets.set(key, [m]);
      }
      for (const [set, list] of sets) {
        list.forEach((m, i) => {
          const form = list.length > 1 && i === 0 ? words.first : list.length > 1 && i === list.length - 1 ? words.last : words.position;
          const position = fillWords(form, { i: i + 1, n: list.length });
          m.setAttribute('aria-label', `${set ? `${set}, ` : ''}${position}: ${m.dataset.tip ?? ''}`);
        });
      }
      for (const m of own.filter((x) => x.hasAttribute('data-note'))) m.setAttribute('aria-label', fillWords(words.note, { tip: m.dataset.tip ?? '' }));
    }
  };
  label();

  const first = () => path()[0];
  const setStop = (m: SVGElement | undefined) => {
    for (const x of marks) x.setAttribute('tabindex', '-1');
    m?.setAttribute('tabindex', '0');
  };
  /** A drawing's marks in path order (points, then annotations), shown or not: the same point has the same index in every drawing. */
  const order = (variant: Element): SVGElement[] => {
    const own = marks.filter((m) => variant.contains(m) && !m.hasAttribute('data-hidden'));
    return [...own.filter((m) => !m.hasAttribute('data-note')), ...own.filter((m) => m.hasAttribute('data-note'))];
  };
  /**
   * The tab stop on each drawing's first point. Only one drawing shows at a time and a hidden one (display: none) is
   * not focusable, so Tab enters on the shown drawing's first point. Asking which drawing shows would force a layout of
   * the whole page while it settles on a phone (this runs then); this reads none.
   */
  const resetStops = () => {
    const drawings = [...body.querySelectorAll(':scope > .chart-variant')];
    for (const x of marks) x.setAttribute('tabindex', '-1');
    for (const d of drawings.length ? drawings : [body]) order(d)[0]?.setAttribute('tabindex', '0');
  };
  resetStops();
  addEventListener('resize', () => {
    if (!body.contains(document.activeElement)) resetStops();
  });
  body.addEventListener('chart:variants-changed', () => {
    // A drawing added in place of the shown one (the breakout, at desktop widths) hides the drawing that holds focus,
    // and the browser then drops focus to the page: a keyboard reader lost their place in the chart. Keep it on the
    // same point (or note) in the drawing now shown. Read the place before the new marks are wired.
    const active = document.activeElement as SVGElement | null;
    const from = active && marks.includes(active) ? active.closest('.chart-variant') : null;
    const at = from ? order(from).indexOf(active!) : -1;
    wire();
    label();
    // Focus elsewhere (the usual case: a drawing arrives as the page settles): the stops, without reading layout.
    if (at < 0) {
      if (!body.contains(document.activeElement)) resetStops();
      else if (active && marks.includes(active) && !shown(active)) setStop(first());
      return;
    }
    const next = path()[at];
    if (next && next !== active) {
      setStop(next);
      next.focus();
    } else if (!shown(active!)) setStop(first());
  });
  // A filter (e.g. timeline-filter.ts) marks hidden marks with data-hidden and announces it: keep the tab stop on a shown mark.
  body.addEventListener('chart:marks-changed', () => {
    label();
    const active = document.activeElement as SVGElement;
    setStop(path().includes(active) ? active : first());
  });
  body.addEventListener('keydown', (e) => {
    const list = path();
    const i = list.indexOf(document.activeElement as SVGElement);
    if (i < 0) return;
    const last = list.length - 1;
    // Home and End go to the first and last data point (annotations follow the points, reached by the arrows).
    const lastPoint = Math.max(list.filter((m) => !m.hasAttribute('data-note')).length - 1, 0);
    let next = i;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(i + 1, last);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(i - 1, 0);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = lastPoint;
    else if (e.key === 'Escape') {
      // Leave the points: focus the chart as a whole with no point tabbable, so Tab goes on to what follows it;
      // the tab stop comes back once focus has left the chart.
      hide();
      setStop(undefined);
      body.focus();
      body.addEventListener('focusout', () => setStop(list[i]), { once: true });
      return;
    } else return;
    e.preventDefault();
    if (next === i) {
      // Focus stays put at either end, so say where the reader is instead of saying nothing.
      say(i === 0 ? words.atFirst : i === lastPoint ? words.atLast : i === last ? words.end : '');
      return;
    }
    setStop(list[next]);
    list[next]!.focus();
  });
}

// The words travel once per page, on its first chart. Without them the charts stay what they are without JavaScript,
// labelled images, rather than speak English on a page in another language.
// Each chart is enhanced in a task of its own (a map has hundreds of marks): on a phone that is a few short tasks
// after the first paint rather than one long one that holds up a tap. <html data-charts-ready> marks the end (the
// browser tests wait for it: tests/helpers/chromium.ts).
const chartWords = document.querySelector<HTMLElement>('.chart-body[data-keys]')?.dataset.keys;
const chartBodies = chartWords ? [...document.querySelectorAll<HTMLElement>('.chart-body[data-enhance]')] : [];
const chartWordList = chartWords ? (JSON.parse(chartWords) as Words) : null;
const step = (n: number) => {
  if (chartWordList && n < chartBodies.length) {
    enhance(chartBodies[n]!, n, chartWordList);
    setTimeout(step, 0, n + 1);
  } else document.documentElement.setAttribute('data-charts-ready', '');
};
// The first chart in a task of its own too, after the module's evaluation.
setTimeout(step, 0, 0);
