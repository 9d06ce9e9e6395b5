/**
 * Breakout drawings: at desktop widths a figure in the reading column widens
 * to about 960 px (chart.css). Pages inline only the column drawings (300 and
 * 640 px); this script fetches the drawing made for the wide figure
 * (/charts/<id>/breakout.svg, same origin) once the figure is near the screen
 * and has room for it, and adds it as a third variant that CSS shows in place
 * of the 640 px one, so no text is ever scaled up. Without JavaScript the
 * 640 px drawing stays, centred at its own size.
 */
import { fetchDrawing } from './chart-drawing.ts';

const MIN = 960;

function attach(body: HTMLElement, svg: string): HTMLElement | null {
  if (body.querySelector('.v-xl')) return null;
  const div = document.createElement('div');
  div.className = 'chart-variant v-xl';
  div.style.maxWidth = `${MIN}px`;
  div.innerHTML = svg;
  body.append(div);
  body.classList.add('has-xl');
  // chart-enhance.ts wires the new marks (focus, tooltips).
  body.dispatchEvent(new CustomEvent('chart:variants-changed', { bubbles: true }));
  return div;
}

/** The height the wide drawing will take in `body`: Chart.astro writes its drawn height as --xl-h (null if absent). */
function shownHeight(body: HTMLElement): number | null {
  const h = parseFloat(body.style.getPropertyValue('--xl-h'));
  return Number.isFinite(h) ? (h * Math.min(MIN, body.clientWidth)) / MIN : null;
}

function onScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}

/**
 * Attach the drawing. If it would shorten a figure on screen, it keeps the figure's height (centred in it) until the
 * reader has scrolled the figure away, then lets go of it: below the screen nothing visible moves, and above it
 * scroll anchoring keeps the text in place.
 */
function attachWhenQuiet(body: HTMLElement, svg: string): void {
  const h = shownHeight(body);
  const before = body.getBoundingClientRect().height;
  const shrinks = h !== null && h < before - 1;
  const div = attach(body, svg);
  if (!div || !shrinks || !onScreen(body)) return;
  div.style.minHeight = `${before}px`;
  div.classList.add('is-held');
  const away = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) return;
    away.disconnect();
    div.style.minHeight = '';
    div.classList.remove('is-held');
  });
  away.observe(body);
}

export async function loadBreakout(body: HTMLElement, src: string): Promise<void> {
  // Without it the 640 px drawing stays: nothing is lost but width.
  const svg = await fetchDrawing(src);
  if (svg) attachWhenQuiet(body, svg);
}

const bodies = [...document.querySelectorAll<HTMLElement>('.chart-body[data-breakout]')];
if (bodies.length && 'IntersectionObserver' in window) {
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const body = e.target as HTMLElement;
        // The entry's box, measured with the intersection: reading clientWidth here would force a layout while the
        // page settles.
        if (e.boundingClientRect.width < MIN - 1) continue;
        io.unobserve(body);
        void loadBreakout(body, body.dataset.breakout!);
      }
    },
    { rootMargin: '100% 0px' },
  );
  const watch = () => {
    for (const b of bodies) if (!b.classList.contains('has-xl')) io.observe(b);
  };
  watch();
  // A window widened later (or a rotated tablet) gets the drawing too.
  matchMedia('(min-width: 64rem)').addEventListener('change', (m) => m.matches && (io.disconnect(), watch()));
}
