// Anonymity rules for team results. Pure: applied to the submitted respondents BEFORE anything is scored, shown or
// exported, so a suppressed answer cannot reach any number, chart, table, file or free-text list.
//
// The rule (what the consent page promises; see components/respondent/welcome-view.tsx, "Who sees what"):
//
// 1. Groups are side × tier (marketing leaders, marketing team members, IT leaders, IT team members) of SUBMITTED
//    respondents.
// 2. A team-member group with 1 to 4 respondents (fewer than `minGroup` = 5) is SUPPRESSED. Leader groups are never
//    suppressed for size: leaders agree to their answers being shown, by name only when they consented to it
//    (`consentShowName`), otherwise as "Marketing leader 1", "IT leader 2" …
// 3. EXCLUSION, not just hiding: a suppressed group's respondents are removed from EVERY view, not only from their
//    own tier's cell. The side's total is computed from the side's visible respondents only (its leaders, plus its
//    team members when that group is shown), and so are the figures that combine both sides. Hence "side total
//    minus leaders" is always either the shown team group (≥ 5) or nothing: a group of 2 cannot be recovered by
//    subtraction, because its answers are in no aggregate at all.
// 4. Free-text answers of a side are listed only when the side's visible respondents number at least
//    `minFreeText` (10), pooled over both tiers, unattributed and sorted (so order reveals no one).
//    Callers must also never list free text of the questionnaire's context section (job titles identify people).
// 5. Team members are never labelled individually.
import { SIDE_LABEL, SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { ScoringRespondent, SidePair } from "./types";

export const MIN_GROUP = 5;
export const MIN_FREE_TEXT = 10;

export interface AnonymityRespondent {
  id: string;
  side: Side;
  tier: Tier;
  consentShowName: boolean;
  name: string;
  answers: Record<string, AnswerValue | undefined>;
}

export interface AnonymityOptions {
  /** Smallest team-member group shown (default 5). */
  minGroup?: number;
  /** Smallest pool of a side's visible respondents whose free text is listed (default 10). */
  minFreeText?: number;
}

export interface GroupStatus {
  side: Side;
  tier: Tier;
  /** Submitted respondents in the group (shown even when suppressed: counts are not answers). */
  n: number;
  /** True when the group's answers are excluded everywhere (team group of 1 to minGroup − 1). */
  suppressed: boolean;
}

export interface LeaderLabel {
  id: string;
  side: Side;
  label: string;
  named: boolean;
}

export interface AnonymityResult {
  /** Every respondent whose answers may reach an aggregate (side totals, both-sides figures). */
  visible: ScoringRespondent[];
  /** Per side and tier: the group's respondents, or [] when the group is suppressed. */
  byGroup: SidePair<Record<Tier, ScoringRespondent[]>>;
  /** All four groups, in SIDES × TIERS order. */
  groups: GroupStatus[];
  suppressedGroups: GroupStatus[];
  /** Whether each side's free-text answers may be listed. */
  freeTextAllowed: SidePair<boolean>;
  /** Visible respondents per side (the pool the free-text rule counts). */
  visibleCounts: SidePair<number>;
  /** Leaders, as they may be shown: name with consent, else "Marketing leader 1". Ordered by id. */
  leaders: LeaderLabel[];
  /** Respondent id → label, leaders only. */
  labels: Record<string, string>;
}

const toScoring = (r: AnonymityRespondent): ScoringRespondent => ({ id: r.id, side: r.side, tier: r.tier, answers: r.answers });

export function applyAnonymity(respondents: readonly AnonymityRespondent[], opts: AnonymityOptions = {}): AnonymityResult {
  const minGroup = opts.minGroup ?? MIN_GROUP;
  const minFreeText = opts.minFreeText ?? MIN_FREE_TEXT;
  const sorted = respondents
    .filter((r) => SIDES.includes(r.side) && TIERS.includes(r.tier))
    .toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const byGroup = {} as SidePair<Record<Tier, ScoringRespondent[]>>;
  const groups: GroupStatus[] = [];
  const visible: ScoringRespondent[] = [];
  for (const side of SIDES) {
    byGroup[side] = { leader: [], team: [] };
    for (const tier of TIERS) {
      const members = sorted.filter((r) => r.side === side && r.tier === tier);
      const suppressed = tier === "team" && members.length > 0 && members.length < minGroup;
      groups.push({ side, tier, n: members.length, suppressed });
      if (suppressed) continue;
      byGroup[side][tier] = members.map(toScoring);
      visible.push(...byGroup[side][tier]);
    }
  }

  const visibleCounts = { marketing: 0, it: 0 };
  for (const r of visible) visibleCounts[r.side]++;
  const freeTextAllowed = { marketing: visibleCounts.marketing >= minFreeText, it: visibleCounts.it >= minFreeText };

  const leaders: LeaderLabel[] = [];
  for (const side of SIDES) {
    let k = 0;
    for (const r of sorted) {
      if (r.side !== side || r.tier !== "leader") continue;
      k++;
      const name = r.name.trim();
      const named = r.consentShowName && name.length > 0;
      leaders.push({ id: r.id, side, label: named ? name : `${SIDE_LABEL[side]} leader ${k}`, named });
    }
  }

  return {
    visible,
    byGroup,
    groups,
    suppressedGroups: groups.filter((g) => g.suppressed),
    freeTextAllowed,
    visibleCounts,
    leaders,
    labels: Object.fromEntries(leaders.map((l) => [l.id, l.label])),
  };
}

/**
 * The free-text answers of one side that may be listed: only when the rule allows it for the side, only from
 * visible respondents, trimmed, non-empty, sorted (never in respondent order), as plain strings.
 */
export function freeTextFor(result: AnonymityResult, side: Side, itemKey: string): string[] {
  if (!result.freeTextAllowed[side]) return [];
  const texts: string[] = [];
  for (const r of result.visible) {
    if (r.side !== side) continue;
    const v = r.answers[itemKey];
    if (typeof v === "string" && v.trim()) texts.push(v.trim());
  }
  return texts.sort((a, b) => a.localeCompare(b, "en"));
}
