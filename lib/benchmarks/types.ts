import type { Population } from "@/lib/domain";

/** One published survey (or the article that reports it), with the sample size of each population. */
export interface BenchmarkSourceDef {
  id: string; // kebab-case, e.g. "accenture-2012"
  publisher: string;
  title: string;
  year: number; // year of fieldwork / publication the figures describe
  fieldwork: string | null; // e.g. "June-September 2010"
  method: string | null; // e.g. "online survey"
  regions: string | null;
  industries: string | null;
  seedFile: string; // file in ../shared/seeds the figures are read from
  samples: { population: Population; n: number; note?: string }[];
  notes?: string;
}

/**
 * "finding": a qualitative, non-numeric finding the seed states in words only ("CMOs regard digital orientation as
 * their weakest capability"); its `value` is always 0 and is never shown or compared.
 */
export type FigureUnit = "percent" | "rank" | "count" | "year-over-year" | "currency-usd" | "finding";

export type FigureBase = { kind: "full" } | { kind: "subgroup"; description: string };

/** One quantitative finding, traceable to a sentence (or a figure's text) of a seed file. */
export interface BenchmarkFigureDef {
  id: string; // kebab-case, unique across the catalogue, e.g. "a2012-need-alignment-cio"
  sourceId: string;
  population: Population;
  topic: string; // groups figures of one list, e.g. "obstacles", "alignment-drivers"
  statement: string; // plain words: "77% of CIOs agree marketing and IT need to be aligned"
  unit: FigureUnit;
  value: number; // percent 0-100; rank k; count; year-over-year: the later value
  valueFrom?: number; // year-over-year: the earlier value
  yearFrom?: number;
  yearTo?: number;
  rankOf?: number; // rank "k of N": N
  /** Sample size behind this figure when it differs from the source's sample for its population. */
  n?: number;
  locator: {
    file: string; // seed file name, e.g. "003_23b1ccd4d58906db.txt"
    figure?: string; // e.g. "Figure 8"
    quote: string; // verbatim text of the seed (whitespace may differ) containing the number
  };
  /**
   * Whom the percentage is of. "full": the whole sample of its population (n = the figure's own n, else the
   * source's sample). A subgroup ("those who feel unprepared"): n is unknown unless the figure states its own n.
   */
  base: FigureBase;
  /**
   * A verbal quantifier ("nearly one-third", "more than half"): the published value is only known to lie in
   * [low, high] (percent). `value` stays the representative point shown to people; tests use the range.
   */
  bounds?: { low: number; high: number };
  /** Who was surveyed: executives (default; every built-in source) or staff at every level. */
  covers?: "executives" | "everyone";
  isDefault: boolean; // false where another source's version of the same finding is the app's default
  variantOf?: string; // id of the default figure this one restates differently
}
