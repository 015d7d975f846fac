// The workshop: what a facilitator puts on the projector after the reveal, one gap per screen. Pure, over revealed
// team results and the outcomes recorded for the wave (lib/data/workshop.ts loads both for an actor).
//
// Only credible gaps (labels that passed the scoring model's tests and its false-discovery step) are presented as
// gaps, widest first (credibleGaps). When there is none, the largest observed differences may still be discussed,
// but each screen says plainly that the difference is not established: it could be chance with this many answers
// (lib/scoring/README.md, "The one rule"). Internal item keys travel only in form fields, never on screen.
import { IMPERATIVES, type Side } from "@/lib/domain";
import { describePredicate } from "@/lib/export/rows";
import { AGREEMENT_SCALE } from "@/lib/questionnaire/types";
import { PRACTICAL_GAP } from "@/lib/scoring/thresholds";
import type { BenchmarkVerdict, GapLabel, GapTest, Interval, ItemGap, MirrorLabel, SidePair, TestMethod } from "@/lib/scoring/types";
import { credibleGaps } from "./findings";
import { optionText } from "./items";
import type { ItemInfo, RevealedBody } from "./types";
import { voteOptionsOf, type VoteOption, type WorkshopOutcomeRecord } from "./workshop-outcome";

/** How many not-established differences are offered when nothing is credible. */
export const MAX_NOT_ESTABLISHED = 3;

/** One answer and how each side gave it. */
export interface DistributionRow {
  label: string;
  values: SidePair<number | null>;
}

export interface WorkshopDistribution {
  /**
   * "share": percent of the side's respondents giving the answer (they add up to 100); "share-multi": percent
   * choosing or ranking each option (several allowed); "points": mean points of 100; "mean": mean answer 0-100.
   */
  unit: "share" | "share-multi" | "points" | "mean";
  rows: DistributionRow[];
}

export interface WorkshopGap {
  /** "wide"/"small" for a credible gap; the test's own label ("too few answers to tell", …) when not established. */
  label: GapLabel;
  established: boolean;
  /** What the difference is of, in words ("share answering yes"). */
  reading: string;
  basis: GapTest["basis"];
  values: SidePair<number | null>;
  n: SidePair<number>;
  /** marketing − IT, points. */
  estimate: number;
  interval: Interval | null;
  q: number | null;
  method: TestMethod | null;
}

export interface WorkshopBenchmark {
  side: Side | "both";
  statement: string;
  published: { value: number; n: number | null; bounds: { low: number; high: number } | null; subgroup: string | null };
  source: { publisher: string; title: string; year: number } | null;
  ours: { share: number | null; n: number; tiers: "leaders" | "everyone" };
  /** The scoring model's verdict: "above"/"below" only when credible after the false-discovery step. */
  verdict: BenchmarkVerdict;
  difference: number | null;
  interval: Interval | null;
  q: number | null;
  contextOnly: string | null;
}

export interface WorkshopPrediction {
  /** The side that predicted the other. */
  by: Side;
  /** What the other side was asked to be predicted on ("share answering yes"). */
  reading: string;
  n: number;
  predicted: number | null;
  actual: number | null;
  nActual: number;
  actualInterval: Interval | null;
  error: number | null;
  label: MirrorLabel;
  q: number | null;
}

export interface WorkshopScreen {
  /** 1-based position in the workshop (the URL's gap=K). */
  number: number;
  /** For the outcome form only: never shown. */
  itemKey: string;
  /** The wording each side saw; null for a side that was not asked. */
  wording: SidePair<string | null>;
  imperatives: string[];
  gap: WorkshopGap;
  distribution: WorkshopDistribution | null;
  benchmarks: WorkshopBenchmark[];
  predictions: WorkshopPrediction[];
  voteOptions: VoteOption[];
  outcome: WorkshopOutcomeRecord | null;
}

export interface WorkshopView {
  /** "credible": credible gaps; "not-established": no credible gap, the largest observed differences; "nothing": neither. */
  mode: "credible" | "not-established" | "nothing";
  screens: WorkshopScreen[];
  /** Outcomes recorded for questions that are not on a screen (kept and listed in the summary). */
  otherOutcomes: { wording: SidePair<string | null>; voteOptions: VoteOption[]; outcome: WorkshopOutcomeRecord }[];
  counts: SidePair<number>;
  /** Why the answers can or cannot support findings, in plain words (from the evidence summary). */
  evidenceNotes: string[];
  comparisons: number;
}

