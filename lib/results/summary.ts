// The executive summary of revealed team results: what a CMO reads in two minutes. Pure, and the one place
// these sentences are written: the facilitator's results page, the participants' shared view and the exports all
// call buildResultsSummary. Every statement rests on a label that passed the scoring model's tests and its
// false-discovery step (lib/results/findings.ts); a raw difference is never called a finding. No internal key
// (item, option, imperative or action id) appears in any sentence: questions are quoted in each side's own words.
import { IMPERATIVES, type ImperativeId, type Side } from "@/lib/domain";
import { GAP_EQUIVALENCE_MARGIN, LOW_SCORE, MIN_PER_SIDE, PRACTICAL_GAP } from "@/lib/scoring/thresholds";
import type { AnswerPredicate } from "@/lib/questionnaire/types";
import type { GapTest, ImperativeScore, Interval, Recommendation, SidePair, Trigger } from "@/lib/scoring/types";
import { topFindings, type BenchmarkFinding, type Finding, type GapFinding, type MispredictionFinding } from "./findings";
import { optionText } from "./items";
import type { ItemInfo, RevealedBody } from "./types";

/** What the summary reads: a revealed wave's body (the facilitator's view, or the same body shared with participants). */
export type SummaryInput = Pick<RevealedBody, "team" | "items" | "evidence" | "recommendations" | "figures">;

/** The question as a side saw it; side "both" when both sides saw the same words. */
export interface SummaryWording {
  side: Side | "both";
  text: string;
}

export interface SummaryFinding {
  kind: Finding["kind"];
  /** The question's key, for linking to its details. Never shown. */
  itemKey: string;
  imperatives: ImperativeId[];
  /** The question in the words the sides saw (each side's own when they differ). */
  wording: SummaryWording[];
  /** Short label: "Wide gap", "Below the published figure", "Prediction off" … */
  label: string;
  /** The finding in one plain sentence, with the question and its numbers. */
  sentence: string;
  /**
   * The numbers behind it, in points: a gap is marketing − IT, a published comparison ours − published, a
   * prediction predicted − actual; the 95% interval of that estimate; the adjusted p (Benjamini-Hochberg).
   */
  estimate: number;
  interval: Interval | null;
  q: number | null;
}

export interface SummaryImperative {
  imperative: ImperativeId;
  /** The imperative's short name and the report's own sentence (lib/domain.ts). */
  name: string;
  title: string;
  /** Why it comes first: a credibly low score, or the credible signals behind its recommendations. */
  basis: "low score" | "recommendations";
  /** One plain sentence with the evidence. */
  sentence: string;
  /** Its first recommended action, when there is one. */
  firstAction: { title: string; text: string } | null;
}

export interface ResultsSummary {
  counts: SidePair<number>;
  /** Comparisons whose false-discovery rate is controlled together. */
  comparisons: number;
  /** One sentence: how many credible findings from how many comparisons and people. */
  overview: string;
  alignment: {
    /** 0-100, and its 95% interval; null without a question both sides answered. */
    index: number | null;
    interval: Interval | null;
    questions: number;
    /** How to read the 0-100 scale. */
    meaning: string;
    /** What this team's interval says, and no more. */
    reading: string;
  };
  /** The three to five credible findings (none when nothing passed the tests). */
  findings: SummaryFinding[];
  /** When `findings` is empty: why, in one sentence; else null. */
  noFindings: string | null;
  /** The imperatives to act on first (at most three), with one sentence each. */
  actFirst: SummaryImperative[];
  /** When `actFirst` is empty: why, in one sentence; else null. */
  noActFirst: string | null;
  /** What cannot be concluded with this many respondents, in plain sentences. */
  cannotConclude: string[];
}

const MINUS = "\u2212";
const r0 = (x: number) => String(Math.round(x)).replace("-", MINUS);
const pct = (x: number | null) => (x === null ? "no answers" : `${r0(x)}%`);
const points = (i: Interval | null) => (i ? `${r0(i[0])} to ${r0(i[1])} points` : "interval not available");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const SIDE_NAME: Record<Side | "both", string> = { marketing: "Marketing", it: "IT", both: "Marketing and IT together" };
const lower = (s: Side) => (s === "marketing" ? "marketing" : "IT");
const other = (s: Side): Side => (s === "marketing" ? "it" : "marketing");
const imperativeOf = (id: ImperativeId) => IMPERATIVES.find((i) => i.id === id)!;

