// From a team result to a ranked, deduplicated list of actions, each with its evidence.
import { IMPERATIVES, SIDES, SIDE_LABEL, type ImperativeId, type Side } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { ACTIONS } from "./actions";
import { matchesPredicate } from "./answers";
import { defaultRules } from "./rules";
import type {
  ActionDef,
  AnswerPatternRule,
  Recommendation,
  RecommendationEvidence,
  RecommendationRule,
  RecommendOptions,
  TeamResult,
  Trigger,
} from "./types";

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const fmt = (x: number) => String(Math.round(x));
const short = (id: ImperativeId) => IMPERATIVES.find((i) => i.id === id)?.short ?? id;
/** How far past a threshold, as a share of the room left on the scale (0-1). */
const past = (value: number, threshold: number, end: number) =>
  end === threshold ? 1 : clamp01((value - threshold) / (end - threshold));

function itemImperatives(result: TeamResult, itemKey: string, fallback: ImperativeId[]): ImperativeId[] {
  const imps = result.items.find((i) => i.itemKey === itemKey)?.imperatives ?? [];
  return imps.length > 0 ? imps : fallback;
}

/**
 * A mis-prediction is a trust problem whatever the item is about: seed 003 reads the CMOs' misreading of IT's
 * priorities (Figure 5) as "an obvious trust issue". So it points to the item's imperatives and to trust.
 */
function withTrust(imps: ImperativeId[]): ImperativeId[] {
  return imps.includes("trust") ? imps : [...imps, "trust"];
}

/** Every trigger one rule produces on a result. */
export function evaluateRule(result: TeamResult, rule: RecommendationRule, library: readonly ActionDef[] = ACTIONS): Trigger[] {
  const out: Trigger[] = [];
  const base = { ruleId: rule.id, kind: rule.kind, side: null, itemKey: null, figureId: null, threshold: null };
  const onlyItems = "itemKeys" in rule && rule.itemKeys ? new Set(rule.itemKeys) : null;
  switch (rule.kind) {
    case "low-imperative":
      for (const s of result.imperatives) {
        if (rule.imperatives && !rule.imperatives.includes(s.imperative)) continue;
        for (const side of rule.sides ?? SIDES) {
          const score = s[side];
          if (score === null || !(score < rule.threshold)) continue;
          out.push({
            ...base, side, imperatives: [s.imperative], value: score, threshold: rule.threshold,
            strength: rule.threshold > 0 ? clamp01((rule.threshold - score) / rule.threshold) : 1,
            summary: `${SIDE_LABEL[side]} scores "${short(s.imperative)}" at ${fmt(score)} (below ${fmt(rule.threshold)}).`,
          });
        }
      }
      break;
    case "wide-gap":
      for (const g of result.gaps) {
        if (onlyItems && !onlyItems.has(g.itemKey)) continue;
        if (g.maxAbsGap === null || g.maxAbsGap < rule.threshold) continue;
        out.push({
          ...base, itemKey: g.itemKey, imperatives: itemImperatives(result, g.itemKey, ["trust"]), value: g.maxAbsGap,
          threshold: rule.threshold, strength: past(g.maxAbsGap, rule.threshold, 100),
          summary: `Marketing and IT answer "${g.itemKey}" ${fmt(g.maxAbsGap)} points apart.`,
        });
      }
      break;
    case "mis-prediction":
      for (const m of result.mirror.items) {
        if (onlyItems && !onlyItems.has(m.itemKey)) continue;
        for (const side of SIDES) {
          const p = m.predictions[side];
          if (p.absError === null || p.absError < rule.threshold) continue;
          out.push({
            ...base, side, itemKey: m.itemKey, imperatives: withTrust(itemImperatives(result, m.itemKey, [])), value: p.absError,
            threshold: rule.threshold, strength: past(p.absError, rule.threshold, 100),
            summary: `${SIDE_LABEL[side]} predicted ${fmt(p.predicted ?? 0)}% of the other side would agree on "${m.itemKey}"; ${fmt(p.actual ?? 0)}% did.`,
          });
        }
      }
      break;
    case "answer-pattern": {
      const explicit = (rule.actions ?? []).map((id) => library.find((a) => a.id === id)?.imperative);
      const fallback = [...new Set(explicit.filter((x): x is ImperativeId => x !== undefined))];
      for (const side of rule.sides ?? SIDES) {
        const share = patternShare(result, rule, side);
        if (share === null || share < rule.minShare) continue;
        out.push({
          ...base, side, itemKey: rule.itemKey, imperatives: itemImperatives(result, rule.itemKey, fallback), value: share,
          threshold: rule.minShare, strength: past(share, rule.minShare, 100),
          summary: `${fmt(share)}% of ${SIDE_LABEL[side]} say ${rule.label}.`,
        });
      }
      break;
    }
    case "benchmark":
      for (const c of result.benchmarks) {
        if (onlyItems && !onlyItems.has(c.itemKey)) continue;
        if (rule.figureIds && !rule.figureIds.includes(c.figureId)) continue;
        const polarity = result.items.find((i) => i.itemKey === c.itemKey)?.polarity;
        const unfavourable =
          (polarity === "higher-is-better" && c.verdict === "below") || (polarity === "lower-is-better" && c.verdict === "above");
        if (!unfavourable || c.org.share === null) continue;
        out.push({
          ...base, side: c.side, itemKey: c.itemKey, figureId: c.figureId, imperatives: itemImperatives(result, c.itemKey, []),
          value: c.org.share, strength: clamp01(Math.abs(c.difference ?? 0) / 100),
          summary: `${SIDE_LABEL[c.side]}: ${fmt(c.org.share)}% vs ${fmt(c.published.value)}% published (${c.verdict}).`,
        });
      }
      break;
  }
  return out;
}

