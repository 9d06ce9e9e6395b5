/**
 * events-timeline: one mark per event with its chapter and a tip; the date's
 * precision visible in the mark's shape (dot, month bar, outlined year bar);
 * empty years cut from the axis and the cut named; key events labelled inside
 * the viewBox without overlaps; and all of it following the data.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { eventsTimeline as chart } from '../../../src/charts/events-timeline.ts';
import { getChart } from '../../../src/charts/index.ts';
import { renderChart } from '../../../src/charts/render.ts';
import { cellOf } from '../../../src/charts/table-cells.ts';
import { latestDataset } from '../../../src/data/load.ts';
import { CHAPTER_IDS, type Dataset } from '../../../src/data/schema.ts';
import { overlaps, svgDoc, textBoxes, viewBox } from './svg-inspect.ts';

const ds = latestDataset();

/** A mark's extent along the time axis and across it; the narrow variant runs time downwards. */
function extent(el: Element, vertical: boolean): { t0: number; t1: number; c: number } {
  const n = (a: string) => Number(el.getAttribute(a));
  if (el.tagName.toLowerCase() === 'circle') {
    const [t, c] = vertical ? [n('cy'), n('cx')] : [n('cx'), n('cy')];
    return { t0: t - n('r'), t1: t + n('r'), c };
  }
  const [t, len, c] = vertical ? [n('y'), n('height'), n('x') + n('width') / 2] : [n('x'), n('width'), n('y') + n('height') / 2];
  return { t0: t, t1: t + len, c };
}

