// From a team result to a ranked list of actions, each resting on credible signals (findings that survived the
// false-discovery step) with one evidence line per signal.
import { IMPERATIVES, SIDE_LABEL, type ImperativeId, type Side } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire/text";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { ACTIONS } from "./actions";
import { flagFor } from "./rules";
import { LOW_SCORE } from "./thresholds";
import type { ActionDef, FigureLookup, Recommendation, RecommendOptions, TeamResult, TestStat, Trigger, TriggerKind } from "./types";

const short = (id: ImperativeId) => IMPERATIVES.find((i) => i.id === id)?.short ?? id;
const r0 = (x: number) => String(Math.round(x));
const r1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1).replace(/\.0$/, "");
const who = (side: Side | "both") => (side === "both" ? "Marketing and IT together" : SIDE_LABEL[side]);

/** "difference 95% interval a to b; adjusted p = q (method)" (for a one-sample t test: the score's interval). */
export function testSentence(t: TestStat): string {
  const q = t.q === null ? "" : t.q < 0.001 ? "adjusted p < 0.001" : `adjusted p = ${t.q.toFixed(3)}`;
  // a one-sample t test here is one-sided ("below 50"): its interval is the 90% one (upper end = 95% bound)
  const ci = !t.interval
    ? ""
    : t.method === "t"
      ? `score at most ${r1(t.interval[1])} (one-sided 95% bound)`
      : `difference 95% interval ${r1(t.interval[0])} to ${r1(t.interval[1])}`;
  return [ci, q].filter(Boolean).join("; ") + ` (${METHOD_NAME[t.method]})`;
}

export const METHOD_NAME: Record<TestStat["method"], string> = {
  newcombe: "Newcombe score interval",
  "mid-p binomial": "mid-p exact binomial test",
  permutation: "exact permutation test",
  welch: "Welch t test",
  t: "one-sample t test",
  "newcombe-mover": "Newcombe-Zou difference of differences",
};

/** The question in words: the given side's wording, or (no side, or both) each side's when they differ. */
function prompt(item: QuestionnaireItemDef | undefined, side: Side | "both" | null): string {
  if (!item) return "";
  const m = textFor(item.prompt, "marketing");
  const i = textFor(item.prompt, "it");
  if (side === "marketing" || side === "it") return `“${textFor(item.prompt, side)}”`;
  return m === i ? `“${m}”` : `“${m}” (marketing) / “${i}” (IT)`;
}

const weightOf = (item: QuestionnaireItemDef | undefined) => (item && item.imperatives.length ? 1 / item.imperatives.length : 0);

