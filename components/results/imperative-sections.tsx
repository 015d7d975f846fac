import { IMPERATIVES, SIDE_LABEL, type ImperativeId, type Side } from "@/lib/domain";
import { benchmarkFindings, credibleGaps, mispredictionFindings } from "@/lib/results/findings";
import type { RevealedTeamResults } from "@/lib/results/types";
import type { BenchmarkVerdict, ImperativeScore, Interval } from "@/lib/scoring/types";
import { intervalPoints, score } from "./format";
import { GapsLegend, GapsTable } from "./gaps-table";
import { RecommendationList } from "./recommendations";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function lowWords(s: ImperativeScore | undefined, side: Side): string {
  if (!s || s[side] === null) return "no answers";
  const label = s.low[side].label;
  return label === "low" ? "credibly below 50: low" : label === "too few answers to tell" ? "too few answers to tell" : "not credibly below 50";
}

function ScoreCell({ label, value, interval, note }: { label: string; value: number | null; interval: Interval | null; note?: string }) {
  return (
    <div>
      <dt className="text-sm font-semibold">{label}</dt>
      <dd>
        <span className="text-2xl font-bold tabular-nums">{score(value)}</span> <span className="text-sm text-muted">of 100</span>
        <span className="block text-xs text-muted">{interval ? `95% interval ${intervalPoints(interval)}` : "no interval"}</span>
        {note ? <span className="block text-xs font-semibold">{note}</span> : null}
      </dd>
    </div>
  );
}

const VERDICT_ORDER: BenchmarkVerdict[] = ["above", "below", "about the same", "not distinguishable", "too few answers to tell", "context only"];

/** What its questions show, in one sentence: the credible findings among them, or that there are none. */
function findingsLine(results: RevealedTeamResults, id: ImperativeId, questions: number): string {
  const mine = <T extends { item: { imperatives: readonly string[] } }>(list: T[]) => list.filter((f) => f.item.imperatives.includes(id));
  const gaps = mine(credibleGaps(results));
  const wide = gaps.filter((g) => g.gap.label === "wide").length;
  const published = mine(benchmarkFindings(results));
  const predictions = mine(mispredictionFindings(results));
  const parts = [
    wide ? plural(wide, "wide gap") + " between the sides" : "",
    gaps.length - wide ? plural(gaps.length - wide, "small but credible gap") : "",
    published.length ? plural(published.length, "credible difference") + " from a published figure" : "",
    predictions.length ? plural(predictions.length, "prediction") + ` of the other side that ${predictions.length === 1 ? "was" : "were"} off` : "",
  ].filter(Boolean);
  if (!parts.length) {
    return `Nothing among its ${plural(questions, "question")} passed its test: no gap, difference from a published figure or prediction here is a finding.`;
  }
  return `Credible among its ${plural(questions, "question")}: ${parts.join(", ")}.`;
}

function benchmarkLine(results: RevealedTeamResults, keys: Set<string>): string | null {
  const mine = results.team.benchmarks.filter((c) => keys.has(c.itemKey));
  if (!mine.length) return null;
  const counts = VERDICT_ORDER.map((v) => [v, mine.filter((c) => c.verdict === v).length] as const).filter(([, n]) => n > 0);
  return `Against the published figures (${plural(mine.length, "comparison")}): ${counts.map(([v, n]) => `${n} ${v}`).join(", ")}.`;
}

/** One section per imperative: its score per side, what its questions show, its recommendations, its questions (collapsed). */
export function ImperativeSections({ results }: { results: RevealedTeamResults }) {
  return (
    <section aria-labelledby="imperatives-title" data-print="hide">
      <h2 id="imperatives-title" className="text-xl font-semibold">
        The five imperatives
      </h2>
      <p className="mt-1 text-sm text-muted">
        Accenture&apos;s five imperatives for marketing and IT. Each score is 0-100 from the answers to its questions (higher is closer to what
        the imperative asks for): each person&apos;s weighted mean, then the mean over the side, with its 95% interval. No published score
        exists for the imperatives; the surveys report single findings, compared question by question.
      </p>
      <GapsLegend results={results} />
      <div className="mt-4 space-y-4">
        {IMPERATIVES.map((imp) => {
          const s = results.team.imperatives.find((x) => x.imperative === imp.id);
          const items = results.items.filter((i) => i.imperatives.includes(imp.id));
          const keys = new Set(items.map((i) => i.key));
          const recs = results.recommendations.filter((r) => r.action.imperative === imp.id);
          const bench = benchmarkLine(results, keys);
          return (
            <section key={imp.id} id={`imperative-${imp.id}`} aria-labelledby={`imperative-${imp.id}-title`} className="rounded-lg border border-slate-200 p-4">
              <h3 id={`imperative-${imp.id}-title`} className="text-lg font-semibold">
                {imp.short}
              </h3>
              <p className="text-sm text-muted">{imp.title}</p>
              <dl className="mt-3 grid gap-3 sm:grid-cols-3">
                {(["marketing", "it"] as const).map((side) => (
                  <ScoreCell key={side} label={SIDE_LABEL[side]} value={s?.[side] ?? null} interval={s?.intervals[side] ?? null} note={lowWords(s, side)} />
                ))}
                <ScoreCell label="Both sides" value={s?.combined ?? null} interval={s?.intervals.combined ?? null} />
              </dl>
              <p className="mt-3">{findingsLine(results, imp.id, items.length)}</p>
              {bench ? <p className="text-sm text-muted">{bench}</p> : null}
              {recs.length ? (
                <>
                  <h4 className="mt-3 font-semibold">Recommended {recs.length === 1 ? "action" : "actions"}</h4>
                  <RecommendationList results={results} recommendations={recs} />
                </>
              ) : (
                <p className="mt-2 text-sm">No action is recommended here: none of its questions gives a credible signal.</p>
              )}
              {items.length ? (
                <details className="mt-3">
                  <summary className="cursor-pointer font-medium">
                    Its {plural(items.length, "question")}: each side&apos;s answers in its own words, the gaps and the published figures
                  </summary>
                  <GapsTable results={results} items={items} caption={`Questions on “${imp.short}”: each side's answers, the gap and the published figures`} regionLabel={`${imp.short}: questions`} />
                </details>
              ) : null}
            </section>
          );
        })}
      </div>
      <OtherQuestions results={results} />
    </section>
  );
}

/** Questions tagged with no imperative (possible in an authored questionnaire; free text is listed below). */
function OtherQuestions({ results }: { results: RevealedTeamResults }) {
  const items = results.items.filter((i) => i.imperatives.length === 0 && i.kind !== "free-text");
  if (!items.length) return null;
  return (
    <details className="mt-4 rounded-lg border border-slate-200 p-4">
      <summary className="cursor-pointer font-medium">Questions on no imperative ({items.length})</summary>
      <GapsTable results={results} items={items} caption="Questions on no imperative: each side's answers, the gap and the published figures" regionLabel="Questions on no imperative" />
    </details>
  );
}
