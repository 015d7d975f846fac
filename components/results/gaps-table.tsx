import type { RevealedTeamResults } from "@/lib/results/types";
import { optionText } from "@/lib/results/items";
import type { ItemInfo } from "@/lib/results/types";
import { SIDE_LABEL, type Side } from "@/lib/domain";
import { describePredicate } from "@/lib/export/rows";
import type { BenchmarkComparison, GapTest } from "@/lib/scoring/types";
import { interval, intervalPoints, one, pct, qValue, signed } from "./format";
import { SideWording } from "./side-wording";
import { type Column, DataTable } from "@/components/ui/data-table";

interface GapRow {
  id: string;
  info: ItemInfo;
  reading: string;
  test: GapTest;
  comparisons: BenchmarkComparison[];
}

const ORDER: Record<GapTest["label"], number> = { wide: 0, small: 1, "not distinguishable": 2, "about the same": 3, "too few answers to tell": 4 };

/** What a tested difference counts, in words: "share answering yes", "mean answer (0-100)" … */
export function readingOf(info: ItemInfo, t: GapTest): string {
  const label = (id: string) => optionText(info, id);
  return t.match ? describePredicate(t.match, label) : t.option ? `mean points given to “${label(t.option)}”` : "mean answer (0-100)";
}

/** One row per tested reading of the given questions, credible gaps first, then by size. */
function rowsOf(results: RevealedTeamResults, items: readonly ItemInfo[]): GapRow[] {
  const out: GapRow[] = [];
  for (const info of items) {
    const gap = results.team.gaps.find((g) => g.itemKey === info.key);
    if (!gap) continue;
    const linkKey = new Map(info.links.map((l) => [`${l.figureId}|${l.population}`, l.predicateKey]));
    for (const t of gap.tests) {
      const comparisons = results.team.benchmarks.filter((c) => c.itemKey === info.key && linkKey.get(`${c.figureId}|${c.side}`) === t.key);
      out.push({ id: `${info.key}|${t.key}`, info, reading: readingOf(info, t), test: t, comparisons });
    }
  }
  const size = (r: GapRow) => (r.test.estimate === null ? -1 : Math.abs(r.test.estimate));
  return out.sort((a, b) => ORDER[a.test.label] - ORDER[b.test.label] || size(b) - size(a));
}

const POPULATION: Record<BenchmarkComparison["side"], string> = { marketing: "CMOs", it: "CIOs", both: "CMOs and CIOs together" };
const GROUP: Record<BenchmarkComparison["side"], string> = { marketing: "our marketing", it: "our IT", both: "both our sides" };

function Published({ c, results }: { c: BenchmarkComparison; results: RevealedTeamResults }) {
  const f = results.figures[c.figureId];
  const sample = c.published.bounds
    ? `a verbal figure: between ${pct(c.published.bounds.low)} and ${pct(c.published.bounds.high)}`
    : c.published.n
      ? `95% ${interval(c.published.interval)}, n = ${c.published.n}`
      : "sample size not published";
  return (
    <li data-figure={c.figureId}>
      {pct(c.published.value)} of {POPULATION[c.side]}
      {c.published.subgroup ? ` (of ${c.published.subgroup})` : ""} ({sample}; {f ? `${f.source.publisher}, ${f.source.year}` : "source not in the library"}). {GROUP[c.side]}{" "}
      {c.org.tiers === "leaders" ? "leaders" : "respondents"}: {c.org.n ? `${pct(c.org.share)} of ${c.org.n}` : "no answers"}.{" "}
      <strong data-testid="verdict">{c.verdict}</strong>
      {c.contextOnly ? <span className="block text-xs text-muted">Context only: {c.contextOnly}.</span> : null}
      {c.test ? (
        <span className="block text-xs text-muted">
          Difference {signed(c.test.estimate)} points ({intervalPoints(c.test.interval)}), {qValue(c.test.q)}.
        </span>
      ) : null}
    </li>
  );
}

/** How the gaps and the published comparisons are labelled: one paragraph, shown once above the imperatives. */
export function GapsLegend({ results }: { results: RevealedTeamResults }) {
  const { evidence } = results;
  return (
    <p className="mt-1 text-sm text-muted">
      Gap = marketing − IT in points, with its 95% interval. A gap is <strong>wide</strong> only when it is credible after allowing for all{" "}
      {evidence.comparisons} comparisons on this page (false discovery rate {Math.round(evidence.level * 100)}%) and at least {evidence.practicalGap}{" "}
      points; <strong>about the same</strong> only when an equivalence test shows it is within ±20 points; <strong>too few answers to tell</strong>{" "}
      when a side has fewer than {evidence.minPerSide} answers. Each side is compared with its own published population (leaders with
      executive surveys); the same rules decide “above” and “below”.
    </p>
  );
}

/** Per question and reading: each side's share (in its own wording), the tested gap, and the published figures. */
export function GapsTable({ results, items, caption, regionLabel }: { results: RevealedTeamResults; items: readonly ItemInfo[]; caption: string; regionLabel: string }) {
  const rows = rowsOf(results, items);
  const { evidence } = results;
  return (
      <DataTable
        caption={caption}
        scroll="region"
        regionLabel={regionLabel}
        className="mt-3"
        tableClassName="min-w-[60rem]"
        rows={rows}
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ "data-item": r.info.key })}
        columns={[
          {
            header: "Question and reading",
            rowHeader: true,
            cell: (r) => (
              <>
                <SideWording info={r.info} />
                <span className="block text-xs text-muted">{r.reading}</span>
              </>
            ),
          },
          ...(["marketing", "it"] as const).map(
            (side: Side): Column<GapRow> => ({
              id: side,
              header: SIDE_LABEL[side],
              numeric: true,
              cell: (r) => (
                <>
                  {r.test.n[side] ? `${value(r, side)} (n ${r.test.n[side]})` : "no answers"}
                  {r.test.n[side] > 0 && r.test.n[side] < evidence.minPerSide ? <span className="block text-xs text-muted">anecdotal</span> : null}
                </>
              ),
            }),
          ),
          {
            id: "gap",
            header: "Gap (points, 95% interval)",
            numeric: true,
            cellAttributes: () => ({ "data-testid": "gap" }),
            cell: (r) => (
              <>
                {signed(r.test.estimate)}
                {r.test.test ? (
                  <span className="block text-xs text-muted">
                    {intervalPoints(r.test.test.interval)}, {qValue(r.test.test.q)}
                  </span>
                ) : null}
                <span className="block text-xs font-semibold" data-testid="gap-label">
                  {r.test.label}
                </span>
              </>
            ),
          },
          {
            id: "published",
            header: "Published figures",
            cell: (r) =>
              r.comparisons.length ? (
                <ul className="space-y-2">
                  {r.comparisons.map((c) => (
                    <Published key={`${c.figureId}|${c.side}`} c={c} results={results} />
                  ))}
                </ul>
              ) : (
                <span className="text-muted">none</span>
              ),
          },
        ]}
      />
  );
}

function value(r: GapRow, side: Side): string {
  const v = r.test.values[side];
  return v === null ? "n/a" : r.test.basis === "share" ? `${one(v)}%` : one(v);
}
