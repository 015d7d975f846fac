// A new benchmark source (a survey wave) added by an admin: the same schema validates the form, the server
// action and every CSV import. Admin-added sources have no seed file, so they must carry their provenance here.
import { z } from "zod";

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "" and whitespace-only values (an empty form field or CSV cell) mean "not given". */
export const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v === null ? undefined : v);

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `At most ${max} characters`).optional());

const requiredText = (min: number, max: number, message: string) =>
  z.string({ error: message }).trim().min(min, message).max(max, `At most ${max} characters`);

const sampleN = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "n must be a whole number" })
    .int("n must be a positive whole number")
    .min(1, "n must be a positive whole number")
    .max(10_000_000, "n is implausibly large")
    .optional(),
);

export const SAMPLE_FIELDS = [
  { field: "sampleMarketing", population: "marketing", label: "CMOs / marketing executives" },
  { field: "sampleIt", population: "it", label: "CIOs / IT executives" },
  { field: "sampleBoth", population: "both", label: "Both (combined total)" },
] as const;

export const ZBenchmarkSourceCreate = z
  .object({
    id: z
      .string({ error: "Enter an id" })
      .trim()
      .min(3, "Enter an id such as accenture-2016")
      .max(64, "At most 64 characters")
      .regex(KEBAB_ID, "Use lowercase letters, digits and hyphens, e.g. accenture-2016"),
    publisher: requiredText(2, 200, "Enter the publisher"),
    title: requiredText(3, 300, "Enter the title"),
    year: z.coerce
      .number({ error: "Enter a year such as 2016" })
      .int("Enter a year such as 2016")
      .min(1990, "Enter a year from 1990")
      .max(2100, "Enter a year up to 2100"),
    fieldwork: requiredText(2, 200, "Say when the fieldwork took place (e.g. June-August 2016)"),
    method: requiredText(2, 200, "Say how the survey was run (e.g. online survey)"),
    regions: optionalText(200),
    industries: optionalText(300),
    notes: optionalText(1000),
    sampleMarketing: sampleN,
    sampleIt: sampleN,
    sampleBoth: sampleN,
  })
  .refine((s) => s.sampleMarketing !== undefined || s.sampleIt !== undefined || s.sampleBoth !== undefined, {
    path: ["sampleMarketing"],
    message: "Enter the sample size (n) of at least one population",
  });
export type TBenchmarkSourceCreate = z.output<typeof ZBenchmarkSourceCreate>;

/** The BenchmarkSample rows of a validated source. */
export function samplesOf(source: TBenchmarkSourceCreate) {
  return SAMPLE_FIELDS.flatMap(({ field, population }) => (source[field] !== undefined ? [{ population, n: source[field]! }] : []));
}
