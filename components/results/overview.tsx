import type { RevealedTeamResults } from "@/lib/results/types";
import { SIDE_LABEL, SIDES, TIER_LABEL } from "@/lib/domain";
import { intervalPoints, qValue, score, signed } from "./format";
import { SideWording } from "./side-wording";
import { type Column, DataTable } from "@/components/ui/data-table";

/** Who is counted (and who is not, and why), downloads, the alignment index and mirror accuracy. */
export function ResultsOverview({ results }: { results: RevealedTeamResults }) {
  const { team, anonymity } = results;
  const base = `/app/assessments/${results.assessment.id}/export`;
  const latest = results.waves.at(-1)?.number === results.wave.number;
  const wave = latest ? "" : `?wave=${results.wave.number}`;
  return (
    <>
      <section aria-labelledby="counted-title">
        <h2 id="counted-title" className="text-xl font-semibold">
          Who is counted
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {SIDES.map((side) => (
            <li key={side}>
              {SIDE_LABEL[side]}: {team.counts[side]} respondent{team.counts[side] === 1 ? "" : "s"} counted
              {" ("}
              {anonymity.groups
                .filter((g) => g.side === side)
                .map((g) => `${g.n} ${TIER_LABEL[g.tier].toLowerCase()}${g.n === 1 ? "" : "s"}${g.suppressed ? ", not shown" : ""}`)
                .join("; ")}
              {")"}
            </li>
          ))}
          {anonymity.leaders.length ? <li>Leaders: {anonymity.leaders.map((l) => l.label).join(", ")} (named only with their consent).</li> : null}
        </ul>
        {anonymity.suppressedGroups.map((g) => (
          <p key={`${g.side}-${g.tier}`} className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3">
            <strong>Not shown:</strong> {SIDE_LABEL[g.side]} {TIER_LABEL[g.tier].toLowerCase()}s. Fewer than {anonymity.minGroup} responded ({g.n}),
            so their answers are left out of every figure on this page and in the downloads, including the {SIDE_LABEL[g.side]} totals.
          </p>
        ))}
        {results.lateSubmissions ? (
          <p className="mt-2">
            {results.lateSubmissions} response{results.lateSubmissions === 1 ? " was" : "s were"} submitted after the reveal and{" "}
            {results.lateSubmissions === 1 ? "is" : "are"} not included: the revealed results stay as they were, so that no one can be
            singled out by comparing before and after.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="evidence-title" className="rounded-lg border border-slate-300 p-4" data-testid="evidence-summary">
        <h2 id="evidence-title" className="text-xl font-semibold">
          How sure these results are
        </h2>
        <p className="mt-2">
          Scoring model {results.evidence.model}: every label on this page (“wide”, “above”, “below”, “off”, “low”, “about the same”)
          rests on a statistical test. The page makes <strong data-testid="comparison-count">{results.evidence.comparisons} comparisons</strong>{" "}
          (and {results.evidence.equivalenceTests} equivalence tests); among the findings it labels, at most{" "}
          {Math.round(results.evidence.level * 100)}% are expected to be false (Benjamini-Hochberg). Where the answers cannot support a
          conclusion, the page says “not distinguishable” or “too few answers to tell”.
        </p>
        {results.evidence.notes.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {results.evidence.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title" className="text-xl font-semibold">
          Downloads
        </h2>
        <p className="mt-1 text-sm text-muted">The same figures as this page, one row per question and side, with the published figure and its source beside each.</p>
        <ul className="mt-2 flex flex-wrap gap-3">
          <li>
            <a href={`${base}/csv${wave}`} download className="inline-flex min-h-11 items-center rounded-md border border-brand px-4 font-semibold">
              Download CSV
            </a>
          </li>
          <li>
            <a href={`${base}/xlsx${wave}`} download className="inline-flex min-h-11 items-center rounded-md border border-brand px-4 font-semibold">
              Download Excel (XLSX)
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="alignment-title" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="alignment-title" className="text-xl font-semibold">
            Alignment index
          </h2>
          <p className="mt-2">
            <span className="text-4xl font-bold tabular-nums" data-testid="alignment-index">
              {score(team.alignment.index)}
            </span>{" "}
            <span className="text-muted">of 100</span>
          </p>
          <p className="mt-1 text-sm">95% interval: {team.alignment.interval ? intervalPoints(team.alignment.interval) : "not available"}</p>
          <p className="mt-2 text-sm text-muted">
            100 means the two sides answer no more differently than two random halves of the same people would. Over the{" "}
            {team.alignment.comparableItems} questions both sides answered, the sides are {score(team.alignment.meanDistance)} points apart on
            average, and chance alone gives {score(team.alignment.meanChanceDistance)}; the index is 100 minus the difference, so a team whose
            sides answer alike scores about 100 whatever its size (a small team&apos;s real differences partly look like chance: read the
            index with its interval). Agreeing about a problem still counts as alignment; the imperative scores say whether it is a problem.
          </p>
        </div>
        <div>
          <h2 id="mirror-title" className="text-xl font-semibold">
            Mirror accuracy
          </h2>
          <p className="mt-2">
            <span className="text-4xl font-bold tabular-nums">{score(team.mirror.accuracy.combined)}</span> <span className="text-muted">of 100</span>
          </p>
          <p className="mt-2 text-sm text-muted">
            How well each side predicted the other: marketing {score(team.mirror.accuracy.marketing)}, IT {score(team.mirror.accuracy.it)}{" "}
            (100 − the mean error). A prediction is “off” only when it lies credibly outside the other side&apos;s actual share and by at
            least 20 points; “close” only when an equivalence test puts it within ±20 points.
          </p>
          <DataTable
            caption="Predictions of the other side (share agreeing)"
            captionVisible
            className="mt-3"
            dense
            rows={team.mirror.items}
            rowKey={(m) => m.itemKey}
            columns={[
              {
                id: "question",
                header: "Question",
                rowHeader: true,
                cell: (m) => {
                  const info = results.items.find((i) => i.key === m.itemKey);
                  return info ? <SideWording info={info} /> : m.itemKey;
                },
              },
              ...SIDES.map(
                (side): Column<(typeof team.mirror.items)[number]> => ({
                  id: side,
                  header: side === "marketing" ? "Marketing predicted IT" : "IT predicted marketing",
                  cell: (m) => {
                    const p = m.predictions[side];
                    return (
                      <>
                        {p.predicted === null || p.actual === null ? "n/a" : `${Math.round(p.predicted)}% predicted, ${Math.round(p.actual)}% actual (error ${signed(p.error)})`}
                        <strong className="block text-xs" data-testid="mirror-label">
                          {p.label}
                        </strong>
                        {p.test ? (
                          <span className="block text-xs text-muted">
                            error {intervalPoints(p.test.interval)}, {qValue(p.test.q)}
                          </span>
                        ) : null}
                      </>
                    );
                  },
                }),
              ),
            ]}
          />
        </div>
      </section>
    </>
  );
}
