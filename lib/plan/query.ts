import type { TPlanFilters } from "@/lib/validation/plan-action";

/** The plan page's query string for these filters ("" when none), in a fixed order. */
export function planQuery(filters: TPlanFilters): string {
  const params = new URLSearchParams();
  for (const key of ["status", "imperative", "owner", "wave", "due"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
