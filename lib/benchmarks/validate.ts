// Structural checks of a benchmark catalogue (the built-in seed input, and the library as an admin changes it).
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "./types";

/** The five seed documents (in /work/shared/seeds) every source and figure must come from. */
export const SEED_FILES = [
  "000_ee9173bdf3b4b9fb.txt",
  "001_19245c90446d61a9.txt",
  "002_15d9e0ffcb1c0b56.txt",
  "003_23b1ccd4d58906db.txt",
  "004_e52e475494d71f1e.txt",
] as const;
export type SeedFile = (typeof SEED_FILES)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POPULATIONS: readonly string[] = ["marketing", "it", "both"];
const UNITS: readonly string[] = ["percent", "rank", "count", "year-over-year", "currency-usd", "finding"];
const COVERS: readonly string[] = ["executives", "everyone"];

/**
 * Structural checks of a catalogue. Returns one message per problem, each naming the offending record; an empty
 * array means the catalogue is consistent. (That every quote is really in its seed file is checked by the tests,
 * which read the files.)
 */
export function validateCatalogue(
  sources: readonly BenchmarkSourceDef[],
  figures: readonly BenchmarkFigureDef[],
): string[] {
  const errors: string[] = [];
  const seeds: readonly string[] = SEED_FILES;

  const sourceIds = new Map<string, BenchmarkSourceDef>();
  for (const s of sources) {
    const where = `source "${s.id}"`;
    if (sourceIds.has(s.id)) errors.push(`duplicate source id: ${where}`);
    else sourceIds.set(s.id, s);
    if (!KEBAB.test(s.id)) errors.push(`${where}: id is not kebab-case`);
    if (!seeds.includes(s.seedFile)) errors.push(`${where}: seed file "${s.seedFile}" is not one of the seed files`);
    if (!Number.isInteger(s.year) || s.year < 1900 || s.year > 2100) errors.push(`${where}: implausible year ${s.year}`);
    const populations = new Set<string>();
    for (const sample of s.samples) {
      if (!POPULATIONS.includes(sample.population)) errors.push(`${where}: unknown sample population "${sample.population}"`);
      if (populations.has(sample.population)) errors.push(`${where}: two samples for population "${sample.population}"`);
      populations.add(sample.population);
      if (!Number.isInteger(sample.n) || sample.n < 1) errors.push(`${where}: sample "${sample.population}" n ${sample.n} is not a positive integer`);
    }
  }

  const figureIds = new Map<string, BenchmarkFigureDef>();
  for (const f of figures) {
    if (figureIds.has(f.id)) errors.push(`duplicate figure id: figure "${f.id}"`);
    else figureIds.set(f.id, f);
  }

  for (const f of figures) {
    const where = `figure "${f.id}"`;
    if (!KEBAB.test(f.id)) errors.push(`${where}: id is not kebab-case`);
    if (!KEBAB.test(f.topic)) errors.push(`${where}: topic "${f.topic}" is not kebab-case`);
    if (!POPULATIONS.includes(f.population)) errors.push(`${where}: unknown population "${f.population}"`);
    if (!UNITS.includes(f.unit)) errors.push(`${where}: unknown unit "${f.unit}"`);
    if (!f.statement.trim()) errors.push(`${where}: empty statement`);
    if (!Number.isFinite(f.value)) errors.push(`${where}: value is not a finite number`);

    const source = sourceIds.get(f.sourceId);
    if (!source) errors.push(`${where}: source "${f.sourceId}" does not exist`);
    if (!seeds.includes(f.locator.file)) errors.push(`${where}: seed file "${f.locator.file}" is not one of the seed files`);
    else if (source && source.seedFile !== f.locator.file)
      errors.push(`${where}: quoted from "${f.locator.file}" but its source "${source.id}" is "${source.seedFile}"`);
    if (!f.locator.quote.trim()) errors.push(`${where}: empty quote`);

    switch (f.unit) {
      case "percent":
        if (f.value < 0 || f.value > 100) errors.push(`${where}: percent ${f.value} is outside 0-100`);
        break;
      case "rank":
        if (!Number.isInteger(f.value) || f.value < 1) errors.push(`${where}: rank ${f.value} is not an integer >= 1`);
        if (f.rankOf !== undefined) {
          if (!Number.isInteger(f.rankOf) || f.rankOf < 1) errors.push(`${where}: rankOf ${f.rankOf} is not an integer >= 1`);
          else if (f.value > f.rankOf) errors.push(`${where}: rank ${f.value} is greater than rankOf ${f.rankOf}`);
        }
        break;
      case "count":
      case "currency-usd":
        if (f.value < 0) errors.push(`${where}: ${f.unit} ${f.value} is negative`);
        break;
      case "finding":
        if (f.value !== 0) errors.push(`${where}: a finding has no number (value must be 0, got ${f.value})`);
        if (f.n !== undefined) errors.push(`${where}: a finding has no n`);
        break;
      case "year-over-year":
        if (f.valueFrom === undefined || f.yearFrom === undefined || f.yearTo === undefined)
          errors.push(`${where}: year-over-year needs valueFrom, yearFrom and yearTo`);
        else if (f.yearFrom >= f.yearTo) errors.push(`${where}: yearFrom ${f.yearFrom} is not before yearTo ${f.yearTo}`);
        break;
    }
    if (f.unit !== "rank" && f.rankOf !== undefined) errors.push(`${where}: rankOf is only for unit "rank"`);
    if (f.unit !== "year-over-year" && (f.valueFrom !== undefined || f.yearFrom !== undefined || f.yearTo !== undefined))
      errors.push(`${where}: valueFrom/yearFrom/yearTo are only for unit "year-over-year"`);
    if (f.n !== undefined && (!Number.isInteger(f.n) || f.n < 1)) errors.push(`${where}: n ${f.n} is not a positive integer`);

    // base: the full sample of its population, or a described subgroup (whose n is unknown unless published)
    const base = f.base as { kind?: unknown; description?: unknown } | undefined;
    if (!base || (base.kind !== "full" && base.kind !== "subgroup")) errors.push(`${where}: base must be {kind:"full"} or {kind:"subgroup", description}`);
    else if (base.kind === "subgroup" && (typeof base.description !== "string" || !base.description.trim()))
      errors.push(`${where}: a subgroup base needs a description (whom the percentage is of)`);

    // bounds: the range a verbal quantifier ("nearly one-third") allows, in percent
    if (f.bounds !== undefined) {
      const { low, high } = f.bounds;
      if (f.unit !== "percent") errors.push(`${where}: bounds are only for unit "percent"`);
      if (!Number.isFinite(low) || !Number.isFinite(high) || low < 0 || high > 100)
        errors.push(`${where}: bounds [${low}, ${high}] are not inside 0-100`);
      else if (!(low < high)) errors.push(`${where}: bounds low ${low} is not below high ${high}`);
      else if (f.value < low || f.value > high) errors.push(`${where}: value ${f.value} is outside its bounds [${low}, ${high}]`);
    }
    if (f.covers !== undefined && !COVERS.includes(f.covers)) errors.push(`${where}: unknown covers "${f.covers}"`);

    if (f.variantOf !== undefined) {
      const target = figureIds.get(f.variantOf);
      if (f.isDefault) errors.push(`${where}: has variantOf but is marked isDefault`);
      if (!target) errors.push(`${where}: variantOf "${f.variantOf}" does not exist`);
      else {
        if (!target.isDefault) errors.push(`${where}: variantOf "${f.variantOf}" is not a default figure`);
        if (target.sourceId === f.sourceId) errors.push(`${where}: variantOf "${f.variantOf}" is from the same source`);
        if (target.population !== f.population) errors.push(`${where}: variantOf "${f.variantOf}" is about another population`);
        if (target.unit !== f.unit) errors.push(`${where}: variantOf "${f.variantOf}" has another unit`);
      }
    } else if (!f.isDefault) {
      errors.push(`${where}: not default but names no variantOf`);
    }
  }
  return errors;
}
