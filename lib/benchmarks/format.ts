// How a benchmark figure's value reads on a page (the library, a source's page, the import preview).
// Client-safe: no server imports.

export interface FigureValue {
  unit: string;
  value: number;
  rankOf?: number | null;
  valueFrom?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  /** A verbal quantifier's range in percent ("nearly one-third": 25 to 33.3); the column names of the database. */
  boundLow?: number | null;
  boundHigh?: number | null;
}

/**
 * "56%", "33% (25 to 33.3%)" for a verbal quantifier, "#2 of 15", "40% (2011) → 56% (2012)", "US$1,200",
 * "Finding (no number)", or the plain number.
 */
export function figureValueText(f: FigureValue): string {
  if (f.unit === "percent") {
    const bounded = f.boundLow !== undefined && f.boundLow !== null && f.boundHigh !== undefined && f.boundHigh !== null;
    return bounded ? `${f.value}% (${f.boundLow} to ${f.boundHigh}%)` : `${f.value}%`;
  }
  if (f.unit === "rank") return `#${f.value}${f.rankOf ? ` of ${f.rankOf}` : ""}`;
  if (f.unit === "year-over-year") return `${f.valueFrom}% (${f.yearFrom}) → ${f.value}% (${f.yearTo})`;
  if (f.unit === "currency-usd") return `US$${f.value.toLocaleString("en")}`;
  if (f.unit === "finding") return "Finding (no number)";
  return f.value.toLocaleString("en");
}