/** Share (percent) of one side's answers to the rule's item that match its predicate; null with no answers. */
export function patternShare(result: TeamResult, rule: AnswerPatternRule, side: Side): number | null {
  const values = result.answers[rule.itemKey]?.[side] ?? [];
  if (values.length === 0) return null;
  let k = 0;
  for (const v of values) if (matchesPredicate(rule.predicate, v, rule.option)) k++;
  return (100 * k) / values.length;
}

/** Actions a trigger points to: the rule's explicit list, else the imperatives' actions responding to its kind. */
function targets(rule: RecommendationRule, t: Trigger, library: readonly ActionDef[]): ActionDef[] {
  if (rule.actions) return rule.actions.map((id) => library.find((a) => a.id === id)).filter((a): a is ActionDef => !!a);
  const ofImperatives = library.filter((a) => t.imperatives.includes(a.imperative));
  const responding = ofImperatives.filter((a) => a.responds.includes(t.kind));
  return responding.length > 0 ? responding : ofImperatives;
}

function evidenceOf(result: TeamResult, triggers: readonly Trigger[], rules: Map<string, RecommendationRule>): RecommendationEvidence {
  const ev: RecommendationEvidence = { itemKeys: [], gaps: [], mirrorErrors: [], figureIds: [], imperativeScores: [], answerPatterns: [] };
  for (const t of triggers) {
    if (t.itemKey && !ev.itemKeys.includes(t.itemKey)) ev.itemKeys.push(t.itemKey);
    if (t.figureId && !ev.figureIds.includes(t.figureId)) ev.figureIds.push(t.figureId);
    if (t.kind === "low-imperative" && t.side) ev.imperativeScores.push({ imperative: t.imperatives[0]!, side: t.side, score: t.value });
    if (t.kind === "wide-gap" && t.itemKey) {
      const g = result.gaps.find((x) => x.itemKey === t.itemKey);
      ev.gaps.push({ itemKey: t.itemKey, gap: g?.gap ?? null, maxAbsGap: t.value });
    }
    if (t.kind === "mis-prediction" && t.itemKey && t.side) {
      const p = result.mirror.items.find((m) => m.itemKey === t.itemKey)?.predictions[t.side];
      ev.mirrorErrors.push({ itemKey: t.itemKey, side: t.side, error: p?.error ?? t.value });
    }
    if (t.kind === "answer-pattern" && t.itemKey && t.side) {
      const r = rules.get(t.ruleId);
      ev.answerPatterns.push({ ruleId: t.ruleId, itemKey: t.itemKey, side: t.side, share: t.value, label: r?.kind === "answer-pattern" ? r.label : "" });
    }
  }
  return ev;
}

/**
 * Ranked recommendations. Every rule is evaluated; each trigger points to actions (see `targets`); the
 * triggers are gathered per action (one entry per action, however many rules point to it), and
 * priority = Σ over its triggers of (1 + strength). Ties: more triggers first, then the strongest trigger,
 * then the library's order. Returns the first `limit` (default 5).
 */
export function recommend(result: TeamResult, q: QuestionnaireDef, opts: RecommendOptions = {}): Recommendation[] {
  const library = opts.actions ?? ACTIONS;
  const rules = opts.rules ?? defaultRules(q);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byAction = new Map<string, { action: ActionDef; triggers: Trigger[]; keys: Set<string> }>();
  for (const rule of rules) {
    for (const t of evaluateRule(result, rule, library)) {
      for (const action of targets(rule, t, library)) {
        const entry = byAction.get(action.id) ?? { action, triggers: [], keys: new Set<string>() };
        const key = [t.ruleId, t.side, t.itemKey, t.figureId, t.imperatives.join(",")].join("|");
        if (!entry.keys.has(key)) {
          entry.keys.add(key);
          entry.triggers.push(t);
        }
        byAction.set(action.id, entry);
      }
    }
  }
  const order = new Map(library.map((a, i) => [a.id, i]));
  const ranked = [...byAction.values()].map((e) => ({
    action: e.action,
    priority: e.triggers.reduce((s, t) => s + 1 + t.strength, 0),
    triggers: [...e.triggers].sort((a, b) => b.strength - a.strength),
    maxStrength: Math.max(...e.triggers.map((t) => t.strength)),
  }));
  ranked.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.triggers.length - a.triggers.length ||
      b.maxStrength - a.maxStrength ||
      (order.get(a.action.id) ?? 0) - (order.get(b.action.id) ?? 0),
  );
  const limit = opts.limit ?? 5;
  return ranked.slice(0, Math.max(0, limit)).map((r) => ({
    action: r.action,
    priority: r.priority,
    triggers: r.triggers,
    evidence: evidenceOf(result, r.triggers, ruleById),
  }));
}