/** The question in each side's own words (only the sides that were asked it). */
export function wordingOf(item: ItemInfo): SummaryWording[] {
  const asked = (s: Side) => item.sides.includes(s);
  const { marketing, it } = item.prompt;
  if (!asked("it")) return [{ side: "marketing", text: marketing }];
  if (!asked("marketing")) return [{ side: "it", text: it }];
  return marketing === it ? [{ side: "both", text: marketing }] : [{ side: "marketing", text: marketing }, { side: "it", text: it }];
}

/** A statement's closing full stop is left out inside quotation marks (a question keeps its mark). */
const inQuotes = (text: string) => `“${text.replace(/\.$/, "")}”`;

/** “Words” once, or (wording differs) the given side's words first and the other side's in brackets. */
function quote(item: ItemInfo, first: Side | null = null): string {
  const w = wordingOf(item);
  if (w.length === 1) return inQuotes(w[0]!.text);
  const lead = first ?? "marketing";
  return `${inQuotes(item.prompt[lead])} (${lower(other(lead))} was asked: ${inQuotes(item.prompt[other(lead)])})`;
}

/** The words one side saw (a comparison of that side alone). */
const quoteSide = (item: ItemInfo, side: Side) => inQuotes(item.prompt[side]);

/** A verb phrase for "which answers count", singular (a side) or plural (both sides together), and the word before the question. */
interface Verb {
  one: string;
  many: string;
  base: string;
  link: string;
}
function verbOf(match: AnswerPredicate | null, item: ItemInfo): Verb {
  const opt = (id: string) => `“${optionText(item, id)}”`;
  const v = (one: string, many: string, base: string, link: string): Verb => ({ one, many, base, link });
  if (!match) return v("answers", "answer", "answer", "to");
  switch (match.type) {
    case "scale-at-least":
      return match.min === 4 ? v("agrees", "agree", "agree", "that") : v(`answers ${match.min} or more of 5`, `answer ${match.min} or more of 5`, `answer ${match.min} or more of 5`, "to");
    case "equals":
      if (match.value === true) return v("answers yes", "answer yes", "answer yes", "to");
      if (match.value === false) return v("answers no", "answer no", "answer no", "to");
      return v(`answers ${opt(String(match.value))}`, `answer ${opt(String(match.value))}`, `answer ${opt(String(match.value))}`, "to");
    case "includes":
      return v(`chooses ${opt(match.option)}`, `choose ${opt(match.option)}`, `choose ${opt(match.option)}`, "in");
    case "ranked-within":
      return v(`ranks ${opt(match.option)} in its top ${match.top}`, `rank ${opt(match.option)} in their top ${match.top}`, `rank ${opt(match.option)} in their top ${match.top}`, "in");
    case "at-least":
      return v(`answers ${match.min} or more`, `answer ${match.min} or more`, `answer ${match.min} or more`, "to");
    case "more-than":
      return v(`answers more than ${match.min}`, `answer more than ${match.min}`, `answer more than ${match.min}`, "to");
  }
}

function gapSentence(f: GapFinding): string {
  const t: GapTest = f.test;
  const lead: Side = f.estimate >= 0 ? "marketing" : "it";
  const trail = other(lead);
  const n = r0(Math.abs(f.estimate));
  // the interval of the leading side minus the other, so that it reads in the sentence's direction
  const i: Interval | null = f.interval ? (lead === "marketing" ? f.interval : [-f.interval[1], -f.interval[0]]) : null;
  const val = (s: Side) => t.values[s];
  const ci = `95% interval of the gap: ${points(i)}`;
  if (t.basis === "mean") {
    const a = val(lead), b = val(trail);
    const nums = `${a === null ? "n/a" : r0(a)} against ${b === null ? "n/a" : r0(b)}`;
    if (t.option) {
      return `${SIDE_NAME[lead]} gives “${optionText(f.item, t.option)}” ${n} more points on average than ${lower(trail)} in ${quote(f.item, lead)}: ${nums} (${ci}).`;
    }
    return `${SIDE_NAME[lead]}'s average answer to ${quote(f.item, lead)} is ${n} points higher than ${lower(trail)}'s on a 0-100 scale: ${nums} (${ci}).`;
  }
  const verb = verbOf(t.match, f.item);
  return `${SIDE_NAME[lead]} ${verb.one} ${n} points more often than ${lower(trail)} ${verb.link} ${quote(f.item, lead)}: ${pct(val(lead))} against ${pct(val(trail))} (${ci}).`;
}

