// Stored rows of the catalogue as the typed definitions the scoring and the pages use. Pure.
import type { BenchmarkFigureDef, BenchmarkSourceDef, FigureUnit } from "@/lib/benchmarks/types";
import type { ImperativeId, Population } from "@/lib/domain";
import type { ItemKind, QuestionnaireDef, QuestionnaireItemDef, SectionDef } from "@/lib/questionnaire/types";
import { utcDay } from "@/lib/time";

export interface SourceRow {
  id: string;
  publisher: string;
  title: string;
  year: number;
  fieldwork: string | null;
  method: string | null;
  regions: string | null;
  industries: string | null;
  seedFile: string | null;
  notes: string | null;
  samples: { population: string; n: number; note: string | null }[];
}

export interface FigureRow {
  id: string;
  sourceId: string;
  population: string;
  topic: string;
  statement: string;
  unit: string;
  value: number;
  valueFrom: number | null;
  yearFrom: number | null;
  yearTo: number | null;
  rankOf: number | null;
  n: number | null;
  locatorFile: string;
  locatorFigure: string | null;
  locatorQuote: string;
  isDefault: boolean;
  variantOf: string | null;
  baseKind: string;
  baseNote: string | null;
  boundLow: number | null;
  boundHigh: number | null;
  covers: string;
}

export function sourceFromRow(s: SourceRow): BenchmarkSourceDef {
  return {
    id: s.id,
    publisher: s.publisher,
    title: s.title,
    year: s.year,
    fieldwork: s.fieldwork,
    method: s.method,
    regions: s.regions,
    industries: s.industries,
    seedFile: s.seedFile ?? "",
    samples: s.samples.map((x) => ({ population: x.population as Population, n: x.n, ...(x.note ? { note: x.note } : {}) })),
    ...(s.notes ? { notes: s.notes } : {}),
  };
}

export function figureFromRow(f: FigureRow): BenchmarkFigureDef {
  return {
    id: f.id,
    sourceId: f.sourceId,
    population: f.population as Population,
    topic: f.topic,
    statement: f.statement,
    unit: f.unit as FigureUnit,
    value: f.value,
    ...(f.valueFrom !== null ? { valueFrom: f.valueFrom } : {}),
    ...(f.yearFrom !== null ? { yearFrom: f.yearFrom } : {}),
    ...(f.yearTo !== null ? { yearTo: f.yearTo } : {}),
    ...(f.rankOf !== null ? { rankOf: f.rankOf } : {}),
    ...(f.n !== null ? { n: f.n } : {}),
    locator: { file: f.locatorFile, ...(f.locatorFigure ? { figure: f.locatorFigure } : {}), quote: f.locatorQuote },
    base: f.baseKind === "subgroup" ? { kind: "subgroup", description: f.baseNote ?? "" } : { kind: "full" },
    ...(f.boundLow !== null && f.boundHigh !== null ? { bounds: { low: f.boundLow, high: f.boundHigh } } : {}),
    ...(f.covers === "everyone" ? { covers: "everyone" as const } : {}),
    isDefault: f.isDefault,
    ...(f.variantOf ? { variantOf: f.variantOf } : {}),
  };
}

/** A source as the columns of its row (without id and samples): what the seed writes. */
export function sourceToRow(s: BenchmarkSourceDef) {
  return {
    publisher: s.publisher,
    title: s.title,
    year: s.year,
    fieldwork: s.fieldwork,
    method: s.method,
    regions: s.regions,
    industries: s.industries,
    seedFile: s.seedFile,
    notes: s.notes ?? null,
  };
}

/** A figure as the columns of its row (without id): the inverse of figureFromRow. */
export function figureToRow(f: BenchmarkFigureDef): Omit<FigureRow, "id"> {
  return {
    sourceId: f.sourceId,
    population: f.population,
    topic: f.topic,
    statement: f.statement,
    unit: f.unit,
    value: f.value,
    valueFrom: f.valueFrom ?? null,
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    rankOf: f.rankOf ?? null,
    n: f.n ?? null,
    baseKind: f.base.kind,
    baseNote: f.base.kind === "subgroup" ? f.base.description : null,
    boundLow: f.bounds?.low ?? null,
    boundHigh: f.bounds?.high ?? null,
    covers: f.covers ?? "executives",
    locatorFile: f.locator.file,
    locatorFigure: f.locator.figure ?? null,
    locatorQuote: f.locator.quote,
    isDefault: f.isDefault,
    variantOf: f.variantOf ?? null,
  };
}

export interface VersionRow {
  id: string;
  title: string;
  status: string;
  publishedAt: Date | null;
  sections: unknown;
  items: { key: string; section: string; kind: string; required: boolean; imperatives: unknown; fidelity: string; definition: unknown }[];
}

/** A stored version (items in position order) as the typed definition. */
export function questionnaireFromRow(row: VersionRow): QuestionnaireDef {
  return {
    version: row.id,
    title: row.title,
    status: row.status === "published" ? "published" : "draft",
    publishedAt: row.publishedAt ? utcDay(row.publishedAt) : null,
    sections: row.sections as SectionDef[],
    items: row.items.map((item) => ({
      ...(item.definition as Omit<QuestionnaireItemDef, "key" | "section" | "kind" | "required" | "imperatives" | "fidelity">),
      key: item.key,
      section: item.section,
      kind: item.kind as ItemKind,
      required: item.required,
      imperatives: item.imperatives as ImperativeId[],
      fidelity: item.fidelity as QuestionnaireItemDef["fidelity"],
    })),
  };
}
