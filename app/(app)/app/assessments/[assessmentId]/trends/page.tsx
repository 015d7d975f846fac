import Link from "next/link";
import { notFound } from "next/navigation";
import { AlignmentTrendChart, GapTrendCharts, ImperativeTrendCharts } from "@/components/trends/trend-charts";
import { changeText, pointText } from "@/components/trends/trend-format";
import { DataTable } from "@/components/ui/data-table";
import { requireActor } from "@/lib/auth/guards";
import { getTrends } from "@/lib/data/trends";
import { IMPERATIVES, SIDE_LABEL, SIDES, type Side } from "@/lib/domain";
import { isCredibleChange, TREND_ITEM_EQUIVALENCE_MARGIN, TREND_SCORE_EQUIVALENCE_MARGIN, type ImperativeTrend, type ItemTrend } from "@/lib/scoring";

export const metadata = { title: "Trends" };

/**
 * The assessment over its revealed waves: the alignment index and the imperative scores per wave with their
 * intervals, and for each wave against the one before, the change and a label only when a test supports it
 * (lib/scoring/trend.ts); the questions whose answers credibly moved; what was left out and why. Each chart
 * (components/trends/trend-charts.tsx) sits above the table that gives its every value.
 */
export default async function TrendsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor();
  const view = await getTrends(actor, assessmentId);
  if (!view) notFound();
  const { assessment, waves, series, pairs } = view;
  const label = (n: number) => waves[n]?.label ?? `Wave ${n + 1}`;
  const waveLabels = waves.map((_, n) => label(n));
  const latest = pairs.at(-1);
  const readingText = (t: ImperativeTrend | undefined, side: Side) =>
    t ? `${t.sides[side].label}${t.itemsChanged ? " (built from other questions in the two waves)" : ""}` : "";
  const itemWords = new Map(view.items.map((i) => [i.key, i.prompt.marketing === i.prompt.it ? i.prompt.marketing : `${i.prompt.marketing} (IT: ${i.prompt.it})`]));
  const moved = (latest?.items ?? []).flatMap((item: ItemTrend) =>
    item.readings.flatMap((r) =>
      SIDES.filter((s) => isCredibleChange(r.sides[s])).map((s) => ({ key: `${item.itemKey}|${r.key}|${s}`, item, side: s, c: r.sides[s] })),
    ),
  );
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/app">Organizations</Link> / <Link href={`/app/organizations/${assessment.organizationId}`}>{assessment.organizationName}</Link> /{" "}
          <Link href={`/app/assessments/${assessment.id}`}>{assessment.title}</Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">Trends</h1>
        <p className="text-muted">
          {waves.length} revealed wave{waves.length === 1 ? "" : "s"}
          {latest ? `: ${label(waves.length - 1)} against ${label(waves.length - 2)}, and every wave against the one before` : ""}
        </p>
      </header>

      {waves.length < 2 ? (
        <p role="status" className="max-w-2xl rounded-md border border-slate-300 bg-slate-50 p-3">
          Trends need two revealed waves. Start the next wave from the assessment page once this one is revealed.
        </p>
      ) : (
        <>
          <p className="max-w-3xl">
            A change is called <strong>rising</strong> or <strong>falling</strong> only when its test passes after allowing for all{" "}
            {latest!.family.tests} comparisons between the waves shown, and <strong>stable</strong> only when an equivalence test shows it is
            small (within ±{TREND_SCORE_EQUIVALENCE_MARGIN} points for the index and the scores, ±{TREND_ITEM_EQUIVALENCE_MARGIN} for a question); otherwise the page says the waves cannot be told
            apart. Waves are compared as independent groups of people.
          </p>
          <DataTable
            caption="Waves"
            captionVisible
            scroll="region"
            regionLabel="Waves table"
            rows={waves}
            rowKey={(w) => String(w.number)}
            columns={[
              { id: "wave", header: "Wave", rowHeader: true, cell: (w) => w.label },
              { id: "revealed", header: "Revealed", cell: (w) => w.revealedAt.slice(0, 10) },
              { id: "version", header: "Questionnaire", cell: (w) => w.questionnaireVersion },
              ...SIDES.map((s) => ({ id: s, header: `${SIDE_LABEL[s]} counted`, numeric: true, cell: (w: (typeof waves)[number]) => w.counts[s] })),
            ]}
          />
          <section aria-labelledby="alignment-title">
            <h2 id="alignment-title" className="text-xl font-semibold">
              The alignment index over the waves
            </h2>
            <AlignmentTrendChart series={series} pairs={pairs} waveLabels={waveLabels} tableId="trend-alignment-table" />
            <div id="trend-alignment-table" className="mt-4">
              <DataTable
                caption="Alignment index (0-100) per wave, and its change from the wave before"
                captionVisible
                rows={series.alignment}
                rowKey={(p) => String(p.wave)}
                columns={[
                  { id: "wave", header: "Wave", rowHeader: true, cell: (p) => label(p.wave) },
                  { id: "value", header: "Index (95% interval)", cell: (p) => pointText(p) },
                  { id: "change", header: "Change from the wave before", cell: (p) => (p.wave > 0 ? changeText(pairs[p.wave - 1]!.alignment) : "") },
                  { id: "label", header: "Reading", cell: (p) => (p.wave > 0 ? pairs[p.wave - 1]!.alignment.label : "") },
                ]}
              />
            </div>
          </section>
          <section aria-labelledby="imperatives-title">
            <h2 id="imperatives-title" className="text-xl font-semibold">
              The imperative scores over the waves
            </h2>
            <ImperativeTrendCharts series={series} pairs={pairs} waveLabels={waveLabels} tableId="trend-scores-table" />
            <div id="trend-scores-table" className="mt-4">
              <DataTable
                caption={`Imperative scores (0-100): ${label(waves.length - 1)} against ${label(waves.length - 2)}`}
                captionVisible
                scroll="region"
                regionLabel="Imperative scores table"
                rows={latest!.imperatives.flatMap((t) => SIDES.map((side) => ({ t, side })))}
                rowKey={(r) => `${r.t.imperative}-${r.side}`}
                columns={[
                  { id: "imperative", header: "Imperative", rowHeader: true, cell: (r) => `${IMPERATIVES.find((i) => i.id === r.t.imperative)?.short ?? r.t.imperative}, ${SIDE_LABEL[r.side]}` },
                  ...waves.map((w, i) => ({
                    id: `w${i}`,
                    header: w.label,
                    cell: (r: { t: ImperativeTrend; side: Side }) =>
                      pointText(series.imperatives.find((s) => s.imperative === r.t.imperative)?.[r.side][i]),
                  })),
                  // the earlier pairs' readings, which the charts mark too (none with two waves)
                  ...pairs.slice(0, -1).map((pair, i) => ({
                    id: `reading${i}`,
                    header: `Reading, ${label(i)} to ${label(i + 1)}`,
                    cell: (r: { t: ImperativeTrend; side: Side }) => readingText(pair.imperatives.find((x) => x.imperative === r.t.imperative), r.side),
                  })),
                  { id: "change", header: "Change", cell: (r) => changeText(r.t.sides[r.side]) },
                  { id: "label", header: pairs.length > 1 ? `Reading, ${label(waves.length - 2)} to ${label(waves.length - 1)}` : "Reading", cell: (r) => readingText(r.t, r.side) },
                ]}
              />
            </div>
          </section>
          <section aria-labelledby="gap-title">
            <h2 id="gap-title" className="text-xl font-semibold">
              The gap between the sides over the waves
            </h2>
            <GapTrendCharts series={series} waveLabels={waveLabels} />
          </section>
          <section aria-labelledby="moved-title">
            <h2 id="moved-title" className="text-xl font-semibold">
              Questions whose answers credibly moved
            </h2>
            {moved.length ? (
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {moved.map((m) => (
                  <li key={m.key}>
                    {SIDE_LABEL[m.side]}, “{itemWords.get(m.item.itemKey) ?? "a question no longer asked"}”: <strong>{m.c.label}</strong>, {changeText(m.c)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">None: no question&apos;s answers changed by more than these numbers of respondents can tell apart from chance.</p>
            )}
          </section>
          {latest!.excluded.length ? (
            <section aria-labelledby="excluded-title">
              <h2 id="excluded-title" className="text-xl font-semibold">
                Left out of the comparison
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {[...new Set(latest!.excluded.map((e) => e.reason))].map((reason) => {
                  const count = latest!.excluded.filter((e) => e.reason === reason).length;
                  return (
                    <li key={reason}>
                      {reason}: {count} question{count === 1 ? "" : "s"}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