/** The whole text of each label group (a title can wrap over several <text> lines). */
function labelTexts(doc: Document): string[] {
  return [...doc.querySelectorAll('g[data-chapter]')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '));
}

function marksOf(svg: string) {
  const doc = svgDoc(svg);
  return { doc, marks: [...doc.querySelectorAll('[data-tip]')] };
}

describe('events-timeline', () => {
  it('is registered under its URL id in the icc-warrants chapter', () => {
    expect(getChart('events-timeline')).toBe(chart);
    expect(chart.chapter).toBe('icc-warrants');
    expect(chart.requires.events).toBe(true);
  });

  for (const width of [300, 640]) {
    const vertical = width < 480;
    describe(`${width} px (${vertical ? 'vertical' : 'horizontal'})`, () => {
      const svg = chart.render(ds, { width, locale: 'en' });
      const { doc, marks } = marksOf(svg);
      const { w, h } = viewBox(doc);

      it('has the contract root: viewBox, size, font and hidden from assistive technology until enhanced', () => {
        expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} \\d+" width="${width}" height="\\d+" font-family="[^"]+" font-size="12" aria-hidden="true">`));
        expect(w).toBe(width);
        // The narrow drawing is compact: with the embed's title, filter and credit it fits a 1,000 px frame (WordPress's cap).
        if (vertical) expect(h, 'the narrow variant is compact').toBeLessThan(680);
      });

      it('draws one mark per event, each with data-chapter and a "date — title" tip', () => {
        expect(marks).toHaveLength(ds.events.length);
        const tips = marks.map((m) => m.getAttribute('data-tip'));
        expect(new Set(tips).size).toBe(ds.events.length);
        for (const m of marks) expect(CHAPTER_IDS as readonly string[]).toContain(m.getAttribute('data-chapter'));
        const icc = marks.find((m) => m.getAttribute('data-tip') === '17 March 2023 — ICC issues arrest warrants for Putin and Lvova-Belova');
        expect(icc, 'the ICC warrants mark').toBeTruthy();
        expect(icc!.getAttribute('data-chapter')).toBe('icc-warrants');
        for (const e of ds.events) {
          const m = marks.find((x) => x.getAttribute('data-tip')!.endsWith(` — ${e.title}`));
          expect(m?.getAttribute('data-chapter'), e.id).toBe(e.chapter);
        }
      });

      it('lists the marks in date order, so arrow keys walk through time', () => {
        const starts = marks.map((m) => (m.tagName.toLowerCase() === 'circle' ? (extent(m, vertical).t0 + extent(m, vertical).t1) / 2 : extent(m, vertical).t0));
        for (let i = 1; i < starts.length; i++) expect(starts[i]! + 0.2, `mark ${i}`).toBeGreaterThanOrEqual(starts[i - 1]!);
      });

      it('shows precision by shape: a dot for a day, a solid bar for a month, an outlined bar about 12 times longer for a year', () => {
        const byPrecision = (p: string) =>
          marks.filter((m) => ds.events.find((e) => m.getAttribute('data-tip')!.endsWith(` — ${e.title}`))!.precision === p);
        const day = byPrecision('day');
        const month = byPrecision('month');
        const year = byPrecision('year');
        expect(day.length + month.length + year.length).toBe(ds.events.length);
        expect(month.length).toBeGreaterThan(0);
        expect(year.length).toBeGreaterThan(0);
        for (const m of day) expect(m.tagName.toLowerCase()).toBe('circle');
        for (const m of [...month, ...year]) expect(m.tagName.toLowerCase()).toBe('rect');
        for (const m of month) expect(m.hasAttribute('stroke'), 'a month bar is solid').toBe(false);
        for (const m of year) expect(m.getAttribute('stroke'), 'a year bar is outlined').toBeTruthy();
        const len = (m: Element) => extent(m, vertical).t1 - extent(m, vertical).t0;
        const monthLen = len(month[0]!);
        // Horizontal: to scale (a year is 12 months long). Narrow: a stretch whose only event is known to the year (2014)
        // is drawn at a compact length of its own (V_YEAR_ONLY), beyond a cut; its bar still spans several months' length.
        for (const m of year) expect(len(m) / monthLen).toBeGreaterThan(vertical ? 5 : 10);
        for (const m of year) expect(len(m) / monthLen).toBeLessThan(14);
      });

      it('cuts the empty years 2015–2021 out of the axis, says so, and keeps 2014 before 2022', () => {
        expect(doc.querySelector('svg')!.textContent).toContain('2015–21: no events');
        const train = marks.find((m) => m.getAttribute('data-tip')!.startsWith('2014 — '))!;
        const invasion = marks.find((m) => m.getAttribute('data-tip')!.startsWith('24 February 2022 — '))!;
        const gap = extent(invasion, vertical).t0 - extent(train, vertical).t1;
        expect(gap, 'a gap, not seven years of axis').toBeGreaterThan(15);
        const monthLen = (() => {
          const m = marks.find((x) => x.getAttribute('data-tip')!.startsWith('May 2022 — '))!;
          return extent(m, vertical).t1 - extent(m, vertical).t0;
        })();
        expect(gap, 'the cut is far shorter than the 84 months it stands for').toBeLessThan(monthLen * 6);
      });

      it('labels the key events, each inside the viewBox, with no two texts overlapping', () => {
        const labels = labelTexts(doc);
        for (const want of [
          'ICC warrants for Putin and Lvova-Belova 17 Mar 2023',
          'Full-scale invasion 24 Feb 2022',
          'Istanbul talks: list of children handed over 2 Jun 2025',
          'UN General Assembly resolution 3 Dec 2025',
        ]) {
          expect(labels, want).toContain(want);
        }
        const boxes = textBoxes(doc);
        for (const b of boxes) {
          expect(b.x0, `"${b.text}" left edge`).toBeGreaterThanOrEqual(-0.5);
          expect(b.x1, `"${b.text}" right edge`).toBeLessThanOrEqual(w + 0.5);
          expect(b.y0, `"${b.text}" top`).toBeGreaterThanOrEqual(-0.5);
          expect(b.y1, `"${b.text}" bottom`).toBeLessThanOrEqual(h + 0.5);
        }
        expect(overlaps(boxes)).toEqual([]);
      });

      it('names each lane, and the lane names carry data-chapter for the filter', () => {
        const names = [...doc.querySelectorAll('text[data-chapter]')].map((t) => t.textContent);
        expect(names).toEqual(['ICC warrants', 'Filtration', 'Adoption pipeline', 'Negotiations']);
      });

      it('keeps marks apart: no two marks in one lane overlap', () => {
        const boxes = marks.map((m) => ({ ch: m.getAttribute('data-chapter'), ...extent(m, vertical) }));
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.ch !== b.ch || Math.abs(a.c - b.c) > 4) continue;
            expect(Math.min(a.t1, b.t1) - Math.max(a.t0, b.t0), `${marks[i]!.getAttribute('data-tip')} / ${marks[j]!.getAttribute('data-tip')}`).toBeLessThanOrEqual(0.5);
          }
        }
      });

      it('is deterministic', () => {
        expect(chart.render(ds, { width, locale: 'en' })).toBe(svg);
      });
    });
  }

  describe('follows the data (a hand-made fixture)', () => {
    const edited: Dataset = structuredClone(ds);
    edited.events.push({
      id: 'fixture-2018-event',
      date: '2018-06',
      precision: 'month',
      title: 'A fixture event in 2018',
      summary: 'Only in this test.',
      chapter: 'filtration',
      sources: [ds.events[0]!.sources[0]!],
      research_ids: [],
    } as unknown as Dataset['events'][number]);
    // A labelled event left out of this fixture: chart.render draws without its label (renderChart, which checks
    // the chart's requirements, refuses such a dataset: see below).
    edited.events = edited.events.filter((e) => e.id !== 'istanbul-list-handover');
    // A labelled event left out of this fixture: chart.render draws without its label (renderChart, which checks
    // the chart's requirements, refuses such a dataset: see below).
    edited.events = edited.events.filter((e) => e.id !== 'istanbul-list-handover');
    const icc = edited.events.find((e) => e.id === 'icc-warrants-putin-lvova-belova')!;
    icc.date = '2023-03-18';

    for (const width of [300, 640]) {
      it(`${width} px: a new event gets a mark, cuts move around it, labels follow their events`, () => {
        const { doc, marks } = marksOf(chart.render(edited, { width, locale: 'en' }));
        expect(marks).toHaveLength(edited.events.length);
        expect(marks.some((m) => m.getAttribute('data-tip') === 'June 2018 — A fixture event in 2018')).toBe(true);
        const text = doc.querySelector('svg')!.textContent!;
        expect(text).toContain('2015–17: no events');
        expect(text).toContain('2019–21: no events');
        expect(text).not.toContain('2015–21');
        const labels = labelTexts(doc);
        expect(labels).toContain('ICC warrants for Putin and Lvova-Belova 18 Mar 2023');
        expect(labels.join('|')).not.toContain('Istanbul');
        expect(overlaps(textBoxes(doc))).toEqual([]);
      });
    }

    it('fails naming a labelled event the dataset no longer has (a renamed id must not lose its label silently)', () => {
      const renamed: Dataset = structuredClone(ds);
      renamed.events = renamed.events.filter((e) => e.id !== 'istanbul-list-handover');
      expect(() => renderChart(chart, renamed, { locale: 'en' })).toThrow(/chart "events-timeline".*event "istanbul-list-handover" is missing/);
    });

    it('renders a lane with no events, and fails by name with no events at all', () => {
      // The negotiations lane emptied: its events filed under another chapter (labelled events must stay in the dataset).
      const noTalks: Dataset = structuredClone(ds);
      noTalks.events = noTalks.events.map((e) => (e.chapter === 'negotiations' ? { ...e, chapter: 'filtration' as const } : e));
      const r = renderChart(chart, noTalks, { locale: 'en' });
      for (const v of r.variants) expect(marksOf(v.svg).marks).toHaveLength(noTalks.events.length);
      expect(r.text.alt).toContain('Negotiations (0)');
      const none: Dataset = structuredClone(ds);
      none.events = [];
      expect(() => renderChart(chart, none, { locale: 'en' })).toThrow(/chart "events-timeline".*events/);
    });
  });

  describe('text and table', () => {
    const r = renderChart(chart, ds, { locale: 'en' });

    it('states the counts in the takeaway and the text alternative', () => {
      const since2022 = ds.events.filter((e) => Number(e.date.slice(0, 4)) >= 2022).length;
      expect(r.text.subtitle).toContain(`${since2022} of the ${ds.events.length} recorded events date from 2022 onward`);
      expect(r.text.alt).toContain(`A timeline of ${ds.events.length} events`);
      for (const ch of CHAPTER_IDS) {
        const n = ds.events.filter((e) => e.chapter === ch).length;
        // The chapter's name as the site's dictionary gives it (src/i18n/en.ts), not lower-cased by hand.
        expect(r.text.alt).toContain(`${t(`chapter.${ch}`, {}, 'en')} (${n})`);
      }
      expect(r.text.alt).toContain('ICC warrants for Putin and Lvova-Belova (17 March 2023)');
      expect(r.text.notes.join(' ')).toContain('leaves out 2015–2021');
      expect(r.text.methods).toEqual([]);
    });

    it('lists every event in date order, with date as precise as known, precision, chapter, title and publishers', () => {
      expect(r.table.columns.map((c) => c.key)).toEqual(['date', 'precision', 'chapter', 'title', 'sources']);
      expect(r.table.rows).toHaveLength(ds.events.length);
      expect(r.table.rowAttrs).toHaveLength(ds.events.length);
      expect(r.table.rows[0]).toMatchObject({ date: '2014', precision: 'year', chapter: 'Adoption pipeline' });
      const i = r.table.rows.findIndex((row) => row.title === 'ICC issues arrest warrants for Putin and Lvova-Belova');
      // ISO dates in the table (and so the CSV); a page shows them in words inside <time> (table-cells.ts).
      expect(r.table.columns[0]!.date, 'the date column is marked as dates').toBe(true);
      expect(r.table.rows[i]).toMatchObject({ date: '2023-03-17', precision: 'day', chapter: 'ICC warrants' });
      expect(cellOf(r.table, r.table.columns[0]!, r.table.rows[i]!, 'en')).toEqual({ iso: '2023-03-17', shown: '17 March 2023' });
      expect(r.table.rows[i]!.sources).toContain('International Criminal Court');
      expect(r.table.rowAttrs![i]).toEqual({ 'data-chapter': 'icc-warrants' });
      const may = r.table.rows.find((row) => row.date === '2022-05');
      expect(may?.precision).toBe('month');
      const istanbul = r.table.rows.find((row) => String(row.title).includes('Istanbul'))!;
      expect(istanbul.sources, 'publishers named once each').toBe('Interfax-Ukraine; UNN; Censor.NET');
      for (let k = 0; k < ds.events.length; k++) {
        const row = r.table.rows[k]!;
        const e = ds.events.find((x) => x.title === row.title)!;
        expect(r.table.rowAttrs![k]!['data-chapter'], e.id).toBe(e.chapter);
      }
    });
  });
});
