/**
 * The chart contract. A chart is a pure function of the dataset and options:
 * the same definition renders at build time, in tests and (for re-rendering)
 * anywhere else, and knows nothing about Astro.
 */
import type { ChapterId, Dataset, Method } from '../data/schema.ts';
import type { Locale } from '../i18n/index.ts';
import type { ChartKey } from '../i18n/charts.ts';
import type { SwatchShape } from './method-mark.ts';

export interface ChartOptions {
  /** Width in CSS px the SVG is drawn for (its viewBox width). */
  width: number;
  /** The language of every word the chart draws (src/i18n/charts.*.ts); required, never defaulted. */
  locale: Locale;
  /** A state for a scrolling sequence: one of the chart's `states` keys; omitted = the full chart. */
  state?: string;
}

export interface ChartText {
  /** A short title: what is shown. */
  title: string;
  /** One line that states the takeaway. */
  subtitle: string;
  /** The text alternative: what the chart shows, in one or two sentences, with the key numbers. */
  alt: string;
  /** Caveats a reader needs, each a sentence or two. */
  notes: string[];
  /** Ids of dataset sources behind the chart, for the source line. */
  sources: string[];
  /** Which methods (case count, estimate, statement) appear, for the legend. */
  methods: Method[];
}

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** An ISO date (2022, 2022-05, 2022-05-01): the page shows it as a date in its language, the CSV keeps it. */
  date?: boolean;
  /** The key of the numeric column this one words ("at least 400"): the page shows a cell only where the words add
   * something to the number, and the column only if one does; the CSV keeps both. */
  restates?: string;
  /** Names as the dataset writes them (who said it, the publishers): a cell in Latin letters on a page in another
   * language is marked lang="en", so a screen reader says "International Criminal Court" in English. */
  names?: boolean;
}
export interface ChartTable {
  columns: TableColumn[];
  rows: Array<Record<string, string | number>>;
  /** Optional HTML attributes per row, same index as `rows` (e.g. {"data-chapter": "filtration"} for a filter); not in the CSV. */
  rowAttrs?: Array<Record<`data-${string}`, string>>;
}

export interface ChartDefinition {
  /** The URL contract: /charts/<id>/. */
  id: string;
  chapter: ChapterId;
  /** Dataset ids the chart needs; the build fails naming any that is missing or empty. */
  requires: { figures?: string[]; series?: string[]; events?: boolean; places?: boolean; trips?: boolean; states_parties?: boolean; /** Event ids the chart names (labels keyed by id): a missing one fails the build by name. */ eventIds?: string[] };
  describe(ds: Dataset, locale: Locale): ChartText;
  /** The SVG markup, <svg ...>...</svg>. Colours through palette.color(), so the page's theme applies. */
  render(ds: Dataset, opts: ChartOptions): string;
  /** The same data as a table, for the <details> under the chart and the CSV download. */
  table(ds: Dataset, locale: Locale): ChartTable;
  /**
   * For a state that brings part of the data forward (a chapter's annotated state): the table rows and the sources
   * of that part, so the figure's table and source line say what the state is about. Undefined (or no hook): the full
   * chart's table and sources. The chart page, CSV and embeds always keep the full table.
   */
  stateData?(ds: Dataset, locale: Locale, state: string): { table: ChartTable; sources: string[] } | undefined;
  /** Widths to draw, narrow first. Default: [300, 640]. */
  widths?: number[];
  /**
   * The width drawn for a figure that breaks out of the text column at desktop widths (1024 px and wider).
   * Default: BREAKOUT_WIDTH (960). `false`: the chart stays at its widest `widths` entry.
   */
  breakout?: number | false;
  /** The shape of the legend's method swatches, matching the marks: 'dot' for a dot chart. Default: 'rect'. */
  swatch?: SwatchShape;
  /** Named states a scrolling sequence can step through (key → the chart-dictionary key saying what the state shows). */
  states?: Record<string, ChartKey>;
  /**
   * The state an embed shows instead of the full chart: for a chart whose full drawing is taller than a host's column
   * allows (embeds stay under 1,000 px); the state's drawing must say that the chart page has the full chart.
   */
  embedState?: string;
}
