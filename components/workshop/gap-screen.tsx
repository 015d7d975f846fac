import { SIDE_LABEL, SIDES, type Side } from "@/lib/domain";
import type { WorkshopBenchmark, WorkshopDistribution, WorkshopGap, WorkshopPrediction, WorkshopScreen } from "@/lib/results/workshop";
import { OUTCOME_LABEL } from "@/lib/results/workshop-outcome";
import { adjustedP, percent, range, signedPoints, whole } from "./format";
import { OutcomeForm } from "./outcome-form";
import { QuestionWording } from "./question-wording";

const BAR: Record<Side, string> = { marketing: "bg-marketing", it: "bg-it" };

const UNIT_CAPTION: Record<WorkshopDistribution["unit"], string> = {
  share: "How each side answered (percent of its respondents)",
  "share-multi": "How each side answered (percent of its respondents choosing or ranking each answer; several allowed)",
  points: "How each side divided its 100 points (mean points per answer)",
  mean: "Each side's mean answer (0-100)",
};

function value(v: number | null, unit: WorkshopDistribution["unit"] | "share-basis" | "mean-basis"): string {
  if (v === null) return "no answers";
  return unit === "share" || unit === "share-multi" || unit === "share-basis" ? `${whole(v)}%` : whole(v);
}

function GapHeadline({ gap, practicalGap, comparisons }: { gap: WorkshopGap; practicalGap: number; comparisons: number }) {
  const basis = gap.basis === "share" ? "share-basis" : "mean-basis";
  const interval = range(gap.interval);
  const p = adjustedP(gap.q);
  const detail = [interval ? `95% interval ${interval}` : null, p].filter(Boolean).join("; ");
  return (
    <div className="rounded-lg border-2 border-ink p-5" data-testid="gap-headline">
      <p className="text-2xl">
        <strong className="font-bold">{gap.established ? (gap.label === "wide" ? "Wide gap" : "Small gap") : "Not established"}</strong>
        {" "}in the {gap.reading}: {SIDES.map((s) => `${SIDE_LABEL[s]} ${value(gap.values[s], basis)} (${gap.n[s]} answer${gap.n[s] === 1 ? "" : "s"})`).join(", ")}.
      </p>
      <p className="mt-2 text-xl">
        Difference {signedPoints(gap.estimate)} (marketing − IT){detail ? `, ${detail}` : ""}.
      </p>
      <p className="mt-2 text-xl">
        {gap.established
          ? gap.label === "wide"
            ? `Credible after allowing for all ${comparisons} comparisons of these results, and at least ${practicalGap} points.`
            : `Credible after allowing for all ${comparisons} comparisons of these results, but under ${practicalGap} points.`
          : `Not a finding: ${gap.label === "too few answers to tell" ? "too few answers on a side to tell" : "it cannot be told apart from chance with these answers"}. Treat it as a question for the room, not as a result.`}
      </p>
    </div>
  );
}

