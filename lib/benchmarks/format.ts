// How a benchmark figure's value reads on a page (the library, a source's page, the import preview).
// Client-safe: no server imports.

export interface FigureValue {
  unit: string;
  value: number;
  rankOf?: number | null;
  valueFrom?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

/** "56%", "#2 of 15", "40% (2011) → 56% (2012)", "US$1,200", or the plain number. */
export function figureValueText(f: FigureValue): string {
  if (f.unit === "percent") return `${f.value}%`;
  if (f.unit === "rank") return `#${f.value}${f.rankOf ? ` of ${f.rankOf}` : ""}`;
  if (f.unit === "year-over-year") return `${f.valueFrom}% (${f.yearFrom}) → ${f.value}% (${f.yearTo})`;
  if (f.unit === "currency-usd") return `US$${f.value.toLocaleString("en")}`;
  return f.value.toLocaleString("en");
}
