import Link from "next/link";
import { inputClass, primaryButtonClass } from "@/components/ui/styles";
import { BUSINESS_MODELS, INDUSTRIES, REGIONS, SIDE_LABEL, SIDES, TIER_LABEL, TIERS } from "@/lib/domain";
import type { TComparisonQuery } from "@/lib/validation/comparison-query";
import { REVENUE_BANDS } from "@/lib/validation/organization";

const control = `${inputClass} mt-1 block w-full`;

function Select({ label, name, value, any, options, hint }: { label: string; name: string; value?: string; any?: string; options: { id: string; label: string }[]; hint?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control} aria-describedby={hint ? `filter-${name}-hint` : undefined}>
        {any ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`filter-${name}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The comparison filters: a plain GET form (works without JavaScript; the address is shareable). */
export function ComparisonFilters({ query, sources }: { query: TComparisonQuery; sources: { id: string; publisher: string; year: number }[] }) {
  return (
    <form method="get" aria-label="Filter the comparison" className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-5">
      <Select
        label="Panel"
        name="panel"
        value={query.panel ?? "real"}
        options={[
          { id: "real", label: "Real panel" },
          { id: "demo", label: "Demo panel (synthetic)" },
        ]}
      />
      <Select label="Industry" name="industry" value={query.industry} any="All industries" options={[...INDUSTRIES, "Other"].map((i) => ({ id: i, label: i }))} />
      <Select label="Region" name="region" value={query.region} any="All regions" options={REGIONS.map((r) => ({ id: r.id, label: r.label }))} />
      <Select label="Revenue band" name="revenueBand" value={query.revenueBand} any="All revenue bands" options={REVENUE_BANDS.map((r) => ({ id: r.id, label: r.label }))} />
      <Select label="Business model" name="businessModel" value={query.businessModel} any="All business models" options={BUSINESS_MODELS.map((b) => ({ id: b.id, label: b.label }))} />
      <Select label="Side" name="side" value={query.side} any="Both sides" options={SIDES.map((s) => ({ id: s, label: SIDE_LABEL[s] }))} />
      <Select label="Tier" name="tier" value={query.tier} any="Leaders and team members" options={TIERS.map((t) => ({ id: t, label: `${TIER_LABEL[t]}s` }))} />
      <Select label="Published source" name="source" value={query.source} any="All sources" options={sources.map((s) => ({ id: s.id, label: `${s.publisher} ${s.year}` }))} />
      <div>
        <label htmlFor="filter-from" className="text-sm font-medium">
          Revealed from
        </label>
        <input id="filter-from" type="date" name="from" defaultValue={query.from ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="filter-to" className="text-sm font-medium">
          Revealed to
        </label>
        <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ""} className={control} />
      </div>
      <Select
        label="Waves counted"
        name="waves"
        value={query.waves === "latest" ? "latest" : undefined}
        any="Every revealed wave"
        options={[{ id: "latest", label: "Each organization's latest wave" }]}
        hint="Latest: the last revealed within the chosen dates."
      />
      <div className="flex items-end gap-4">
        <button type="submit" className={primaryButtonClass}>
          Apply filters
        </button>
        <Link href="/admin/comparisons" className="inline-flex min-h-11 items-center">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