function benchmarkSentence(f: BenchmarkFinding, results: SummaryInput): string {
  const c = f.comparison;
  const link = f.item.links.find((l) => l.figureId === c.figureId && l.population === c.side && (l.option ?? null) === (c.option ?? null));
  const predicate = results.team.items.find((i) => i.itemKey === c.itemKey)?.predicates.find((p) => p.key === link?.predicateKey);
  const verb = verbOf(predicate?.match ?? null, f.item);
  const fig = results.figures[c.figureId];
  const population = c.side === "marketing" ? "CMOs" : c.side === "it" ? "CIOs" : "CMOs and CIOs";
  const surveyed = fig ? `the ${population} surveyed by ${fig.source.publisher} (${fig.source.year})` : `the published ${population}`;
  const direction = c.verdict === "above" ? "more often" : "less often";
  const published = c.published.bounds ? `between ${pct(c.published.bounds.low)} and ${pct(c.published.bounds.high)}` : pct(c.published.value);
  const n = c.published.n === null ? "sample size not published" : `n = ${c.published.n}`;
  const d = c.test?.estimate ?? c.difference ?? 0;
  const who = SIDE_NAME[c.side];
  const people = c.org.tiers === "leaders" ? "leaders" : "people";
  return `${who} ${c.side === "both" ? verb.many : verb.one} ${direction} than ${surveyed} ${verb.link} ${c.side === "both" ? quote(f.item) : quoteSide(f.item, c.side)}: ${pct(c.org.share)} of ${c.org.n} ${people} against ${published} (${n}), ${r0(Math.abs(d))} points ${c.verdict} (95% interval of the difference: ${points(c.test?.interval ?? null)}).`;
}

function mispredictionSentence(f: MispredictionFinding, results: SummaryInput): string {
  const p = f.prediction;
  const predicted = other(f.predictingSide);
  const predicate = results.team.items.find((i) => i.itemKey === f.itemKey)?.predicates.find((x) => x.source === "mirror") ?? null;
  const verb = verbOf(predicate?.match ?? null, f.item);
  const error = p.error ?? 0;
  const ai = p.actualInterval ? ` (95% interval ${r0(p.actualInterval[0])}% to ${r0(p.actualInterval[1])}%)` : "";
  return `${SIDE_NAME[f.predictingSide]} expected ${pct(p.predicted)} of ${lower(predicted)} to ${verb.base} ${verb.link} ${quoteSide(f.item, predicted)}; ${pct(p.actual)} did${ai}: ${error > 0 ? "an overestimate" : "an underestimate"} of ${r0(Math.abs(error))} points.`;
}

function summaryFinding(f: Finding, results: SummaryInput): SummaryFinding {
  const base = { kind: f.kind, itemKey: f.itemKey, imperatives: [...f.item.imperatives], wording: wordingOf(f.item) };
  switch (f.kind) {
    case "gap":
      return { ...base, label: f.gap.label === "wide" ? "Wide gap" : "Small gap", sentence: gapSentence(f), estimate: f.estimate, interval: f.interval, q: f.q };
    case "benchmark":
      return {
        ...base,
        label: f.comparison.verdict === "above" ? "Above the published figure" : "Below the published figure",
        sentence: benchmarkSentence(f, results),
        estimate: f.comparison.test?.estimate ?? f.comparison.difference ?? 0,
        interval: f.comparison.test?.interval ?? null,
        q: f.comparison.test?.q ?? null,
      };
    case "misprediction":
      return {
        ...base,
        label: "Prediction off",
        sentence: mispredictionSentence(f, results),
        estimate: f.prediction.test?.estimate ?? f.prediction.error ?? 0,
        interval: f.prediction.test?.interval ?? null,
        q: f.prediction.test?.q ?? null,
      };
  }
}

function alignmentOf(results: SummaryInput, hasFindings: boolean): ResultsSummary["alignment"] {
  const a = results.team.alignment;
  const questions = a.comparableItems;
  const meaning =
    `0-100. 100 means the two sides answer no more differently than two random halves of the same people would; each point below 100 is a point of difference, averaged over the ${plural(questions, "question")} both sides answered, that chance does not explain. ` +
    "It is not a grade, and there is no published norm for it: read it against 100, with its interval, and from one wave to the next.";
  if (a.index === null) {
    return { index: null, interval: null, questions, meaning, reading: "Not available: no question was answered by both sides." };
  }
  const small = results.team.anecdotal.marketing || results.team.anecdotal.it;
  const caution = " A small team's index reads high even when the sides differ, because part of a real difference looks like chance.";
  if (!a.interval) {
    return { index: a.index, interval: null, questions, meaning, reading: `No interval could be computed, so how precise ${r0(a.index)} is cannot be told.${caution}` };
  }
  const [lo, hi] = a.interval;
  const reading =
    hi >= 99.5
      ? `Its 95% interval, ${r0(lo)} to ${r0(hi)}, reaches 100: over all ${plural(questions, "question")} together, these answers are consistent with sides that differ no more than chance would make them. That is not proof that they agree${hasFindings ? ", and single questions can still differ credibly (below)" : ""}.${small || lo < 80 ? caution : ""}`
      : `Its 95% interval, ${r0(lo)} to ${r0(hi)}, stays below 100: the sides answer more differently than chance alone explains, by about ${r0(100 - hi)} to ${r0(100 - lo)} points per question on average. The findings below say where.`;
  return { index: a.index, interval: a.interval, questions, meaning, reading };
}

