/**
 * Drives scrolling sequences (src/components/Scrolly.astro). When a sequence
 * nears the screen it fetches the drawing of each state at the width the
 * chart is shown (/charts/<id>/<width>-<state>.svg, same origin), marks the
 * sequence live (sticky chart, spaced steps) and shows the state of the step
 * that last crossed the reading line: 75% down the screen on phones, where
 * the text passes below the chart, and the middle of the screen on desktops,
 * where it passes beside it. One IntersectionObserver per sequence watches a
 * one-pixel band at that line, so scrolling does no work of its own. Each
 * state is announced once, politely, when its step reaches the line (the
 * first step's too, though its drawing is up already: nothing is said before
 * a step is reached). The chart's one image keeps the full text alternative
 * as its name whatever state is shown: the state drawings added here have no
 * role or name, and the state's label is only in the live region, read after
 * the image. States swap without motion, so prefers-reduced-motion needs nothing more. If a drawing
 * cannot be fetched, the sequence stays as it is without JavaScript: full
 * chart, all steps.
 */
import { fetchDrawings } from './chart-drawing.ts';

const DESKTOP = matchMedia('(min-width: 64rem)');

/** Every state's drawing at `width`, in the page's language (`base`: '' or '/uk'); null if any is missing. */
function drawings(base: string, id: string, width: number, keys: string[]): Promise<Map<string, string> | null> {
  return fetchDrawings(keys.map((k) => [k, `${base}/charts/${id}/${width}-${encodeURIComponent(k)}.svg`] as const));
}

/** Every state is in the page at once (all but one hidden): ids inside each drawing (patterns) get the state's suffix. */
function uniqueIds(svg: string, key: string): string {
  const sfx = `-s-${key.replace(/[^\w-]/g, '')}`;
  return svg
    .replace(/\bid="([^"]+)"/g, `id="$1${sfx}"`)
    .replace(/url\(#([^)]+)\)/g, `url(#$1${sfx})`)
    .replace(/href="#([^"]+)"/g, `href="#$1${sfx}"`);
}

/** One task: lets the browser draw and answer taps between pieces of work (each state is a drawing to parse). */
const task = () => new Promise<void>((go) => setTimeout(go));

/** `frameWidth`: the frame's width as the intersection measured it (reading it here would force a layout while the page settles). */
async function start(section: HTMLElement, frameWidth: number): Promise<void> {
  const id = section.dataset.scrolly!;
  const labels = JSON.parse(section.dataset.labels ?? '{}') as Record<string, string>;
  const steps = [...section.querySelectorAll<HTMLElement>('.scrolly-step')];
  const frame = section.querySelector<HTMLElement>('.scrolly-frame')!;
  const full = frame.querySelector<HTMLElement>('.scrolly-state.is-full')!;
  const live = section.querySelector<HTMLElement>('[data-scrolly-live]')!;
  const keys = [...new Set(steps.map((s) => s.dataset.show ?? ''))].filter((k) => k in labels);
  if (!steps.length || !keys.length) return;
  // The drawing for the width the chart is shown at: the widest one that needs shrinking by at most 10% (never enlarged).
  const widths = (section.dataset.widths ?? '').split(' ').map(Number).filter(Boolean).sort((a, b) => a - b);
  const width = [...widths].reverse().find((w) => w * 0.9 <= frameWidth) ?? widths[0]!;
  // The drawings in the page's language: /uk/charts/… on a Ukrainian page (data-base), /charts/… in English.
  const svgs = await drawings(section.dataset.base ?? '', id, width, keys);
  if (!svgs) return;
  const states = new Map<string, HTMLElement>();
  // The first step's state first; each drawing is parsed in a task of its own (a phone would otherwise spend one long
  // task on them all while the page settles), and the sequence goes live once all are in.
  const first = steps[0]!.dataset.show ?? '';
  for (const [k, svg] of [...svgs].sort(([a], [b]) => Number(b === first) - Number(a === first))) {
    const div = document.createElement('div');
    div.className = 'chart-body scrolly-state';
    div.dataset.state = k;
    // No role or name: the drawing sits inside the frame's one image, whose name is the full text alternative.
    div.hidden = true;
    div.innerHTML = `<div class="chart-variant" style="max-width:${width}px">${uniqueIds(svg, k)}</div>`;
    frame.append(div);
    states.set(k, div);
    await task();
  }
  section.classList.add('is-live');
  let current = '';
  // The state last announced: '' until a step has reached the line.
  let said = '';
  const draw = (key: string) => {
    current = key;
    full.hidden = true;
    for (const [k, div] of states) div.hidden = k !== key;
    section.dataset.active = key;
  };
  const show = (step: HTMLElement) => {
    for (const s of steps) s.classList.toggle('is-active', s === step);
    const key = step.dataset.show ?? '';
    if (key !== current) draw(key);
    if (key === said) return;
    said = key;
    live.textContent = labels[key] ?? '';
  };
  // Before the first step reaches the line, the chart already shows the first step's state, silently.
  draw(first);

  let io: IntersectionObserver | undefined;
  const observe = () => {
    io?.disconnect();
    const line = DESKTOP.matches ? 50 : 75;
    io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) show(e.target as HTMLElement);
      },
      { rootMargin: `-${line}% 0px -${99 - line}% 0px` },
    );
    for (const s of steps) io.observe(s);
  };
  observe();
  DESKTOP.addEventListener('change', observe);
}

const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
if (sections.length && 'IntersectionObserver' in window) {
  const near = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        near.unobserve(e.target);
        void start(e.target.closest<HTMLElement>('[data-scrolly]')!, e.boundingClientRect.width);
      }
    },
    { rootMargin: '150% 0px' },
  );
  // The frame is watched (not the section): its box is the width the drawings are chosen for.
  for (const s of sections) near.observe(s.querySelector('.scrolly-frame') ?? s);
}