/** Every credible signal of the result, as triggers (one per imperative of the item, weight split). */
export function credibleSignals(result: TeamResult, q: QuestionnaireDef, figures?: FigureLookup): Trigger[] {
  const byKey = new Map(q.items.map((i) => [i.key, i]));
  const out: Trigger[] = [];
  const push = (item: QuestionnaireItemDef | undefined, base: Omit<Trigger, "imperative" | "weight">) => {
    // a signal on a flagged item or option ("bypass", "out of the loop") belongs to the imperatives of the actions
    // that answer that pattern, so it raises the imperative whose actions it recommends
    const flag = base.itemKey ? flagFor(base.itemKey, base.option) : undefined;
    const flagged = flag ? [...new Set(flag.actions.map((id) => ACTIONS.find((a) => a.id === id)?.imperative).filter((x): x is ImperativeId => !!x))] : [];
    if (flagged.length) {
      for (const imperative of flagged) out.push({ ...base, imperative, weight: 1 / flagged.length });
      return;
    }
    for (const imperative of item?.imperatives ?? []) out.push({ ...base, imperative, weight: weightOf(item) });
  };
  for (const imp of result.imperatives) {
    for (const side of ["marketing", "it"] as const) {
      const low = imp.low[side];
      if (low.label !== "low" || !low.test) continue;
      out.push({
        kind: "low-imperative", imperative: imp.imperative, weight: 1, side, itemKey: null, figureId: null, test: low.test,
        strength: Math.max(0, Math.min(1, (LOW_SCORE - low.test.estimate) / LOW_SCORE)),
        summary: `${SIDE_LABEL[side]} scores “${short(imp.imperative)}” at ${r0(low.test.estimate)} of 100 (${imp.respondents[side]} people), credibly below ${LOW_SCORE}: ${testSentence(low.test)}.`,
      });
    }
  }
  for (const g of result.gaps) {
    const item = byKey.get(g.itemKey);
    for (const t of g.tests) {
      if (t.label !== "wide" || !t.test) continue;
      const opt = t.option ? ` (“${optionLabel(item, t.option)}”)` : "";
      const v = (side: Side) => (t.basis === "share" ? `${r0(t.values[side] ?? 0)}%` : `${r0(t.values[side] ?? 0)} on average`);
      push(item, {
        kind: "wide-gap", side: null, itemKey: g.itemKey, figureId: null, ...(t.option ? { option: t.option } : {}), test: t.test,
        strength: Math.min(1, Math.abs(t.test.estimate) / 100),
        summary: `${prompt(item, null)}${opt}: marketing ${v("marketing")} (n = ${t.n.marketing}), IT ${v("it")} (n = ${t.n.it}), ${r0(Math.abs(t.test.estimate))} points apart; ${testSentence(t.test)}.`,
      });
    }
  }
  for (const m of result.mirror.items) {
    const item = byKey.get(m.itemKey);
    for (const side of ["marketing", "it"] as const) {
      const p = m.predictions[side];
      if (p.label !== "off" || !p.test) continue;
      push(item, {
        kind: "mis-prediction", side, itemKey: m.itemKey, figureId: null, test: p.test,
        strength: Math.min(1, Math.abs(p.test.estimate) / 100),
        summary: `${prompt(item, side === "marketing" ? "it" : "marketing")}: ${SIDE_LABEL[side]} expected ${r0(p.predicted ?? 0)}% of ${side === "marketing" ? "IT" : "marketing"} to agree (mean of ${p.n} predictions); ${r0(p.actual ?? 0)}% of ${p.nActual} did; ${testSentence(p.test)}.`,
      });
    }
  }
  for (const c of result.benchmarks) {
    if ((c.verdict !== "above" && c.verdict !== "below") || !c.test) continue;
    const item = byKey.get(c.itemKey);
    const flagged = flagFor(c.itemKey, c.option) !== undefined;
    const unfavourable =
      (item?.polarity === "higher-is-better" && c.verdict === "below") ||
      (item?.polarity === "lower-is-better" && c.verdict === "above") ||
      (flagged && c.verdict === "above");
    if (!unfavourable) continue;
    const f = figures?.figure(c.figureId);
    const src = f && figures?.source(f);
    const pub = `${c.statement} (${src ? `${src.publisher} ${src.year}, ` : ""}${c.published.n === null ? "n not published" : `n = ${c.published.n}`})`;
    push(item, {
      kind: "benchmark", side: c.side, itemKey: c.itemKey, figureId: c.figureId, ...(c.option ? { option: c.option } : {}), test: c.test,
      strength: Math.min(1, Math.abs(c.test.estimate) / 100),
      summary: `${prompt(item, c.side)}: ${r0(c.org.share ?? 0)}% of ${who(c.side)} (${c.org.n} people) against ${pub}: ${c.verdict}; ${testSentence(c.test)}.`,
    });
  }
  return out;
}

function optionLabel(item: QuestionnaireItemDef | undefined, id: string): string {
  const o = item?.options?.find((x) => x.id === id);
  if (!o) return id;
  const m = textFor(o.label, "marketing");
  const i = textFor(o.label, "it");
  return m === i ? m : `${m} (IT: ${i})`;
}

/**
 * The number of tested opportunities each imperative had, counted in items (weighted like its triggers, so an
 * item of two imperatives counts ½ in each): its items with at least one test run (gaps, comparisons, mirror
 * checks), plus its low-score tests (one per side tested), plus each tested item carrying an answer-pattern flag
 * whose actions belong to it (a flagged signal is credited there).
 */
export function opportunities(result: TeamResult, q: QuestionnaireDef): Record<ImperativeId, number> {
  const byKey = new Map(q.items.map((i) => [i.key, i]));
  const out = Object.fromEntries(IMPERATIVES.map((i) => [i.id, 0])) as Record<ImperativeId, number>;
  const tested = new Set<string>();
  for (const g of result.gaps) if (g.tests.some((t) => t.test)) tested.add(g.itemKey);
  for (const c of result.benchmarks) if (c.test) tested.add(c.itemKey);
  for (const m of result.mirror.items) if (m.predictions.marketing.test || m.predictions.it.test) tested.add(m.itemKey);
  for (const key of tested) {
    const item = byKey.get(key);
    for (const imp of item?.imperatives ?? []) out[imp] += weightOf(item);
    // a flagged item or option can also raise the imperatives of the actions that answer it: count it there too
    const flags = new Set([flagFor(key), ...(item?.options ?? []).map((o) => flagFor(key, o.id))].filter((f) => f !== undefined));
    for (const flag of flags) {
      const imps = [...new Set(flag.actions.map((id) => ACTIONS.find((a) => a.id === id)?.imperative).filter((x): x is ImperativeId => !!x))];
      for (const imp of imps) out[imp] += 1 / imps.length;
    }
  }
  for (const i of result.imperatives) out[i.imperative] += [i.low.marketing.test, i.low.it.test].filter(Boolean).length;
  return out;
}

