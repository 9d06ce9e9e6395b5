/**
 * The dataset's shape: the single source of the TypeScript types and of the
 * published JSON Schema (/data/schema.json). Rules a schema cannot express
 * (references, quotes containing values, dates not in the future, personal
 * data) live in validate.ts.
 */
import { z } from 'zod';

/** The four chapters; every event and figure belongs to one. */
export const CHAPTER_IDS = ['icc-warrants', 'filtration', 'adoption-pipeline', 'negotiations'] as const;
export const ChapterId = z.enum(CHAPTER_IDS);

/**
 * How a number was produced (dataset 2.0.0 replaced the 1.x `status`):
 * case-count = a count of individual cases; estimate = an estimate beyond
 * named cases; statement = a statement no one else could check.
 */
export const METHODS = ['case-count', 'estimate', 'statement'] as const;
export const Method = z.enum(METHODS);

/** Who produced a number: a government, an international body, researchers, journalists, a mediator. */
export const PRODUCERS = ['ukraine', 'russia', 'international', 'researchers', 'journalists', 'mediator', 'other-government'] as const;
export const Producer = z.enum(PRODUCERS);

/**
 * Which stage of a child's path a figure counts (the every-count chart filters
 * by it): taken from Ukraine, held in camps or institutions, placed with
 * families or guardians, naturalised as Russian citizens, adopted, returned
 * to Ukraine; none for figures that count something else (votes, sanctions).
 */
export const STAGES = ['taken', 'held', 'placed', 'naturalised', 'adopted', 'returned', 'none'] as const;
export const Stage = z.enum(STAGES);

/**
 * What a source is: the producer's own document (a court, a UN body, a
 * government, a research lab), a news report, or a copy of one of those
 * (a syndication, an aggregator, a reprint) when the original could not be read.
 */
export const SOURCE_KINDS = ['producer', 'news', 'copy'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);

/**
 * An outlet that may be cited only for what it itself says, never as the
 * source of someone else's figure: disinformation = known for it; hostile =
 * hostile to the work it reports on.
 */
export const RESTRICTIONS = ['disinformation', 'hostile'] as const;
export const Restriction = z.enum(RESTRICTIONS);

/** How the source words a number: "at least 6,000", "more than 300", "about 20,000". */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about', 'nearly', 'fewer-than', 'up-to'] as const;
export const Qualifier = z.enum(QUALIFIERS);

export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, single hyphens)');

/** YYYY, YYYY-MM or YYYY-MM-DD. Validity and "not after the release" are checked in validate.ts. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export const FullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

/** A release version: MAJOR.MINOR.PATCH, numbers without leading zeros (semver 2.0.0, no pre-release tag). */
export const Version = z
  .string()
  .regex(/^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)$/, 'must be a semantic version like 1.0.0');

/** Ids of rows in ../shared/research/facts.md (e.g. "DEP-14"), for traceability. */
export const ResearchIds = z.array(z.string().regex(/^[A-Z]+-\d{2}$/, 'must look like DEP-14')).optional();

const HttpUrl = z.url({ protocol: /^https?$/ });

export const Source = z.strictObject({
  id: Id,
  publisher: z.string().min(1),
  title: z.string().min(1),
  kind: SourceKind,
  /** Publication date, as precise as known. Without one, `date_note` says why none can be known (validate.ts). */
  date: PartialDate.optional(),
  /** Why the publication date cannot be known: "The page shows no date; …". */
  date_note: z.string().min(1).optional(),
  /** The publisher's own page (for kind "copy", the copy itself, when the original's address is unknown). */
  url: HttpUrl,
  /** Where the text was actually read when it was not the publisher's page: a syndicated copy or an archive. */
  read_via: HttpUrl.optional(),
  /** BCP 47 language of the publication: en, uk, ru, it, hu, ... */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag'),
  accessed: FullDate,
  /** Set for an outlet that may be cited only for its own statements (validate.ts enforces it). */
  own_statements_only: Restriction.optional(),
  note: z.string().min(1).optional(),
});

/** The fields every figure has, value or range (legacy-v1.ts builds the 1.x figure from them). */
export const figureBase = {
  id: Id,
  /** A short label for charts and tables, in provenance words, never a verdict (checks/verdict.ts): "Children Ukraine has counted, case by case, as deported". */
  label: z.string().min(1),
  chapter: ChapterId,
  unit: z.string().min(1),
  qualifier: Qualifier.default('exact'),
  /** The date the value describes (not the publication date). */
  as_of: PartialDate,
  method: Method,
  producer: Producer,
  /** Which stage of a child's path the figure counts. */
  stage: Stage,
  /** The day someone last looked for a newer value of this figure. */
  checked: FullDate,
  /** The earliest date the same value was already reported: the count has not moved since (validate.ts: not after as_of). */
  unchanged_since: PartialDate.optional(),
  /** Who says so: "Ukraine's government (Children of War portal)". */
  claimant: z.string().min(1),
  sources: z.array(Id).min(1),
  /** Verbatim from sources[0]; it contains the value as the source wrote it. */
  quote: z.string().min(1),
  /** The value exactly as written in the quote when it is a word or unusual format ("seven", "19.5 thousand"). */
  as_written: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  /** Other figures that measure the same thing and disagree. */
  conflicts_with: z.array(Id).optional(),
  research_ids: ResearchIds,
};

export const Figure = z.union([
  z.strictObject({ ...figureBase, value: z.number().finite() }),
  z.strictObject({
    ...figureBase,
    low: z.number().finite(),
    high: z.number().finite(),
  }),
]);

