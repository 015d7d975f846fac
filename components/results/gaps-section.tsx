import type { RevealedTeamResults } from "@/lib/data/team-results";
import type { ItemInfo } from "@/lib/data/team-results-view";
import type { Side } from "@/lib/domain";
import { describePredicate } from "@/lib/export/rows";
import type { BenchmarkComparison, ShareStat } from "@/lib/scoring/types";
import { interval, one, pct, signed } from "./format";

const WIDE = 25;

interface GapRow {
  id: string;
  info: ItemInfo;
  reading: string;
  stats: Record<Side, { n: number; value: number | null }>;
  gap: number | null;
  comparisons: Record<Side, BenchmarkComparison[]>;
}

function rowsOf(results: RevealedTeamResults): GapRow[] {
  const out: GapRow[] = [];
  for (const info of results.items) {
    const item = results.team.items.find((i) => i.itemKey === info.key);
    const gap = results.team.gaps.find((g) => g.itemKey === info.key);
    if (!item || !gap) continue;
    const label = (id: string) => info.options.find((o) => o.id === id)?.label.marketing ?? id;
    const linkKey = new Map(info.links.map((l) => [`${l.figureId}|${l.population}`, l.predicateKey]));
    const forKey = (key: string, side: Side) =>
      results.team.benchmarks.filter((c) => c.itemKey === info.key && c.side === side && linkKey.get(`${c.figureId}|${side}`) === key);
    const stat = (s: ShareStat) => ({ n: s.n, value: s.share });
    for (const p of item.predicates) {
      out.push({
        id: `${info.key}|${p.key}`,
        info,
        reading: describePredicate(p.match, label),
        stats: { marketing: stat(p.sides.marketing), it: stat(p.sides.it) },
        gap: gap.predicateGaps.find((g) => g.key === p.key)?.gap ?? null,
        comparisons: { marketing: forKey(p.key, "marketing"), it: forKey(p.key, "it") },
      });
    }
    if (!item.predicates.length && gap.gapBasis === "normalized-mean") {
      const s = (side: Side) => ({ n: item.sides[side].n, value: item.sides[side].normalizedMean });
      out.push({ id: info.key, info, reading: "mean (0-100)", stats: { marketing: s("marketing"), it: s("it") }, gap: gap.gap, comparisons: { marketing: [], it: [] } });
    }
  }
  return out.sort((a, b) => (b.gap === null ? -1 : Math.abs(b.gap)) - (a.gap === null ? -1 : Math.abs(a.gap)));
}

function Published({ list, results, population }: { list: BenchmarkComparison[]; results: RevealedTeamResults; population: string }) {
  if (!list.length) return <span className="text-muted">no published {population} figure</span>;
  return (
    <ul className="space-y-2">
      {list.map((c) => {
        const f = results.figures[c.figureId];
        return (
          <li key={c.figureId}>
            {pct(c.published.value)} of {population} ({interval(c.published.interval)}
            {c.published.n ? `, n = ${c.published.n}` : ""}; {f ? `${f.source.publisher}, ${f.source.year}` : c.figureId}).{" "}
            Ours: {pct(c.org.share)}, {interval(c.org.interval)}: <strong>{c.verdict}</strong>
          </li>
        );
      })}
    </ul>
  );
}

/** Per question and reading: each side's share, the gap, and each side beside its own published population. */
export function GapsSection({ results }: { results: RevealedTeamResults }) {
  const rows = rowsOf(results);
  const spreads = results.team.gaps.filter((g) => g.distanceBasis === "distribution" && !results.team.items.find((i) => i.itemKey === g.itemKey)?.predicates.length);
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title" className="text-xl font-semibold">
        Perception gaps, beside the published figures
      </h2>
      <p className="mt-1 text-sm text-muted">
        Gap = marketing − IT in points; widest first. “Wide” marks a gap of {WIDE} points or more. Each side is compared with its own
        population (marketing with CMOs, IT with CIOs) using 95% intervals: “above” or “below” only when the intervals do not overlap,
        otherwise “not distinguishable”.
      </p>
      <div className="mt-3 overflow-x-auto" role="region" aria-label="Perception gaps table" tabIndex={0}>
        <table className="w-full min-w-[56rem] border-collapse text-left text-sm">
          <caption className="sr-only">Perception gaps per question, with the published CMO and CIO figures</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">Question and reading</th>
              <th scope="col" className="py-2 pr-3">Marketing</th>
              <th scope="col" className="py-2 pr-3">IT</th>
              <th scope="col" className="py-2 pr-3">Gap (points)</th>
              <th scope="col" className="py-2 pr-3">Published, CMOs</th>
              <th scope="col" className="py-2">Published, CIOs</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200 align-top" data-item={r.info.key}>
                <th scope="row" className="py-2 pr-3 font-normal">
                  <span className="font-medium">{r.info.prompt.marketing}</span>
                  <span className="block text-xs text-muted">
                    {r.reading} · {r.info.key}
                  </span>
                </th>
                {(["marketing", "it"] as const).map((side) => (
                  <td key={side} className="py-2 pr-3 tabular-nums">
                    {r.stats[side].n ? `${r.stats[side].value === null ? "n/a" : `${one(r.stats[side].value!)}%`} (n ${r.stats[side].n})` : "no answers"}
                  </td>
                ))}
                <td className="py-2 pr-3 tabular-nums" data-testid="gap">
                  {signed(r.gap)}
                  {r.gap !== null && Math.abs(r.gap) >= WIDE ? <span className="block text-xs font-semibold">wide</span> : null}
                </td>
                <td className="py-2 pr-3">
                  <Published list={r.comparisons.marketing} results={results} population="CMOs" />
                </td>
                <td className="py-2">
                  <Published list={r.comparisons.it} results={results} population="CIOs" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {spreads.length ? (
        <table className="mt-4 w-full max-w-2xl border-collapse text-left text-sm">
          <caption className="text-left font-medium">Questions compared by how the two sides spread their choices (0 = the same spread, 100 = nothing in common)</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">Question</th>
              <th scope="col" className="py-1">Distance</th>
            </tr>
          </thead>
          <tbody>
            {spreads.map((g) => (
              <tr key={g.itemKey} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-normal">{results.items.find((i) => i.key === g.itemKey)?.prompt.marketing ?? g.itemKey}</th>
                <td className="py-1 tabular-nums">{g.distance === null ? "n/a" : one(g.distance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
