/**
 * Stage filter for the every-count chart: wires the toggle buttons EveryCountFilter.astro puts above its drawing.
 * Choosing a stage hides the other stages' groups of rows in every drawing of the figure and closes the gap (each
 * group is a <g data-stage data-y data-h> drawn at build time; the groups shown move up and the drawing's height
 * shrinks), takes the hidden dots out of the keyboard order and the accessibility tree (data-hidden, which
 * chart-enhance.ts skips; aria-hidden; tabindex -1) and hides their rows in the data table. Without JavaScript the
 * buttons are not shown and the whole chart shows. The buttons, the status and the hiding of marks are shared with the
 * timeline's filter (filter-buttons.ts), which dims rather than hides because its events share one time axis. The count
 * it announces comes from the group's data-filter, in the page's language.
 */
import { filterGroup, formatCount, hideMark, pluralWords, wireFilter } from './filter-buttons.ts';

/** Shows only `stage`'s group ('' = all) in one drawing: the groups shown stack from the first group's place. */
function restack(svg: SVGSVGElement, stage: string): void {
  const groups = [...svg.querySelectorAll<SVGGElement>(':scope > g[data-stage][data-y]')];
  const bottomAxis = svg.querySelector<SVGGElement>(':scope > g[data-axis][data-y]');
  if (!groups.length || !bottomAxis) return;
  let y = Number(groups[0]!.dataset.y);
  for (const g of groups) {
    const off = stage !== '' && g.dataset.stage !== stage;
    g.style.display = off ? 'none' : '';
    if (off) continue;
    g.setAttribute('transform', `translate(0,${y})`);
    y += Number(g.dataset.h);
  }
  bottomAxis.setAttribute('transform', `translate(0,${y})`);
  // The drawing's full height, kept at the first change, so "all" restores it exactly.
  const full = Number((svg.dataset.fullHeight ??= String(svg.viewBox.baseVal.height)));
  const height = Math.ceil(y + full - Number(bottomAxis.dataset.y));
  svg.setAttribute('viewBox', `0 0 ${svg.viewBox.baseVal.width} ${height}`);
  svg.setAttribute('height', String(height));
}

function setup(fig: HTMLElement): void {
  const body = fig.querySelector<HTMLElement>('.chart-body');
  const found = filterGroup(fig, 'every-count-filter');
  if (!body || !found) return;
  const { group, words } = found;
  const total = fig.querySelectorAll('tbody tr[data-stage]').length;
  const status = wireFilter(group, body, (stage, announce) => {
    for (const svg of body.querySelectorAll<SVGSVGElement>('svg')) restack(svg, stage);
    for (const el of body.querySelectorAll<SVGElement>('svg [data-stage] [data-tip]')) {
      hideMark(el, stage !== '' && el.closest<SVGElement>('[data-stage]')!.dataset.stage !== stage);
    }
    let shown = 0;
    for (const tr of fig.querySelectorAll<HTMLElement>('tbody tr[data-stage]')) {
      tr.hidden = stage !== '' && tr.dataset.stage !== stage;
      if (!tr.hidden) shown++;
    }
    if (announce) status.textContent = stage ? pluralWords(words.showing, total, { shown: formatCount(shown) }) : pluralWords(words.showingAll, total, {});
    // chart-enhance.ts moves the chart's tab stop to the first mark still shown.
    body.dispatchEvent(new Event('chart:marks-changed'));
  });
}

for (const fig of document.querySelectorAll<HTMLElement>('.chart[data-chart="every-count"]')) setup(fig);