function Distribution({ distribution, n }: { distribution: WorkshopDistribution; n: Record<Side, number> }) {
  const max = distribution.unit === "points" ? Math.max(1, ...distribution.rows.flatMap((r) => SIDES.map((s) => r.values[s] ?? 0))) : 100;
  return (
    <table className="w-full border-collapse text-left text-xl">
      <caption className="mb-2 text-left text-2xl font-bold">{UNIT_CAPTION[distribution.unit]}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4">
            Answer
          </th>
          {SIDES.map((s) => (
            <th key={s} scope="col" className="py-2 pr-4">
              {SIDE_LABEL[s]} ({n[s]})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {distribution.rows.map((row) => (
          <tr key={row.label} className="border-b border-slate-400 align-middle">
            <th scope="row" className="py-2 pr-4 font-medium">
              {row.label}
            </th>
            {SIDES.map((s) => {
              const v = row.values[s];
              return (
                <td key={s} className="py-2 pr-4">
                  <span className="flex items-center gap-3">
                    <span className="w-24 shrink-0 text-right font-bold tabular-nums">{value(v, distribution.unit)}</span>
                    <span aria-hidden="true" className="block h-5 w-full max-w-64 rounded-sm bg-slate-200">
                      {v ? <span className={`block h-5 rounded-sm ${BAR[s]}`} style={{ width: `${Math.min(100, (100 * v) / max)}%` }} /> : null}
                    </span>
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PREDICTION_VERDICT: Record<WorkshopPrediction["label"], (p: WorkshopPrediction) => string> = {
  off: (p) => `Off: credibly wrong, by ${whole(Math.abs(p.error ?? 0))} points.`,
  close: () => "Close: within 20 points either way.",
  "not distinguishable": () => "Not distinguishable: these answers cannot tell whether the expectation was right.",
  "too few answers to tell": () => "Too few answers to tell.",
};

function Predictions({ predictions }: { predictions: WorkshopPrediction[] }) {
  return (
    <section aria-labelledby="predictions-title">
      <h3 id="predictions-title" className="text-2xl font-bold">
        What each side expected of the other
      </h3>
      <ul className="mt-2 grid gap-3">
        {predictions.map((p) => {
          const other: Side = p.by === "marketing" ? "it" : "marketing";
          const interval = range(p.actualInterval);
          return (
            <li key={p.by} className="text-xl">
              <strong>{SIDE_LABEL[p.by]}</strong> expected {percent(p.predicted)} of {SIDE_LABEL[other]} ({p.reading}, mean of {p.n} prediction{p.n === 1 ? "" : "s"});{" "}
              {SIDE_LABEL[other]}&apos;s actual share: {percent(p.actual)} of {p.nActual}
              {interval ? ` (95% interval ${interval}%)` : ""}. <strong>{PREDICTION_VERDICT[p.label](p)}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const OURS: Record<WorkshopBenchmark["side"], string> = { marketing: "Our marketing", it: "Our IT", both: "Both our sides" };

function verdictOf(b: WorkshopBenchmark): string {
  const detail = [b.difference !== null ? signedPoints(b.difference) : null, range(b.interval) ? `95% interval ${range(b.interval)}` : null, adjustedP(b.q)].filter(Boolean).join(", ");
  switch (b.verdict) {
    case "above":
      return `Above the published figure (${detail}).`;
    case "below":
      return `Below the published figure (${detail}).`;
    case "about the same":
      return "About the same as the published figure (within 10 points).";
    case "not distinguishable":
      return "Not distinguishable from the published figure with these answers.";
    case "too few answers to tell":
      return "Too few answers to tell.";
    case "context only":
      return `Context only: ${b.contextOnly ?? "the survey asked differently"}.`;
  }
}

function Benchmarks({ benchmarks }: { benchmarks: WorkshopBenchmark[] }) {
  return (
    <section aria-labelledby="benchmarks-title">
      <h3 id="benchmarks-title" className="text-2xl font-bold">
        Published figures
      </h3>
      {benchmarks.length ? (
        <ul className="mt-2 grid gap-3">
          {benchmarks.map((b, i) => (
            <li key={`${b.side}-${i}`} className="text-xl">
              “{b.statement}”{" "}
              <span className="text-muted">
                ({b.source ? `${b.source.publisher}, ${b.source.year}` : "published survey"}
                {b.published.n ? `, n = ${b.published.n.toLocaleString("en-US")}` : ", sample size not published"})
              </span>
              . {OURS[b.side]} {b.ours.tiers === "leaders" ? "leaders" : "respondents"}: {b.ours.n ? `${percent(b.ours.share)} of ${b.ours.n}` : "no answers"}.{" "}
              <strong>{verdictOf(b)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-xl">No published figure asks this question.</p>
      )}
      <p className="mt-2 text-lg text-muted">Published figures date from 2010-2014 and describe large companies: a reference point, not a target.</p>
    </section>
  );
}

/** One gap on the projector: the question in each side's words, the answers, the evidence, and the outcome form. */
export function GapScreen(props: {
  screen: WorkshopScreen;
  total: number;
  assessmentId: string;
  waveNumber: number;
  present: boolean;
  comparisons: number;
  practicalGap: number;
}) {
  const { screen, total } = props;
  return (
    <article aria-labelledby="screen-title" className="grid gap-8">
      <header>
        <p className="text-xl font-semibold uppercase tracking-wide">
          Gap {screen.number} of {total}
          {screen.imperatives.length ? ` · ${screen.imperatives.join(", ")}` : ""}
        </p>
        <h2 id="screen-title" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">
          <QuestionWording wording={screen.wording} />
        </h2>
      </header>
      <GapHeadline gap={screen.gap} practicalGap={props.practicalGap} comparisons={props.comparisons} />
      {screen.distribution ? <Distribution distribution={screen.distribution} n={screen.gap.n} /> : null}
      {screen.predictions.length ? <Predictions predictions={screen.predictions} /> : null}
      <Benchmarks benchmarks={screen.benchmarks} />
      <section aria-label="Outcome" className="grid gap-3 rounded-lg border-2 border-slate-600 p-5">
        <p className="text-xl" data-testid="recorded-outcome">
          {screen.outcome ? (
            <>
              Recorded: <strong>{OUTCOME_LABEL[screen.outcome.outcome]}</strong>
              {screen.outcome.updatedBy ? ` (by ${screen.outcome.updatedBy})` : ""}.
            </>
          ) : (
            "No outcome recorded yet."
          )}
        </p>
        <OutcomeForm
          key={screen.itemKey}
          assessmentId={props.assessmentId}
          waveNumber={props.waveNumber}
          itemKey={screen.itemKey}
          screen={screen.number}
          present={props.present}
          voteOptions={screen.voteOptions}
          outcome={screen.outcome}
        />
      </section>
    </article>
  );
}
