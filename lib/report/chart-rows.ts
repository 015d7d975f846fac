// The data of the report's two charts, as the results page draws them (components/results/results-charts.tsx):
// the five imperatives per side, and one row per question with a gap, its decisive test, widest marketing-ahead
// first, filled when credible.
import { IMPERATIVES } from "@/lib/domain";
import { decisiveTest } from "@/lib/results/findings";
import { optionText } from "@/lib/results/items";
import type { ItemInfo, RevealedTeamResults } from "@/lib/results/types";
import type { GapTest, ImperativeScore } from "@/lib/scoring/types";
import { short } from "./format";

export interface GapChartRow {
  info: ItemInfo;
  test: GapTest;
  credible: boolean;
  label: string;
}

export function gapChartRows(results: RevealedTeamResults): GapChartRow[] {
  const out: GapChartRow[] = [];
  for (const info of results.items) {
    const gap = results.team.gaps.find((g) => g.itemKey === info.key);
    const test = gap && decisiveTest(gap);
    if (!test || test.estimate === null) continue;
    const option = test.option ? ` · ${short(optionText(info, test.option), 22)}` : "";
    const label = short(info.prompt[info.sides.includes("marketing") ? "marketing" : "it"], option ? 44 : 60) + option;
    out.push({ info, test, credible: test.label === "wide" || test.label === "small", label });
  }
  return out.sort((a, b) => b.test.estimate! - a.test.estimate!);
}

export function imperativeRows(results: RevealedTeamResults): { name: string; score: ImperativeScore | undefined }[] {
  return IMPERATIVES.map((imp) => ({ name: imp.short, score: results.team.imperatives.find((x) => x.imperative === imp.id) }));
}
