// A respondent's personal view: own answers beside their side's published figures, own imperative scores,
// own mirror predictions (when the team result is given), and their top recommendations.
import type { ImperativeId, Side, Tier } from "@/lib/domain";
import type { AnswerValue, ItemKind, QuestionnaireDef } from "@/lib/questionnaire/types";
import { readAnswer } from "./answers";
import { accuracy, mirrorPrediction } from "./mirror";
import { recommend } from "./recommendations";
import { scoreTeam } from "./team";
import type {
  FigureLookup,
  Interval,
  MirrorPrediction,
  MirrorSummary,
  Recommendation,
  ScoringRespondent,
  TeamResult,
} from "./types";

export interface IndividualItem {
  itemKey: string;
  kind: ItemKind;
  /** The respondent's own (validated) answer; null when not answered or malformed. */
  value: AnswerValue | null;
  /** Does it count as agreeing under the item's primary predicate? Null without a predicate or an answer. */
  agrees: boolean | null;
  /** The answer on 0-100 (agreement, yes-no, percentage). */
  normalized: number | null;
  /** The published figures for the respondent's own population, and whether their answer matches each. */
  benchmarks: {
    figureId: string;
    statement: string;
    value: number;
    n: number | null;
    interval: Interval | null;
    bounds: { low: number; high: number } | null;
    subgroup: string | null;
    /** Why the published question is not comparable with this one (context only). */
    contextOnly: string | null;
    agrees: boolean | null;
  }[];
  /** Mirror items: own prediction of the other side, against the other side's actual share (needs `team`). */
  mirror: MirrorPrediction | null;
}

export interface IndividualResult {
  respondentId: string;
  side: Side;
  tier: Tier;
  imperatives: { imperative: ImperativeId; score: number | null; items: number }[];
  items: IndividualItem[];
  /** 100 − mean absolute error of the respondent's own predictions; null without `team` or predictions. */
  mirrorAccuracy: number | null;
  recommendations: Recommendation[];
}

export interface ScoreIndividualOptions {
  /** The organisation's team result: lets the respondent's predictions be checked against the other side. */
  team?: TeamResult;
  /** Number of recommendations (default 3). */
  limit?: number;
}

/**
 * The personal view is the team model applied to a team of one, so the formulas are the same: imperative
 * scores are the respondent's own; gaps are undefined (one side only) and produce no recommendations.
 */
export function scoreIndividual(
  q: QuestionnaireDef,
  respondent: ScoringRespondent,
  figures: FigureLookup,
  opts: ScoreIndividualOptions = {},
): IndividualResult {
  const side = respondent.side;
  // a team of one, counted as a leader so that executive figures are shown beside the person's own answer
  const single = scoreTeam(q, [{ ...respondent, tier: "leader" }], figures, { bootstrap: 0 });
  const mirrorItems: MirrorSummary["items"] = [];
  const own = new Map<string, MirrorPrediction>();
  for (const item of q.items) {
    if (!item.mirror) continue;
    const { predicted } = readAnswer(item, respondent.answers[item.key]);
    const otherValues = opts.team?.answers[item.key]?.[side === "marketing" ? "it" : "marketing"] ?? [];
    const mine = mirrorPrediction(item, predicted === undefined ? [] : [predicted], { values: otherValues, predicted: [] });
    own.set(item.key, mine);
    const none = mirrorPrediction(item, [], { values: [], predicted: [] });
    mirrorItems.push({ itemKey: item.key, predictions: side === "marketing" ? { marketing: mine, it: none } : { marketing: none, it: mine } });
  }
  const mirrorAccuracy = accuracy([...own.values()]);
  const personal: TeamResult = {
    ...single,
    mirror: {
      items: mirrorItems,
      accuracy: side === "marketing"
        ? { marketing: mirrorAccuracy, it: null, combined: mirrorAccuracy }
        : { marketing: null, it: mirrorAccuracy, combined: mirrorAccuracy },
    },
  };
  const items: IndividualItem[] = q.items.map((item, idx) => {
    const r = single.items[idx]!;
    const s = r.sides[side];
    const value = single.answers[item.key]?.[side][0] ?? null;
    return {
      itemKey: item.key,
      kind: item.kind,
      value,
      agrees: s.agreeing === null ? null : s.agreeing > 0,
      normalized: s.normalizedMean,
      benchmarks: single.benchmarks
        .filter((b) => b.itemKey === item.key && (b.side === side || b.side === "both"))
        .map((b) => ({
          figureId: b.figureId,
          statement: b.statement,
          value: b.published.value,
          n: b.published.n,
          interval: b.published.interval,
          bounds: b.published.bounds,
          subgroup: b.published.subgroup,
          contextOnly: b.contextOnly,
          agrees: b.org.n === 0 ? null : b.org.agreeing > 0,
        })),
      mirror: own.get(item.key) ?? null,
    };
  });
  return {
    respondentId: respondent.id,
    side,
    tier: respondent.tier,
    imperatives: single.imperatives.map((i) => ({ imperative: i.imperative, score: i[side], items: i.items[side] })),
    items,
    mirrorAccuracy,
    recommendations: recommend(personal, q, { limit: opts.limit ?? 3 }),
  };
}
