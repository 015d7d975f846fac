// A benchmark figure of an admin-added source: the same rules as the built-in catalogue's validator
// (lib/benchmarks/validate.ts), shared by the "Add a figure" form, its server action and the CSV import.
import { z } from "zod";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import { POPULATIONS } from "@/lib/domain";
import { blankToUndefined, KEBAB_ID, optionalText } from "./benchmark-source";

export const FIGURE_UNITS = ["percent", "rank", "count", "year-over-year", "currency-usd", "finding"] as const;
/** Who a source surveyed: executives (the default, every built-in source) or staff at every level. */
export const FIGURE_COVERS = ["executives", "everyone"] as const;

const optionalNumber = z.preprocess(blankToUndefined, z.coerce.number({ error: "Enter a number" }).optional());
const optionalInt = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).min(1, message).optional());
const kebab = (what: string, example: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(2, `Enter the ${what}`)
    .max(80, "At most 80 characters")
    .regex(KEBAB_ID, `Use lowercase letters, digits and hyphens, e.g. ${example}`);

const figureFields = {
  id: kebab("figure id", "a16-need-alignment-cio"),
  population: z.enum(POPULATIONS, { error: "Choose marketing, it or both" }),
  topic: kebab("topic", "alignment-drivers"),
  statement: z.string({ error: "Enter the statement" }).trim().min(5, "Enter the statement in plain words").max(500, "At most 500 characters"),
  unit: z.enum(FIGURE_UNITS, { error: `Choose a unit: ${FIGURE_UNITS.join(", ")}` }),
  value: z.preprocess(blankToUndefined, z.coerce.number({ error: "Enter the value as a number" })),
  valueFrom: optionalNumber,
  yearFrom: optionalInt("Enter a year"),
  yearTo: optionalInt("Enter a year"),
  rankOf: optionalInt("rankOf must be a positive whole number"),
  n: optionalInt("n must be a positive whole number"),
  /**
   * Whom the percentage is of when it is not the whole sample of its population, in words ("marketers who feel
   * unprepared"). Blank = the full sample. A subgroup's n is unknown unless `n` is given.
   */
  baseSubgroup: optionalText(300),
  /** A verbal quantifier ("nearly one-third") as the range it allows, in percent: both or neither. */
  boundLow: optionalNumber,
  boundHigh: optionalNumber,
  /** Who was surveyed; blank = executives (stored as "executives"). */
  covers: z.preprocess(blankToUndefined, z.enum(FIGURE_COVERS, { error: `Choose who was surveyed: ${FIGURE_COVERS.join(" or ")}` }).optional()),
  locatorFile: z.string({ error: "Name the document or give its URL" }).trim().min(1, "Name the document or give its URL").max(500, "At most 500 characters"),
  locatorFigure: optionalText(100),
  locatorQuote: z
    .string({ error: "Copy the sentence that states the figure, word for word" })
    .trim()
    .min(1, "Copy the sentence that states the figure, word for word")
    .max(2000, "At most 2,000 characters"),
  /**
   * Optional: the id of a library figure that this one measures again (the same question, a later wave). The
   * cross-organization comparison then shows this figure too, against the same questionnaire item and answers.
   */
  sameMeasureAs: z.preprocess(blankToUndefined, kebab("id of the figure measured the same way", "a12-need-alignment-cio").optional()),
};

const ZFigureFields = z.object(figureFields);
type FigureShape = z.output<typeof ZFigureFields>;

/** The unit rules of validateCatalogue, as zod issues on the offending field. */
function checkUnit(f: FigureShape, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  switch (f.unit) {
    case "percent":
      if (f.value < 0 || f.value > 100) issue("value", `A percent must be between 0 and 100 (got ${f.value})`);
      break;
    case "rank":
      if (!Number.isInteger(f.value) || f.value < 1) issue("value", `A rank must be a whole number from 1 (got ${f.value})`);
      else if (f.rankOf !== undefined && f.value > f.rankOf) issue("value", `Rank ${f.value} is greater than rankOf ${f.rankOf}`);
      break;
    case "count":
    case "currency-usd":
      if (f.value < 0) issue("value", `A ${f.unit} cannot be negative (got ${f.value})`);
      break;
    case "finding":
      if (f.value !== 0) issue("value", `A finding has no number: enter 0 as its value (got ${f.value})`);
      if (f.n !== undefined) issue("n", "A finding has no n");
      break;
    case "year-over-year":
      if (f.value < 0 || f.value > 100) issue("value", `A year-over-year value is a percent between 0 and 100 (got ${f.value})`);
      if (f.valueFrom === undefined) issue("valueFrom", "Year-over-year needs the earlier value");
      else if (f.valueFrom < 0 || f.valueFrom > 100) issue("valueFrom", `The earlier value must be between 0 and 100 (got ${f.valueFrom})`);
      if (f.yearFrom === undefined) issue("yearFrom", "Year-over-year needs the earlier year");
      if (f.yearTo === undefined) issue("yearTo", "Year-over-year needs the later year");
      if (f.yearFrom !== undefined && f.yearTo !== undefined && f.yearFrom >= f.yearTo) issue("yearFrom", `${f.yearFrom} is not before ${f.yearTo}`);
      break;
  }
  if (f.unit !== "rank" && f.rankOf !== undefined) issue("rankOf", 'rankOf is only for unit "rank"');
  // bounds: the same rules as validateCatalogue (inside 0-100, low < high, low <= value <= high)
  const { boundLow: low, boundHigh: high } = f;
  if (low !== undefined || high !== undefined) {
    if (f.unit !== "percent") issue(low !== undefined ? "boundLow" : "boundHigh", 'Bounds are only for unit "percent"');
    else if (low === undefined) issue("boundLow", "Give both bounds, or neither");
    else if (high === undefined) issue("boundHigh", "Give both bounds, or neither");
    else if (low < 0 || low > 100) issue("boundLow", `A bound must be between 0 and 100 (got ${low})`);
    else if (high < 0 || high > 100) issue("boundHigh", `A bound must be between 0 and 100 (got ${high})`);
    else if (!(low < high)) issue("boundLow", `The low bound ${low} must be below the high bound ${high}`);
    else if (f.value < low || f.value > high) issue("value", `The value ${f.value} must lie within its bounds ${low} to ${high}`);
  }
  if (f.sameMeasureAs !== undefined && f.unit !== "percent") issue("sameMeasureAs", 'Only a percent can measure the same as another figure');
  if (f.sameMeasureAs !== undefined && f.sameMeasureAs === f.id) issue("sameMeasureAs", "A figure cannot measure the same as itself");
  if (f.unit !== "year-over-year") {
    for (const key of ["valueFrom", "yearFrom", "yearTo"] as const) {
      if (f[key] !== undefined) issue(key, `${key} is only for unit "year-over-year"`);
    }
  }
}

/** One figure (CSV import: the source comes from the file). */
export const ZBenchmarkFigureCreate = ZFigureFields.superRefine(checkUnit);
export type TBenchmarkFigureCreate = z.output<typeof ZBenchmarkFigureCreate>;

/** The "Add a figure" form and its action: a figure for an existing admin-added source. */
export const ZBenchmarkFigureAdd = z
  .object({ ...figureFields, sourceId: z.string().trim().min(1).max(64).regex(KEBAB_ID, "Unknown source") })
  .superRefine(checkUnit);
export type TBenchmarkFigureAdd = z.output<typeof ZBenchmarkFigureAdd>;

/** The definition a validated figure becomes (admin-added figures are always the default for their finding). */
export function figureDefOf(sourceId: string, f: TBenchmarkFigureCreate): BenchmarkFigureDef {
  return {
    id: f.id,
    sourceId,
    population: f.population,
    topic: f.topic,
    statement: f.statement,
    unit: f.unit,
    value: f.value,
    ...(f.valueFrom !== undefined ? { valueFrom: f.valueFrom } : {}),
    ...(f.yearFrom !== undefined ? { yearFrom: f.yearFrom } : {}),
    ...(f.yearTo !== undefined ? { yearTo: f.yearTo } : {}),
    ...(f.rankOf !== undefined ? { rankOf: f.rankOf } : {}),
    ...(f.n !== undefined ? { n: f.n } : {}),
    base: f.baseSubgroup ? { kind: "subgroup", description: f.baseSubgroup } : { kind: "full" },
    ...(f.boundLow !== undefined && f.boundHigh !== undefined ? { bounds: { low: f.boundLow, high: f.boundHigh } } : {}),
    ...(f.covers ? { covers: f.covers } : {}),
    locator: { file: f.locatorFile, ...(f.locatorFigure ? { figure: f.locatorFigure } : {}), quote: f.locatorQuote },
    isDefault: true,
    ...(f.sameMeasureAs ? { variantOf: f.sameMeasureAs } : {}),
  };
}
