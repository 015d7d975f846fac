import { redirect } from "next/navigation";
import { ImperativeBars } from "@/components/respondent/imperative-bars";
import { BENCHMARK_FIGURES, BENCHMARK_SOURCES, getSource } from "@/lib/benchmarks";
import { IMPERATIVES, SIDE_LABEL } from "@/lib/domain";
import { toClientItem } from "@/lib/questionnaire/client-item";
import { formatAnswer } from "@/lib/respondent/format-answer";
import { requireRespondent } from "@/lib/respondent/session";
import { figureLookupFrom, scoreIndividual } from "@/lib/scoring";

export const metadata = { title: "Your results" };

const pct = (n: number) => `${Math.round(n)}%`;

export default async function ResultsPage() {
  const r = await requireRespondent();
  if (r.status !== "submitted") redirect("/respond");
  const result = scoreIndividual(
    r.questionnaire,
    { id: r.responseId, side: r.side, tier: r.tier, answers: r.answers },
    figureLookupFrom(BENCHMARK_FIGURES, BENCHMARK_SOURCES),
  );
  const population = r.side === "marketing" ? "CMOs" : "CIOs";
  const compared = result.items.filter((i) => i.benchmarks.length && i.value !== null);
  const itemByKey = new Map(r.questionnaire.items.map((i) => [i.key, i]));

  return (
    <div className="max-w-3xl space-y-10">
      <header>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-dark">{r.organizationName}</p>
        <h1 className="mt-1 text-3xl font-bold">Your results</h1>
        <p className="mt-2 text-muted">
          Thank you, {r.participantName}. Your answers are submitted. Below is your own position only, beside what published
          surveys found for {population}. Team results, with the {r.side === "marketing" ? "IT" : "marketing"} side, come from your facilitator.
        </p>
      </header>

      <section aria-labelledby="imperatives-title">
        <h2 id="imperatives-title" className="text-xl font-semibold">
          Your scores on the five imperatives
        </h2>
        <p className="mt-1 text-sm text-muted">0-100, from your answers to the questions on each imperative. Higher means closer to what the imperative asks for.</p>
        <ImperativeBars
          scores={IMPERATIVES.map((imp) => ({
            id: imp.id,
            label: imp.short,
            title: imp.title,
            score: result.imperatives.find((s) => s.imperative === imp.id)?.score ?? null,
          }))}
        />
      </section>

      <section aria-labelledby="recommendations-title">
        <h2 id="recommendations-title" className="text-xl font-semibold">
          Where to start
        </h2>
        {result.recommendations.length ? (
          <ol className="mt-3 space-y-4">
            {result.recommendations.map((rec) => {
              const source = rec.action.source;
              const publication = BENCHMARK_SOURCES.find((x) => x.seedFile === source.file);
              return (
                <li key={rec.action.id} className="rounded-lg border border-slate-200 p-4">
                  <h3 className="font-semibold">{rec.action.title}</h3>
                  <p className="mt-1">{rec.action.text}</p>
                  <p className="mt-2 text-sm text-muted">
                    Why: {rec.triggers.map((t) => t.summary).join(" ")}
                  </p>
                  <p className="mt-1 text-sm text-muted">
                    Source: “{source.quote}” ({publication ? `${publication.publisher}, ${publication.year}` : source.file}).
                  </p>
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="mt-2">Your answers do not point to one imperative in particular. Your facilitator&apos;s team results will show where the two sides differ.</p>
        )}
      </section>

      <section aria-labelledby="compare-title">
        <h2 id="compare-title" className="text-xl font-semibold">
          Your answers beside the published figures for {population}
        </h2>
        <ul className="mt-3 space-y-4">
          {compared.map((item) => {
            const def = itemByKey.get(item.itemKey)!;
            const client = toClientItem(def, r.side);
            return (
              <li key={item.itemKey} className="rounded-lg border border-slate-200 p-4">
                <p className="font-medium">{client.prompt}</p>
                <p className="mt-1">
                  <span className="text-muted">Your answer:</span> {formatAnswer(client, item.value)}
                </p>
                <ul className="mt-2 space-y-1 text-sm">
                  {item.benchmarks.map((b) => {
                    const figure = BENCHMARK_FIGURES.find((f) => f.id === b.figureId)!;
                    const source = getSource(figure.sourceId);
                    return (
                      <li key={b.figureId}>
                        {b.statement}{" "}
                        <span className="text-muted">
                          ({source?.publisher}, {source?.year}
                          {b.n ? `, n = ${b.n}, 95% interval ${pct(b.interval![0])}–${pct(b.interval![1])}` : ", sample size not published"}
                          ).
                        </span>
                        {b.agrees === null ? null : b.agrees ? " Your answer is in line with this statement." : " Your answer differs from this statement."}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
        <p className="mt-4 text-sm text-muted">
          Published figures date from 2010-2014 and describe large companies; read them as a reference point. You answered as {SIDE_LABEL[r.side]}.
        </p>
      </section>
    </div>
  );
}