export const SeriesPoint = z.strictObject({
  date: PartialDate,
  value: z.number().finite(),
  qualifier: Qualifier.default('exact'),
  sources: z.array(Id).min(1),
  quote: z.string().min(1),
  as_written: z.string().min(1).optional(),
  claimant: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
  research_ids: ResearchIds,
});

export const SeriesBreak = z.strictObject({
  /** Points dated after this date are counted under the new rule. */
  after: PartialDate,
  label: z.string().min(1),
  note: z.string().min(1),
});

export const Series = z.strictObject({
  id: Id,
  label: z.string().min(1),
  chapter: ChapterId,
  unit: z.string().min(1),
  method: Method,
  producer: Producer,
  stage: Stage,
  /** The day someone last looked for a newer point. */
  checked: FullDate,
  claimant: z.string().min(1),
  /** What is counted, in a sentence a reader understands. */
  definition: z.string().min(1),
  breaks: z.array(SeriesBreak).default([]),
  points: z.array(SeriesPoint).min(1),
  note: z.string().min(1).optional(),
});

export const PRECISIONS = ['day', 'month', 'year'] as const;

export const Event = z.strictObject({
  id: Id,
  date: PartialDate,
  /** Must agree with the date's form: day = YYYY-MM-DD, month = YYYY-MM, year = YYYY. */
  precision: z.enum(PRECISIONS),
  title: z.string().min(1),
  summary: z.string().min(1),
  chapter: ChapterId,
  sources: z.array(Id).min(1),
  research_ids: ResearchIds,
});

export const Place = z.strictObject({
  id: Id,
  /** Today's official English name: "Kyiv", "Donetsk Oblast", "Republic of Tatarstan". */
  name: z.string().min(1),
  /** ISO 3166-2 code: UA-14, RU-ROS. Crimea is UA-43, Sevastopol UA-40. */
  iso: z.string().regex(/^(UA|RU)-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code for Ukraine or Russia'),
  country: z.enum(['UA', 'RU']),
  /** origin: children were taken from here; destination: children were documented here. */
  role: z.enum(['origin', 'destination']),
  /** Ukrainian territory under Russian occupation (in whole or part). */
  occupied: z.boolean().default(false),
  summary: z.string().min(1),
  sources: z.array(Id).min(1),
  quote: z.string().min(1).optional(),
  research_ids: ResearchIds,
});

/** An ISO 3166-1 alpha-3 country code: MNG, TJK, USA. */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as MNG');

/** The two people the ICC's warrants of 17 March 2023 name. */
export const SUSPECTS = ['putin', 'lvova-belova'] as const;

/** A documented foreign trip by one of the suspects since the warrants (the warrant map draws them). */
export const Trip = z.strictObject({
  id: Id,
  person: z.enum(SUSPECTS),
  /** The day (or month, or year) of arrival. */
  date: PartialDate,
  precision: z.enum(PRECISIONS),
  /** The country visited. */
  country: CountryCode,
  /** Where, in words, ending with the country: "Ulaanbaatar, Mongolia". */
  place: z.string().min(1),
  sources: z.array(Id).min(1),
  /** Verbatim from sources[0]; it names the place or the country. */
  quote: z.string().min(1),
  /** An event in which a court or body ruled on the visit (e.g. the ICC's finding that Mongolia failed to arrest him). */
  finding_event: Id.optional(),
  note: z.string().min(1).optional(),
  research_ids: ResearchIds,
});

/** A state whose withdrawal from the Rome Statute took effect after the membership list's date. */
export const Withdrawal = z.strictObject({
  state: CountryCode,
  effective: FullDate,
  sources: z.array(Id).min(1),
  /** Verbatim from sources[0]. */
  quote: z.string().min(1),
});

/** The states parties to the Rome Statute: where the suspects must be arrested. */
export const StatesParties = z.strictObject({
  /** The date the list describes. */
  as_of: PartialDate,
  /** How many states parties the source says there are; `states` must list exactly that many. */
  count: z.number().int().positive(),
  states: z.array(CountryCode).min(1),
  sources: z.array(Id).min(1),
  /** Verbatim from sources[0]; it contains the count. */
  quote: z.string().min(1),
  withdrawals: z.array(Withdrawal).default([]),
  note: z.string().min(1).optional(),
});

export const Dataset = z.strictObject({
  $schema: z.string().optional(),
  title: z.string().min(1),
  description: z.string().min(1),
  version: Version,
  released: FullDate,
  license: z.literal('CC-BY-4.0'),
  sources: z.array(Source).min(1),
  figures: z.array(Figure),
  series: z.array(Series),
  events: z.array(Event),
  places: z.array(Place),
  /** Since dataset 2.2.0. */
  trips: z.array(Trip).default([]),
  /** Since dataset 2.2.0. */
  states_parties: StatesParties.optional(),
});

export type ChapterId = z.infer<typeof ChapterId>;
export type Method = z.infer<typeof Method>;
export type Producer = z.infer<typeof Producer>;
export type Stage = z.infer<typeof Stage>;
export type SourceKind = z.infer<typeof SourceKind>;
export type Restriction = z.infer<typeof Restriction>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Source = z.infer<typeof Source>;
export type Figure = z.infer<typeof Figure>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type Series = z.infer<typeof Series>;
export type Event = z.infer<typeof Event>;
export type Place = z.infer<typeof Place>;
export type Trip = z.infer<typeof Trip>;
export type StatesParties = z.infer<typeof StatesParties>;
export type Dataset = z.infer<typeof Dataset>;
/** The dataset as written in JSON, before defaults are applied. */
export type DatasetInput = z.input<typeof Dataset>;
