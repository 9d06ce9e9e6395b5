/**
 * Lazy column drawings: a figure placed with `lazy` (Chart.astro) leaves its
 * 300 and 640 px drawings out of the page's HTML (with `lazy="wide"`, the 640 px one only); this script fetches them
 * (/charts/<id>/<width>.svg, /uk/charts/… on a Ukrainian page: Chart.astro writes data-src in the page's
 * language) when the figure nears the screen, or
 * once the page is idle after loading, whichever comes first, so the drawings
 * are in place before a reader scrolls to them or prints. Without JavaScript
 * the figure shows the standalone drawing from its <noscript>.
 */
import { fetchDrawing } from './chart-drawing.ts';

const pending = new Map<HTMLElement, Promise<void>>();

async function fillVariant(v: HTMLElement): Promise<void> {
  // Without its drawing the figure keeps its title, notes and data table; the drawing is missing only until the next visit.
  const svg = await fetchDrawing(v.dataset.src!);
  if (svg) v.innerHTML = svg;
}

export function loadLazy(body: HTMLElement): Promise<void> {
  let p = pending.get(body);
  if (!p) {
    const variants = [...body.querySelectorAll<HTMLElement>(':scope > .chart-variant[data-src]')];
    p = Promise.all(variants.map(fillVariant)).then(() => {
      body.dataset.lazy = 'done';
      // chart-enhance.ts wires the new marks (focus, tooltips); timeline-filter.ts re-applies its choice.
      body.dispatchEvent(new CustomEvent('chart:variants-changed', { bubbles: true }));
    });
    pending.set(body, p);
  }
  return p;
}

const bodies = [...document.querySelectorAll<HTMLElement>('.chart-body[data-lazy="pending"]')];
// With scripts running the <noscript> fallback is dead text in the drawing's group: gone, so nothing (a virtual
// screen reader, a copy of the group's text) can read its markup out.
// (A figure lazy only in its wide drawing keeps its fallback inside that drawing's slot.)
for (const b of bodies) for (const n of b.querySelectorAll(':scope > noscript, :scope > .chart-variant[data-src] > noscript')) n.remove();
if (bodies.length) {
  const loadAll = () => bodies.forEach((b) => void loadLazy(b));
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (!e.isIntersecting) continue;
          io.unobserve(e.target);
          void loadLazy(e.target as HTMLElement);
        }
      },
      { rootMargin: '100% 0px' },
    );
    bodies.forEach((b) => io.observe(b));
  }
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(loadAll, { timeout: 2000 }) : setTimeout(loadAll, 500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
  addEventListener('beforeprint', loadAll);
}