/** Actions a signal points to: a flagged item's or option's own actions, else its imperative's actions responding to its kind. */
function targets(t: Trigger, library: readonly ActionDef[]): ActionDef[] {
  const flag = t.itemKey ? flagFor(t.itemKey, t.option) : undefined;
  if (flag) {
    const own = flag.actions.map((id) => library.find((a) => a.id === id)).filter((a): a is ActionDef => !!a && a.imperative === t.imperative);
    if (own.length) return own;
  }
  const ofImperative = library.filter((a) => a.imperative === t.imperative);
  const responding = ofImperative.filter((a) => a.responds.includes(t.kind as TriggerKind));
  return responding.length > 0 ? responding : ofImperative;
}

/**
 * Ranked recommendations. Only credible signals count; each points to actions (see `targets`).
 * 1. An imperative's priority = Σ over its items (and low scores) of the item's weight × its strongest signal's
 *    strength, ÷ the imperative's weighted number of tested items (`opportunities`): the strength of its credible
 *    signals, normalized per imperative, so neither many items nor many options win by count.
 * 2. Within an imperative, each item's strongest signal is shared equally by the actions it points to; actions
 *    are ordered by that credit, then by their strongest signal, then by the library's order.
 * 3. The list takes the best action of each imperative in priority order, then the second best, and so on, so
 *    the first recommendations cover the imperatives with the strongest evidence. An action's `priority` is its
 *    imperative's priority × its share of the imperative's credit. Empty when nothing is credible.
 */
export function recommend(result: TeamResult, q: QuestionnaireDef, opts: RecommendOptions & { figures?: FigureLookup } = {}): Recommendation[] {
  const library = opts.actions ?? ACTIONS;
  const signals = credibleSignals(result, q, opts.figures);
  const chances = opportunities(result, q);
  const byAction = new Map<string, { action: ActionDef; triggers: Trigger[]; credit: number }>();
  const strongest = new Map<string, Trigger>();
  for (const t of signals) {
    const key = `${t.imperative}|${t.itemKey ?? `low:${t.side}`}`;
    const seen = strongest.get(key);
    if (!seen || t.strength > seen.strength) strongest.set(key, t);
    for (const action of targets(t, library)) {
      const entry = byAction.get(action.id) ?? { action, triggers: [], credit: 0 };
      if (!entry.triggers.includes(t)) entry.triggers.push(t);
      byAction.set(action.id, entry);
    }
  }
  const imperativeStrength = new Map<ImperativeId, number>();
  for (const t of strongest.values()) {
    imperativeStrength.set(t.imperative, (imperativeStrength.get(t.imperative) ?? 0) + t.weight * t.strength);
    const to = targets(t, library);
    for (const action of to) byAction.get(action.id)!.credit += (t.weight * t.strength) / to.length;
  }
  const order = new Map(library.map((a, i) => [a.id, i]));
  const priorityOf = (imp: ImperativeId) => (imperativeStrength.get(imp) ?? 0) / Math.max(1, chances[imp] ?? 1);
  const perImperative = new Map<ImperativeId, { action: ActionDef; triggers: Trigger[]; credit: number; maxStrength: number }[]>();
  for (const e of byAction.values()) {
    if (e.credit <= 0) continue; // listed as evidence elsewhere, but not the strongest signal of any item
    const triggers = [...e.triggers].sort((a, b) => b.strength - a.strength);
    const list = perImperative.get(e.action.imperative) ?? [];
    list.push({ ...e, triggers, maxStrength: triggers[0]?.strength ?? 0 });
    perImperative.set(e.action.imperative, list);
  }
  for (const list of perImperative.values()) {
    list.sort((a, b) => b.credit - a.credit || b.maxStrength - a.maxStrength || (order.get(a.action.id) ?? 0) - (order.get(b.action.id) ?? 0));
  }
  const imperatives = [...perImperative.keys()].sort((a, b) => priorityOf(b) - priorityOf(a) || IMPERATIVES.findIndex((i) => i.id === a) - IMPERATIVES.findIndex((i) => i.id === b));
  const out: Recommendation[] = [];
  const limit = Math.max(0, opts.limit ?? 5);
  for (let round = 0; out.length < limit; round++) {
    let added = false;
    for (const imp of imperatives) {
      const list = perImperative.get(imp)!;
      const e = list[round];
      if (!e || out.length >= limit) continue;
      const total = list.reduce((sum, x) => sum + x.credit, 0);
      out.push({ action: e.action, priority: total > 0 ? (priorityOf(imp) * e.credit) / total : 0, triggers: e.triggers });
      added = true;
    }
    if (!added) break;
  }
  return out;
}
