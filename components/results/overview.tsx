import type { ReactNode } from "react";
import type { RevealedTeamResults } from "@/lib/results/types";
import { SIDE_LABEL, SIDES, TIER_LABEL } from "@/lib/domain";
import { intervalPoints, qValue, score, signed } from "./format";
import { SideWording } from "./side-wording";
import { type Column, DataTable } from "@/components/ui/data-table";

/**
 * A detail section of the results page, collapsed until opened: its heading is the <summary>, so the outline of
 * the page keeps every section while the page stays a few screens long. No client JavaScript.
 */
export function DetailsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details id={id} className="rounded-lg border border-slate-200 px-4 py-2">
      <summary className="cursor-pointer py-1">
        <h3 className="inline text-lg font-semibold">{title}</h3>
      </summary>
      <div className="pb-3">{children}</div>
    </details>
  );
}

/** Who is counted (and who is not, and why). */
export function WhoIsCounted({ results }: { results: RevealedTeamResults }) {
  const { team, anonymity } = results;
  return (
    <>
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
      </ul>
      {anonymity.notes.length ? (
        <ul className="mt-2 space-y-2" data-testid="anonymity-notes">
          {anonymity.notes.map((note) => (
            <li key={note} className="rounded-md border border-slate-300 bg-slate-50 p-3">
              {note}
            </li>
          ))}
        </ul>
      ) : null}
      {results.lateSubmissions ? (
        <p className="mt-2">
          {results.lateSubmissions} response{results.lateSubmissions === 1 ? " was" : "s were"} submitted after the reveal and{" "}
          {results.lateSubmissions === 1 ? "is" : "are"} not included: the revealed results stay as they were, so that no one can be
          singled out by comparing before and after.
        </p>
      ) : null}
    </>
  );
}

/** The statistics behind every label: the model, the number of comparisons, the false-discovery rate, the notes. */
export function StatisticsDetail({ results }: { results: RevealedTeamResults }) {
  return (
    <div data-testid="evidence-summary">
      <p className="mt-2">
        Scoring model {results.evidence.model}: every label on this page (“wide”, “above”, “below”, “off”, “low”, “about the same”) rests on a
        statistical test. The page makes <strong data-testid="comparison-count">{results.evidence.comparisons} comparisons</strong> (and{" "}
        {results.evidence.equivalenceTests} equivalence tests); among the findings it labels, at most {Math.round(results.evidence.level * 100)}% are
        expected to be false (Benjamini-Hochberg). Where the answers cannot support a conclusion, the page says “not distinguishable” or “too
        few answers to tell”.
      </p>
      {results.evidence.notes.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {results.evidence.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** How the alignment index is made for this team, and how well each side predicted the other. */
export function AlignmentDetail({ results }: { results: RevealedTeamResults }) {
  const { team } = results;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h4 className="mt-2 font-semibold">How the index is computed</h4>
        <p className="mt-1 text-sm">
          Over the {team.alignment.comparableItems} questions both sides answered, the sides are {score(team.alignment.meanDistance)} points apart
          on average, and chance alone gives {score(team.alignment.meanChanceDistance)}; the index is 100 minus the difference, so a team whose
          sides answer alike scores about 100 whatever its size (a small team&apos;s real differences partly look like chance: read the index
          with its interval). Agreeing about a problem still counts as alignment; the imperative scores say whether it is a problem.
        </p>
      </div>
      <div>
        <h4 className="mt-2 font-semibold">Mirror accuracy</h4>
        <p className="mt-1">
          <span className="text-2xl font-bold tabular-nums">{score(team.mirror.accuracy.combined)}</span> <span className="text-muted">of 100</span>
        </p>
        <p className="mt-1 text-sm text-muted">
          How well each side predicted the other: marketing {score(team.mirror.accuracy.marketing)}, IT {score(team.mirror.accuracy.it)} (100 −
          the mean error). A prediction is “off” only when it lies credibly outside the other side&apos;s actual share and by at least 20
          points; “close” only when an equivalence test puts it within ±20 points.
        </p>
      </div>
      <DataTable
        caption="Predictions of the other side (share agreeing)"
        captionVisible
        className="md:col-span-2"
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
              return info ? <SideWording info={info} /> : "a question no longer in the questionnaire";
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
  );
}
