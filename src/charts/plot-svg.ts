/**
 * Observable Plot at build time: Plot draws into a server-side document (linkedom, dom.ts) and this module turns
 * the result into markup a page can inline under the site's rules. Plot's own <style> element and generated class
 * names go (the CSP allows no inline styles, and the page styles charts through chart.css and palette variables),
 * so do its aria-labels (the chart's root is hidden from assistive technology; the figure carries one text
 * alternative), and coordinates are rounded to one decimal (smaller and deterministic golden files). Layout stays
 * ours: callers measure text with text.ts and pass positions and margins to Plot; Plot's own text metrics are
 * never used.
 */
import * as Plot from '@observablehq/plot';
import { createDocument } from './dom.ts';

/** Attributes whose numbers are coordinates. */
const COORDS = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'width', 'height', 'points']);

function round(value: string): string {
  return value.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function clean(el: Element): void {
  for (const s of [...el.querySelectorAll('style')]) s.remove();
  for (const node of [el, ...el.querySelectorAll('*')]) {
    for (const name of [...node.getAttributeNames()]) {
      if (name === 'class' || name === 'style' || name === 'aria-label' || name === 'aria-description') node.removeAttribute(name);
      else if (COORDS.has(name)) node.setAttribute(name, round(node.getAttribute(name)!));
    }
  }
}

/**
 * Draws `options` with Plot and returns the marks' markup (the children of Plot's <svg>, in a <g> with the text
 * anchor Plot's root gave them), for the caller's own
 * root or group. `decorate` runs on Plot's SVG before it is cleaned: for attributes Plot has no option for
 * (data-tip on each mark, found by the className the caller gave the mark).
 */
export function plotMarks(options: Plot.PlotOptions, decorate?: (svg: Element) => void): string {
  const svg = Plot.plot({ ...options, document: createDocument() }) as unknown as Element;
  decorate?.(svg);
  // Plot's root sets the text anchor its text marks inherit (middle); the caller's root does not, so a group keeps it.
  const anchor = svg.getAttribute('text-anchor');
  clean(svg);
  const marks = [...svg.children].map((c) => c.outerHTML).join('');
  return anchor ? `<g text-anchor="${anchor}">${marks}</g>` : marks;
}
