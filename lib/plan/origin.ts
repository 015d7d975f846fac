// "Add to plan": what an action made from a recommendation, a credible gap or a workshop outcome starts with
// (title, description, imperative, linked items). Pure: reads the revealed results as the facilitator sees them
// and the wave's workshop outcomes; the data layer loads and authorizes them.
import { IMPERATIVES, type ImperativeId } from "@/lib/domain";
import { credibleGaps } from "@/lib/results/findings";
import type { ItemInfo, RevealedBody } from "@/lib/results/types";
import { OUTCOME_LABEL } from "@/lib/results/workshop-outcome";
import type { PlanOriginKind } from "./vocabulary";

type Results = Pick<RevealedBody, "items" | "team" | "recommendations">;

/** A workshop outcome as the plan reads it (WorkshopOutcome row: agreed | agree-to-differ | needs-data). */
export interface OutcomeRecord {
  itemKey: string;
  outcome: string;
  position: string | null;
  notes: string | null;
}

export interface PlanPrefill {
  origin: { kind: PlanOriginKind; ref: string };
  title: string;
  description: string;
  imperative: ImperativeId;
  itemKeys: string[];
  /** What the form says the action comes from, in words. */
  label: string;
}

export interface PlanSource {
  kind: PlanOriginKind;
  ref: string;
  label: string;
  detail: string;
}


const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The question as the marketing side saw it, and IT's wording beside it when they differ. */
export function itemWording(item: Pick<ItemInfo, "prompt">): string {
  return item.prompt.marketing === item.prompt.it ? item.prompt.marketing : `${item.prompt.marketing} (IT: ${item.prompt.it})`;
}

const firstImperative = (item: Pick<ItemInfo, "imperatives">): ImperativeId => item.imperatives[0] ?? IMPERATIVES[0].id;

/** What the plan page offers to add: the recommendations, the credible gaps and the recorded outcomes. */
export function planSources(results: Results, outcomes: readonly OutcomeRecord[]): Record<PlanOriginKind, PlanSource[]> {
  const items = new Map(results.items.map((i) => [i.key, i]));
  return {
    recommendation: results.recommendations.map((r) => ({
      kind: "recommendation",
      ref: r.action.id,
      label: r.action.title,
      detail: IMPERATIVES.find((i) => i.id === r.action.imperative)?.short ?? r.action.imperative,
    })),
    gap: credibleGaps(results).map((g) => ({
      kind: "gap",
      ref: g.itemKey,
      label: g.item.prompt.marketing,
      detail: `${Math.round(Math.abs(g.estimate))} points apart (${g.gap.label})`,
    })),
    outcome: outcomes.flatMap((o) => {
      const item = items.get(o.itemKey);
      return item ? [{ kind: "outcome" as const, ref: o.itemKey, label: item.prompt.marketing, detail: OUTCOME_LABEL[o.outcome as keyof typeof OUTCOME_LABEL] ?? o.outcome }] : [];
    }),
  };
}

/** The pre-filled fields of an action made from `origin`, or null when the results have no such source. */
export function prefillFrom(origin: { kind: PlanOriginKind; ref: string }, results: Results, outcomes: readonly OutcomeRecord[]): PlanPrefill | null {
  const items = new Map(results.items.map((i) => [i.key, i]));
  if (origin.kind === "recommendation") {
    const rec = results.recommendations.find((r) => r.action.id === origin.ref);
    if (!rec) return null;
    const itemKeys = [...new Set(rec.triggers.map((t) => t.itemKey).filter((k): k is string => !!k && items.has(k)))];
    return { origin, title: clip(rec.action.title, 200), description: clip(rec.action.text, 4000), imperative: rec.action.imperative, itemKeys, label: `Recommendation: ${rec.action.title}` };
  }
  const item = items.get(origin.ref);
  if (!item) return null;
  const wording = oneLine(itemWording(item));
  if (origin.kind === "gap") {
    const gap = credibleGaps(results).find((g) => g.itemKey === origin.ref);
    if (!gap) return null;
    const points = Math.round(Math.abs(gap.estimate));
    return {
      origin,
      title: clip(`Agree a shared position on: ${item.prompt.marketing}`, 200),
      description: clip(`Marketing and IT answered this question ${points} points apart: “${wording}”.`, 4000),
      imperative: firstImperative(item),
      itemKeys: [item.key],
      label: `Credible gap: ${item.prompt.marketing}`,
    };
  }
  const outcome = outcomes.find((o) => o.itemKey === origin.ref);
  if (!outcome) return null;
  const lead = outcome.outcome === "agreed" ? "Put the agreed position into practice" : outcome.outcome === "needs-data" ? "Gather the data" : "Revisit";
  const position = outcome.position ? oneLine(outcome.position) : "";
  return {
    origin,
    title: clip(position && outcome.outcome === "agreed" ? `${lead}: ${position}` : `${lead}: ${item.prompt.marketing}`, 200),
    description: clip(
      [`Workshop outcome (${OUTCOME_LABEL[outcome.outcome as keyof typeof OUTCOME_LABEL] ?? outcome.outcome}) on “${wording}”.`, position ? `Position: ${position}` : "", outcome.notes?.trim() ?? ""]
        .filter(Boolean)
        .join("\n"),
      4000,
    ),
    imperative: firstImperative(item),
    itemKeys: [item.key],
    label: `Workshop outcome: ${item.prompt.marketing}`,
  };
}
