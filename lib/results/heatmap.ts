// The heatmap of the team results: each item's value per side and tier, with the anonymity rule applied per cell.
import { SIDES, TIERS, type Tier } from "@/lib/domain";
import type { AnonymityResult } from "@/lib/scoring/anonymity";
import type { TeamResult } from "@/lib/scoring/types";
import type { HeatmapCell, HeatmapRow, HeatmapState } from "./types";

export function heatmapOf(team: TeamResult, byTier: Record<Tier, TeamResult>, anonymity: AnonymityResult, minGroup: number): HeatmapRow[] {
  const rows: HeatmapRow[] = [];
  team.gaps.forEach((gap, index) => {
    if (!gap.gapBasis) return;
    const cells: HeatmapCell[] = [];
    for (const side of SIDES) {
      let tierHidden = false;
      for (const tier of TIERS) {
        const g = byTier[tier].gaps[index]!;
        const group = anonymity.groups.find((x) => x.side === side && x.tier === tier)!;
        const n = g.n[side];
        // a team group can be large enough overall yet small on one optional item
        const smallOnItem = tier === "team" && n > 0 && n < minGroup;
        const small = group.suppressed || smallOnItem;
        if (smallOnItem) tierHidden = true;
        const state: HeatmapState = small ? "suppressed" : n === 0 ? "no-answers" : "shown";
        cells.push({ side, tier, n: small ? 0 : n, value: state === "shown" ? g.value[side] : null, state });
      }
      // when a tier cell is hidden for this item, the side's total would give it away (total minus leaders)
      const n = gap.n[side];
      const state: HeatmapState = tierHidden ? "suppressed" : n > 0 ? "shown" : "no-answers";
      cells.push({ side, tier: "all", n: state === "shown" ? n : 0, value: state === "shown" ? gap.value[side] : null, state });
    }
    rows.push({ itemKey: gap.itemKey, basis: gap.gapBasis, cells });
  });
  return rows;
}
