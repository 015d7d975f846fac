import type { RevealedTeamResults } from "@/lib/results/types";
import type { HeatmapCell } from "@/lib/results/types";
import { SIDE_LABEL, SIDES, TIER_LABEL, TIERS, type Side, type Tier } from "@/lib/domain";
import { SideWording } from "./side-wording";

// Shading is decoration only: every cell states its value in words. Light tints keep dark text above 7:1.
const SHADES = ["bg-white", "bg-sky-50", "bg-sky-100", "bg-sky-200", "bg-sky-300"];
const shade = (v: number) => SHADES[Math.min(SHADES.length - 1, Math.floor(v / 20))]!;

function cellText(c: HeatmapCell, basis: "share" | "normalized-mean", minGroup: number) {
  if (c.state === "suppressed") return `fewer than ${minGroup}`;
  if (c.state === "no-answers" || c.value === null) return "no answers";
  return `${Math.round(c.value)}${basis === "share" ? "%" : ""} (n ${c.n})`;
}

const COLUMNS: { side: Side; tier: Tier | "all"; label: string }[] = SIDES.flatMap((side) => [
  ...TIERS.map((tier) => ({ side, tier, label: `${SIDE_LABEL[side]} ${TIER_LABEL[tier].toLowerCase()}s` })),
  { side, tier: "all" as const, label: `${SIDE_LABEL[side]}, all counted` },
]);

/** Items × side × tier: share agreeing (or mean, 0-100) per group; small team groups say so instead. */
export function Heatmap({ results }: { results: RevealedTeamResults }) {
  const { heatmap, anonymity } = results;
  return (
    <section aria-labelledby="heatmap-title">
      <h2 id="heatmap-title" className="text-xl font-semibold">
        Where leaders and teams stand
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each cell: the share agreeing, or for scale questions without a published reading the mean on 0-100, with the number of
        respondents. Darker shading means a higher value; the number is always written out. Team-member groups of fewer than{" "}
        {anonymity.minGroup} are not shown and are left out of the totals.
      </p>
      <div className="mt-3 overflow-x-auto" role="region" aria-label="Heatmap table" tabIndex={0}>
        <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
          <caption className="sr-only">Questions by side and tier</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Question</th>
              <th scope="col" className="py-2 pr-3">Measure</th>
              {COLUMNS.map((c) => (
                <th key={`${c.side}-${c.tier}`} scope="col" className="py-2 pr-2">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.map((row) => {
              const info = results.items.find((i) => i.key === row.itemKey);
              return (
                <tr key={row.itemKey} className="border-b border-slate-200">
                  <th scope="row" className="py-1 pr-3 font-normal">{info ? <SideWording info={info} /> : row.itemKey}</th>
                  <td className="py-1 pr-3 text-muted">{row.basis === "share" ? "% agreeing" : "mean 0-100"}</td>
                  {COLUMNS.map((col) => {
                    const c = row.cells.find((x) => x.side === col.side && x.tier === col.tier)!;
                    const tint = c.state === "shown" && c.value !== null ? shade(c.value) : "bg-slate-100";
                    return (
                      <td key={`${col.side}-${col.tier}`} className={`px-2 py-1 tabular-nums ${tint}`}>
                        {cellText(c, row.basis, anonymity.minGroup)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