type Results = Pick<RevealedBody, "items" | "team" | "figures" | "evidence">;

const MEAN_READING = "mean answer (0-100)";

function readingOf(item: ItemInfo, test: GapTest): string {
  const label = (id: string) => optionText(item, id);
  if (test.match) return describePredicate(test.match, label);
  return test.option ? `mean points given to “${label(test.option)}”` : MEAN_READING;
}

function wordingOf(item: ItemInfo): SidePair<string | null> {
  return {
    marketing: item.sides.includes("marketing") ? item.prompt.marketing : null,
    it: item.sides.includes("it") ? item.prompt.it : null,
  };
}

function distributionOf(results: Results, item: ItemInfo): WorkshopDistribution | null {
  const stats = results.team.items.find((r) => r.itemKey === item.key);
  if (!stats) return null;
  const { marketing, it } = stats.sides;
  const has = (n: number) => n > 0;
  const pick = (f: (s: typeof marketing) => number | null): SidePair<number | null> => ({
    marketing: has(marketing.n) ? f(marketing) : null,
    it: has(it.n) ? f(it) : null,
  });
  switch (item.kind) {
    case "yes-no":
      return {
        unit: "share",
        rows: [
          { label: "Yes", values: pick((s) => (s.mean === null ? null : s.mean * 100)) },
          { label: "No", values: pick((s) => (s.mean === null ? null : 100 - s.mean * 100)) },
        ],
      };
    case "agreement":
      return {
        unit: "share",
        rows: AGREEMENT_SCALE.map((label, i) => ({ label, values: pick((s) => s.options?.[String(i + 1)] ?? null) })),
      };
    case "single-choice":
    case "choose-up-to":
    case "ranking":
    case "trade-off":
      return {
        unit: item.kind === "single-choice" ? "share" : item.kind === "trade-off" ? "points" : "share-multi",
        rows: item.options.map((o) => ({ label: optionText(item, o.id), values: pick((s) => s.options?.[o.id] ?? null) })),
      };
    case "percentage":
      return { unit: "mean", rows: [{ label: "Mean answer", values: pick((s) => s.mean) }] };
    default:
      return null;
  }
}

function benchmarksOf(results: Results, item: ItemInfo): WorkshopBenchmark[] {
  const order: Record<BenchmarkVerdict, number> = { above: 0, below: 0, "about the same": 1, "not distinguishable": 2, "too few answers to tell": 3, "context only": 4 };
  return results.team.benchmarks
    .filter((c) => c.itemKey === item.key)
    .map((c) => {
      const figure = results.figures[c.figureId];
      return {
        side: c.side,
        statement: c.statement,
        published: { value: c.published.value, n: c.published.n, bounds: c.published.bounds, subgroup: c.published.subgroup },
        source: figure ? { publisher: figure.source.publisher, title: figure.source.title, year: figure.source.year } : null,
        ours: { share: c.org.share, n: c.org.n, tiers: c.org.tiers },
        verdict: c.verdict,
        difference: c.difference,
        interval: c.test?.interval ?? null,
        q: c.test?.q ?? null,
        contextOnly: c.contextOnly,
      };
    })
    .sort((a, b) => order[a.verdict] - order[b.verdict]);
}

function predictionsOf(results: Results, item: ItemInfo): WorkshopPrediction[] {
  const mirror = results.team.mirror.items.find((m) => m.itemKey === item.key);
  if (!mirror) return [];
  const stats = results.team.items.find((r) => r.itemKey === item.key);
  const primary = stats?.predicates[0];
  const reading = primary ? describePredicate(primary.match, (id) => optionText(item, id)) : "share agreeing";
  return (["marketing", "it"] as const).map((by) => {
    const p = mirror.predictions[by];
    return {
      by,
      reading,
      n: p.n,
      predicted: p.predicted,
      actual: p.actual,
      nActual: p.nActual,
      actualInterval: p.actualInterval,
      error: p.error,
      label: p.label,
      q: p.test?.q ?? null,
    };
  });
}

function imperativesOf(item: ItemInfo): string[] {
  return item.imperatives.map((id) => IMPERATIVES.find((i) => i.id === id)?.short ?? id);
}