const KIND_WORDS: Record<Trigger["kind"], [string, string]> = {
  "wide-gap": ["a wide gap between the sides", "wide gaps between the sides"],
  benchmark: ["an unfavourable difference from a published figure", "unfavourable differences from published figures"],
  "mis-prediction": ["a prediction of the other side that was off", "predictions of the other side that were off"],
  "low-imperative": ["a score credibly below 50", "scores credibly below 50"],
};

/** The evidence behind recommendations, in words: "2 wide gaps between the sides and 1 prediction … that was off". */
export function evidenceInWords(triggers: readonly Trigger[]): string {
  const seen = new Set<string>();
  const counts = new Map<Trigger["kind"], number>();
  for (const t of triggers) {
    const key = `${t.kind}|${t.itemKey ?? ""}|${t.side ?? ""}|${t.figureId ?? ""}|${t.option ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  }
  const parts = (["low-imperative", "wide-gap", "benchmark", "mis-prediction"] as const)
    .filter((k) => counts.has(k))
    .map((k) => {
      const n = counts.get(k)!;
      return n === 1 ? KIND_WORDS[k][0] : `${n} ${KIND_WORDS[k][1]}`;
    });
  if (parts.length <= 1) return parts[0] ?? "no credible signal";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

function scoreWords(s: ImperativeScore, side: Side): string {
  const v = s[side];
  const i = s.intervals[side];
  return `${SIDE_NAME[side]} scores it ${v === null ? "n/a" : r0(v)} of 100${i ? ` (95% interval ${r0(i[0])} to ${r0(i[1])})` : ""}`;
}

function actFirstOf(results: SummaryInput): { list: SummaryImperative[]; none: string | null } {
  const MAX = 3;
  const first = (id: ImperativeId) => {
    const rec = results.recommendations.find((r) => r.action.imperative === id);
    return rec ? { title: rec.action.title, text: rec.action.text } : null;
  };
  const lows = results.team.imperatives
    .map((s) => ({ s, sides: (["marketing", "it"] as const).filter((side) => s.low[side].label === "low") }))
    .filter((x) => x.sides.length > 0)
    .sort((a, b) => Math.min(...a.sides.map((s) => a.s[s] ?? 100)) - Math.min(...b.sides.map((s) => b.s[s] ?? 100)));
  if (lows.length) {
    return {
      list: lows.slice(0, MAX).map(({ s, sides }) => {
        const imp = imperativeOf(s.imperative);
        return {
          imperative: s.imperative,
          name: imp.short,
          title: imp.title,
          basis: "low score" as const,
          sentence: `${sides.map((side) => scoreWords(s, side)).join("; ")}: credibly below ${LOW_SCORE}${sides.length === 2 ? " on both sides" : ""}, after allowing for all ${results.evidence.comparisons} comparisons.`,
          firstAction: first(s.imperative),
        };
      }),
      none: null,
    };
  }
  const order: ImperativeId[] = [];
  for (const r of results.recommendations) if (!order.includes(r.action.imperative)) order.push(r.action.imperative);
  if (order.length) {
    return {
      list: order.slice(0, MAX).map((id) => {
        const imp = imperativeOf(id);
        const triggers = results.recommendations.filter((r: Recommendation) => r.action.imperative === id).flatMap((r) => r.triggers);
        return {
          imperative: id,
          name: imp.short,
          title: imp.title,
          basis: "recommendations" as const,
          sentence: `No score is credibly low, but its questions show ${evidenceInWords(triggers)}, credible after allowing for all ${results.evidence.comparisons} comparisons.`,
          firstAction: first(id),
        };
      }),
      none: null,
    };
  }
  if (results.evidence.comparisons === 0) {
    return { list: [], none: `Nothing can be recommended: with fewer than ${MIN_PER_SIDE} respondents on a side, nothing could be tested.` };
  }
  return {
    list: [],
    none: `Nothing is strong enough to recommend an action: none of the ${results.evidence.comparisons} comparisons shows a credibly low imperative score, a wide gap, a prediction that was off or an unfavourable difference from a published figure. That is not proof that all is well; these answers cannot tell.`,
  };
}

function cannotConcludeOf(results: SummaryInput): string[] {
  const { team, evidence } = results;
  const out: string[] = [];
  for (const side of ["marketing", "it"] as const) {
    if (!team.anecdotal[side]) continue;
    const n = team.counts[side];
    out.push(
      `Only ${plural(n, `${lower(side)} respondent`)}: fewer than ${MIN_PER_SIDE}, so no gap, comparison or prediction involving ${lower(side)} can be tested, and ${lower(side)}'s numbers are anecdotal. Invite at least ${MIN_PER_SIDE - n} more from ${lower(side)} to the next wave.`,
    );
  }
  if (evidence.detectableGap !== null) {
    out.push(
      `With ${team.counts.marketing} marketing and ${team.counts.it} IT respondents, a gap between the sides has to be about ${evidence.detectableGap} points or more to be told apart from chance; it is called wide only from ${PRACTICAL_GAP} points, after allowing for all ${evidence.comparisons} comparisons.`,
    );
  }
  const compared = team.gaps.filter((g) => g.tests.length > 0);
  const undecided = compared.filter((g) => g.label === "not distinguishable" || g.label === "too few answers to tell").length;
  const same = compared.filter((g) => g.label === "about the same").length;
  const anecdotal = team.anecdotal.marketing || team.anecdotal.it;
  // with a side under the minimum every gap is "too few answers to tell", as the first sentence says
  if (undecided > 0 && !anecdotal) {
    out.push(
      `On ${undecided} of ${plural(compared.length, "question")} the two sides cannot be told apart. That does not mean they agree: ${same === 0 ? "no question was" : `only ${plural(same, "question was", "questions were")}`} shown to be answered about the same (within ±${GAP_EQUIVALENCE_MARGIN} points).`,
    );
  }
  const tested = team.benchmarks.filter((c) => c.verdict !== "context only");
  const open = tested.filter((c) => c.verdict === "not distinguishable" || c.verdict === "too few answers to tell").length;
  if (open > 0) {
    out.push(`${open} of ${plural(tested.length, "comparison")} with published figures cannot tell this team from the executives surveyed, in either direction.`);
  }
  const lowTests = team.imperatives.flatMap((s) => [s.low.marketing, s.low.it]).filter((l) => l.test !== null);
  if (lowTests.length > 0 && !lowTests.some((l) => l.label === "low")) {
    out.push(`No imperative score is credibly below ${LOW_SCORE}; scores near ${LOW_SCORE} may still be a problem that these numbers cannot show.`);
  }
  if (evidence.recordedModel !== "v2") {
    out.push(`These results were revealed under scoring model ${evidence.recordedModel} and are shown with model v2's tests, so some labels differ from what was shown at the reveal.`);
  }
  out.push("The published figures come from surveys of large companies in 2010-2014: a difference from them says this team differs from what those executives said then, not that it misses a standard.");
  return out;
}

