// Per item and side: how many answered, share agreeing under each predicate, means, option profiles.
import type { Side } from "@/lib/domain";
import type { AnswerPredicate, AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { askedOf, matchesPredicate, predicateKey, primaryPredicate, readAnswer } from "./answers";
import { mean } from "./stats";
import type { ItemResult, ItemSideStats, PredicateResult, ScoringRespondent, ShareStat, SidePair } from "./types";

/** The valid answers of one side to one item. */
export interface SideAnswers {
  values: AnswerValue[]; // own answers (mirror: the `self` part)
  predicted: number[]; // mirror predictions
}

export type CollectedAnswers = Map<string, SidePair<SideAnswers>>;

/** Groups valid answers by item and side (one pass over the respondents). */
export function collectAnswers(q: QuestionnaireDef, respondents: readonly ScoringRespondent[]): CollectedAnswers {
  const out: CollectedAnswers = new Map();
  for (const item of q.items) {
    out.set(item.key, { marketing: { values: [], predicted: [] }, it: { values: [], predicted: [] } });
  }
  const slots = q.items.map((item) => ({ item, buckets: out.get(item.key)! }));
  for (const r of respondents) {
    if (r.side !== "marketing" && r.side !== "it") continue;
    for (const { item, buckets } of slots) {
      const raw = r.answers[item.key];
      if (raw === undefined || !askedOf(item, r.side)) continue;
      const a = readAnswer(item, raw);
      const bucket = buckets[r.side];
      if (a.self !== undefined) bucket.values.push(a.self);
      if (a.predicted !== undefined) bucket.predicted.push(a.predicted);
    }
  }
  return out;
}

export function shareStat(values: readonly AnswerValue[], match: AnswerPredicate, option?: string): ShareStat {
  let agreeing = 0;
  for (const v of values) if (matchesPredicate(match, v, option)) agreeing++;
  const n = values.length;
  return { n, agreeing, share: n === 0 ? null : (100 * agreeing) / n };
}

/** The item's predicates: the primary first, then every benchmark link's, deduplicated. */
export function itemPredicates(
  item: QuestionnaireItemDef,
): { key: string; match: AnswerPredicate; option?: string; source: PredicateResult["source"] }[] {
  const out: { key: string; match: AnswerPredicate; option?: string; source: PredicateResult["source"] }[] = [];
  const seen = new Set<string>();
  const add = (match: AnswerPredicate, option: string | undefined, source: PredicateResult["source"]) => {
    const key = predicateKey(match, option);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(option === undefined ? { key, match, source } : { key, match, option, source });
  };
  const primary = primaryPredicate(item);
  if (primary) add(primary.match, primary.option, primary.source);
  for (const link of item.benchmarks) add(link.match, link.option, "benchmark");
  return out;
}

function numericMean(item: QuestionnaireItemDef, values: readonly AnswerValue[]): number | null {
  if (item.kind === "agreement" || item.kind === "percentage") {
    return mean(values.filter((v): v is number => typeof v === "number"));
  }
  if (item.kind === "yes-no") return mean(values.filter((v) => typeof v === "boolean").map((v) => (v ? 1 : 0)));
  return null;
}

export function normalizeMean(item: QuestionnaireItemDef, m: number | null): number | null {
  if (m === null) return null;
  if (item.kind === "agreement") return ((m - 1) / 4) * 100;
  if (item.kind === "yes-no") return m * 100;
  if (item.kind === "percentage") return m;
  return null;
}

/** Per-option figures shown to people (see ItemSideStats.options). */
function optionProfile(item: QuestionnaireItemDef, values: readonly AnswerValue[]): Record<string, number> | null {
  const n = values.length;
  const ids = item.kind === "agreement" ? ["1", "2", "3", "4", "5"] : (item.options ?? []).map((o) => o.id);
  if (!["agreement", "single-choice", "choose-up-to", "ranking", "trade-off"].includes(item.kind)) return null;
  const acc: Record<string, number> = {};
  for (const id of ids) acc[id] = 0;
  for (const v of values) {
    if (item.kind === "agreement" && typeof v === "number") {
      const k = String(Math.round(v));
      acc[k] = (acc[k] ?? 0) + 1;
    } else if (item.kind === "single-choice" && typeof v === "string") {
      acc[v] = (acc[v] ?? 0) + 1;
    } else if (Array.isArray(v)) {
      for (const id of v) acc[id] = (acc[id] ?? 0) + 1;
    } else if (item.kind === "trade-off" && typeof v === "object") {
      for (const [id, pts] of Object.entries(v as Record<string, number>)) acc[id] = (acc[id] ?? 0) + pts;
    }
  }
  const out: Record<string, number> = {};
  for (const [id, x] of Object.entries(acc)) out[id] = n === 0 ? 0 : item.kind === "trade-off" ? x / n : (100 * x) / n;
  return out;
}

/**
 * The weights compared between sides for multi-option items (normalised to a distribution before comparing):
 * single-choice and choose-up-to: how often each option was chosen; ranking: Borda points (first of `max`
 * gets max, last gets 1); trade-off: points given.
 */
export function optionWeights(item: QuestionnaireItemDef, values: readonly AnswerValue[]): Record<string, number> {
  const w: Record<string, number> = {};
  for (const o of item.options ?? []) w[o.id] = 0;
  for (const v of values) {
    if (item.kind === "single-choice" && typeof v === "string") w[v] = (w[v] ?? 0) + 1;
    else if (item.kind === "choose-up-to" && Array.isArray(v)) for (const id of v) w[id] = (w[id] ?? 0) + 1;
    else if (item.kind === "ranking" && Array.isArray(v)) {
      const slots = Math.max(item.max ?? v.length, v.length);
      v.forEach((id, i) => (w[id] = (w[id] ?? 0) + (slots - i)));
    } else if (item.kind === "trade-off" && typeof v === "object" && !Array.isArray(v)) {
      for (const [id, pts] of Object.entries(v as Record<string, number>)) w[id] = (w[id] ?? 0) + pts;
    }
  }
  return w;
}

export function computeItemResult(item: QuestionnaireItemDef, answers: SidePair<SideAnswers>): ItemResult {
  const predicates: PredicateResult[] = itemPredicates(item).map((p) => ({
    ...p,
    sides: {
      marketing: shareStat(answers.marketing.values, p.match, p.option),
      it: shareStat(answers.it.values, p.match, p.option),
    },
  }));
  const primary = primaryPredicate(item) ? predicates[0] : undefined;
  const side = (s: Side): ItemSideStats => {
    const { values, predicted } = answers[s];
    const m = numericMean(item, values);
    return {
      n: values.length,
      share: primary ? primary.sides[s].share : null,
      agreeing: primary && values.length > 0 ? primary.sides[s].agreeing : null,
      mean: m,
      normalizedMean: normalizeMean(item, m),
      options: optionProfile(item, values),
      predicted: item.mirror ? { n: predicted.length, mean: mean(predicted) } : null,
    };
  };
  return {
    itemKey: item.key,
    kind: item.kind,
    imperatives: [...item.imperatives],
    polarity: item.polarity,
    sides: { marketing: side("marketing"), it: side("it") },
    predicates,
  };
}

/** One row per respondent of each side, one cell per item of `q` (the validated own answer, or undefined). */
export function answerRows(q: QuestionnaireDef, respondents: readonly ScoringRespondent[]): SidePair<(AnswerValue | undefined)[][]> {
  const out: SidePair<(AnswerValue | undefined)[][]> = { marketing: [], it: [] };
  for (const r of respondents) {
    if (r.side !== "marketing" && r.side !== "it") continue;
    out[r.side].push(q.items.map((item) => (askedOf(item, r.side) ? readAnswer(item, r.answers[item.key]).self : undefined)));
  }
  return out;
}