function screenOf(results: Results, item: ItemInfo, gap: WorkshopGap, number: number, outcomes: Map<string, WorkshopOutcomeRecord>): WorkshopScreen {
  return {
    number,
    itemKey: item.key,
    wording: wordingOf(item),
    imperatives: imperativesOf(item),
    gap,
    distribution: distributionOf(results, item),
    benchmarks: benchmarksOf(results, item),
    predictions: predictionsOf(results, item),
    voteOptions: voteOptionsOf(item),
    outcome: outcomes.get(item.key) ?? null,
  };
}

function gapOfTest(item: ItemInfo, test: GapTest, established: boolean): WorkshopGap {
  return {
    label: test.label,
    established,
    reading: readingOf(item, test),
    basis: test.basis,
    values: test.values,
    n: test.n,
    estimate: test.estimate ?? 0,
    interval: test.test?.interval ?? null,
    q: test.test?.q ?? null,
    method: test.test?.method ?? null,
  };
}

/**
 * The largest observed differences when nothing is credible: items both sides answered whose headline difference is
 * at least PRACTICAL_GAP points, largest first, at most MAX_NOT_ESTABLISHED. Each keeps its own label ("too few
 * answers to tell", "not distinguishable"), so the screen can say why it is not a finding.
 */
function notEstablished(results: Results): { gap: ItemGap; test: GapTest }[] {
  const out: { gap: ItemGap; test: GapTest; size: number }[] = [];
  for (const gap of results.team.gaps) {
    const test = gap.tests[0];
    if (!test || test.estimate === null || test.n.marketing === 0 || test.n.it === 0) continue;
    if (test.label === "wide" || test.label === "small" || test.label === "about the same") continue;
    const size = Math.abs(test.estimate);
    if (size < PRACTICAL_GAP) continue;
    out.push({ gap, test, size });
  }
  return out.sort((a, b) => b.size - a.size).slice(0, MAX_NOT_ESTABLISHED);
}

export function buildWorkshop(results: Results, outcomes: readonly WorkshopOutcomeRecord[]): WorkshopView {
  const byKey = new Map(outcomes.map((o) => [o.itemKey, o]));
  const items = new Map(results.items.map((i) => [i.key, i]));
  const credible = credibleGaps(results);
  let mode: WorkshopView["mode"];
  let screens: WorkshopScreen[];
  if (credible.length) {
    mode = "credible";
    screens = credible.map((f, i) => screenOf(results, f.item, gapOfTest(f.item, f.test, true), i + 1, byKey));
  } else {
    const candidates = notEstablished(results).flatMap((c) => {
      const item = items.get(c.gap.itemKey);
      return item ? [{ item, test: c.test }] : [];
    });
    mode = candidates.length ? "not-established" : "nothing";
    screens = candidates.map((c, i) => screenOf(results, c.item, gapOfTest(c.item, c.test, false), i + 1, byKey));
  }
  const onScreen = new Set(screens.map((s) => s.itemKey));
  const otherOutcomes = outcomes
    .filter((o) => !onScreen.has(o.itemKey))
    .flatMap((o) => {
      const item = items.get(o.itemKey);
      return item ? [{ wording: wordingOf(item), voteOptions: voteOptionsOf(item), outcome: o }] : [];
    });
  return {
    mode,
    screens,
    otherOutcomes,
    counts: results.team.counts,
    evidenceNotes: results.evidence.notes,
    comparisons: results.evidence.comparisons,
  };
}

/** Which screen a URL asks for: the start (agenda), a gap by its number, or the summary of outcomes. */
export type WorkshopPosition = { kind: "start" } | { kind: "gap"; number: number } | { kind: "summary" };

export function workshopHref(assessmentId: string, opts: { wave: number; position: WorkshopPosition; present?: boolean }): string {
  const params = new URLSearchParams({ wave: String(opts.wave) });
  if (opts.position.kind === "gap") params.set("gap", String(opts.position.number));
  if (opts.position.kind === "summary") params.set("gap", "summary");
  if (opts.present) params.set("present", "1");
  return `/app/assessments/${encodeURIComponent(assessmentId)}/workshop?${params}`;
}

/** The order of the screens: start, gap 1 … gap N, summary. */
export function workshopSequence(screenCount: number): WorkshopPosition[] {
  return [
    { kind: "start" },
    ...Array.from({ length: screenCount }, (_, i) => ({ kind: "gap" as const, number: i + 1 })),
    { kind: "summary" },
  ];
}

export function samePosition(a: WorkshopPosition, b: WorkshopPosition): boolean {
  return a.kind === b.kind && (a.kind !== "gap" || a.number === (b as { number: number }).number);
}
