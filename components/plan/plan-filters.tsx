import { IMPERATIVES } from "@/lib/domain";
import { PLAN_STATUSES, PLAN_STATUS_LABEL } from "@/lib/plan/vocabulary";
import { inputClass, secondaryButtonClass } from "@/components/ui/styles";
import type { TPlanFilters } from "@/lib/validation/plan-action";

/** The plan's filters: a plain GET form (works without JavaScript); the page reads them from the query. */
export function PlanFilters({
  filters,
  participants,
  namedOwners,
  waves,
  clearHref,
}: {
  filters: TPlanFilters;
  participants: { id: string; name: string }[];
  namedOwners: string[];
  waves: { number: number; label: string }[];
  clearHref: string;
}) {
  const control = `${inputClass} mt-1 block w-full`;
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Filter the actions">
      <div>
        <label htmlFor="f-status" className="text-sm font-medium">Status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">Any</option>
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>{PLAN_STATUS_LABEL[s]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-imperative" className="text-sm font-medium">Imperative</label>
        <select id="f-imperative" name="imperative" defaultValue={filters.imperative ?? ""} className={control}>
          <option value="">Any</option>
          {IMPERATIVES.map((i) => (
            <option key={i.id} value={i.id}>{i.short}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-owner" className="text-sm font-medium">Owner</label>
        <select id="f-owner" name="owner" defaultValue={filters.owner ?? ""} className={control}>
          <option value="">Anyone</option>
          <option value="none">No owner</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>{p.name}</option>
          ))}
          {namedOwners.map((n) => (
            <option key={n} value={`name:${n}`}>{n}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-wave" className="text-sm font-medium">Wave</label>
        <select id="f-wave" name="wave" defaultValue={filters.wave ? String(filters.wave) : ""} className={control}>
          <option value="">Any</option>
          {waves.map((w) => (
            <option key={w.number} value={w.number}>{w.label}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-due" className="text-sm font-medium">Due on or before</label>
        <input id="f-due" name="due" type="date" defaultValue={filters.due ?? ""} className={control} />
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className={secondaryButtonClass}>Filter</button>
        <a href={clearHref} className="inline-flex min-h-11 items-center">Clear</a>
      </div>
    </form>
  );
}
