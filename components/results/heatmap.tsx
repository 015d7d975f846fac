import type { RevealedTeamResults } from "@/lib/results/types";
import type { HeatmapCell } from "@/lib/results/types";
import type { GroupStatus } from "@/lib/scoring/anonymity";
import { SIDE_LABEL, SIDES, TIER_LABEL, TIERS, type Side, type Tier } from "@/lib/domain";
import { SideWording } from "./side-wording";
import { type Column, DataTable } from "@/components/ui/data-table";

// Shading is decoration only: every cell states its value in words. Light tints keep dark text above 7:1.
const SHADES = ["bg-white", "bg-sky-50", "bg-sky-100", "bg-sky-200", "bg-sky-300"];
const shade = (v: number) => SHADES[Math.min(SHADES.length - 1, Math.floor(v / 20))]!;

/** A group left out says why in two or three words: a small team-member group, or a side's only leader unnamed. */
function cellText(c: HeatmapCell, basis: "share" | "normalized-mean", minGroup: number, groups: readonly GroupStatus[]) {
  if (c.state === "suppressed") {
    const group = groups.find((g) => g.side === c.side && g.tier === c.tier);
    return group?.reason === "sole-unnamed-leader" ? "not shown (only leader, unnamed)" : `not shown (fewer than ${minGroup})`;
  }
  if (c.state === "no-answers" || c.value === null) return "no answers";
  return `${Math.round(c.value)}${basis === "share" ? "%" : ""} (n ${c.n})`;
}

const COLUMNS: { side: Side; tier: Tier | "all"; label: string }[] = SIDES.flatMap((side) => [
  ...TIERS.map((tier) => ({ side, tier, label: `${SIDE_LABEL[side]} ${TIER_LABEL[tier].toLowerCase()}s` })),
  { side, tier: "all" as const, label: `${SIDE_LABEL[side]}, all counted` },
]);

type HeatmapRow = RevealedTeamResults["heatmap"][number];
const cellOf = (row: HeatmapRow, col: (typeof COLUMNS)[number]) => row.cells.find((x) => x.side === col.side && x.tier === col.tier)!;

/** Items × side × tier: share agreeing (or mean, 0-100) per group; small team groups say so instead. */
export function Heatmap({ results }: { results: RevealedTeamResults }) {
  const { heatmap, anonymity } = results;
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        Each cell: the share agreeing, or for scale questions without a published reading the mean on 0-100, with the number of
        respondents. Darker shading means a higher value; the number is always written out. Team-member groups of fewer than{" "}
        {anonymity.minGroup} are not shown and are left out of the totals, and so is a side&apos;s only leader who chose not to be named.
      </p>
      <DataTable
        caption="Questions by side and tier"
        scroll="region"
        regionLabel="Heatmap table"
        className="mt-3"
        tableClassName="min-w-[56rem]"
        dense
        rows={heatmap}
        rowKey={(row) => row.itemKey}
        columns={[
          {
            id: "question",
            header: "Question",
            rowHeader: true,
            cell: (row) => {
              const info = results.items.find((i) => i.key === row.itemKey);
              return info ? <SideWording info={info} /> : "a question no longer in the questionnaire";
            },
          },
          { id: "measure", header: "Measure", className: "text-muted", cell: (row) => (row.basis === "share" ? "% agreeing" : "mean 0-100") },
          ...COLUMNS.map(
            (col): Column<HeatmapRow> => ({
              id: `${col.side}-${col.tier}`,
              header: col.label,
              numeric: true,
              className: "pl-2",
              cellClassName: (row) => {
                const c = cellOf(row, col);
                return c.state === "shown" && c.value !== null ? shade(c.value) : "bg-slate-100";
              },
              cell: (row) => cellText(cellOf(row, col), row.basis, anonymity.minGroup, anonymity.groups),
            }),
          ),
        ]}
      />
    </>
  );
}