/**
 * The executive summary of revealed team results, as plain data: the alignment index and how to read it, the
 * three to five credible findings (topFindings) as sentences, the imperatives to act on first (a credibly low
 * score, else the recommendations' top imperatives, which rest on credible signals only) and what these
 * respondents cannot show. Deterministic: the same results give the same summary.
 */
export function buildResultsSummary(results: SummaryInput): ResultsSummary {
  const findings = topFindings(results, 5).map((f) => summaryFinding(f, results));
  const act = actFirstOf(results);
  const { counts } = results.team;
  const people = `${counts.marketing} marketing and ${counts.it} IT respondent${counts.it === 1 ? "" : "s"}`;
  const overview = findings.length
    ? `${plural(findings.length, "credible finding")} from ${results.evidence.comparisons} comparisons of the answers of ${people}; each holds after allowing for every comparison made.`
    : `No credible finding from the answers of ${people}${results.evidence.comparisons ? ` (${results.evidence.comparisons} comparisons)` : ""}.`;
  const anecdotal = results.team.anecdotal.marketing || results.team.anecdotal.it;
  return {
    counts: { ...counts },
    comparisons: results.evidence.comparisons,
    overview,
    alignment: alignmentOf(results, findings.length > 0),
    findings,
    noFindings: findings.length
      ? null
      : anecdotal
        ? `Nothing can be called a finding: a side with fewer than ${MIN_PER_SIDE} respondents gives no verdict, however far apart the answers are.`
        : "No gap, difference from a published figure or prediction passed its test after allowing for every comparison made: these answers cannot show one.",
    actFirst: act.list,
    noActFirst: act.none,
    cannotConclude: cannotConcludeOf(results),
  };
}
