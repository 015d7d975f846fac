// Anonymity rules for team results. Pure: applied to the submitted respondents BEFORE anything is scored, shown or
// exported, so a suppressed answer cannot reach any number, chart, table, file or free-text list. This file is the
// one place the rule lives; the consent page ("Who sees what", components/respondent/welcome-view.tsx), the
// sealed page and the exports word it from lib/results/anonymity-text.ts, which reads the constants below.
//
// Who is protected: every team member, and every leader who did not agree to be named ("unnamed": no consent, or
// no name to show). The facilitator knows who was invited on which side and tier and who submitted (the
// assessment page lists them), so a figure is about a KNOWN set of people; the rule makes sure that no shown figure,
// and no difference or other combination of shown figures, is the answers of one protected person.
//
// 1. Groups are side × tier (marketing leaders, marketing team members, IT leaders, IT team members) of SUBMITTED
//    respondents.
// 2. A team-member group with 1 to 4 respondents (fewer than `minGroup` = 5) is SUPPRESSED ("small-team").
// 3. A side whose ONLY leader is unnamed: that leader is SUPPRESSED ("sole-unnamed-leader"). Every figure that
//    includes them would be theirs alone (the leaders' figures, e.g. the comparisons with executive surveys; the
//    side's figures when no team group is shown) or differ by them alone from a shown one (side total minus the
//    team group). A sole leader who agreed to be named is shown.
// 4. EXCLUSION, not just hiding: a suppressed group's respondents are removed from EVERY view, not only from their
//    own tier's cell. The side's total is computed from the side's visible respondents only, and so are the
//    figures that combine both sides. Hence "side total minus leaders" is always either the shown team group
//    (≥ 5) or nothing, and "side total minus team" is the side's leaders: none, or one named leader, or at least two.
// 5. Leaders one by one (names, labels, individual views): only a leader who agreed to be named, and only on a side
//    whose unnamed leaders number 0 or at least `minUnnamedLeaders` (3). Otherwise (1 or 2 unnamed leaders) the
//    side's leaders appear only as a group: no names, no labels, no individual views; a named leader's answers are
//    then shown only inside the side's and the leaders' figures, because "leaders' figure minus the named leader"
//    would be the one or two unnamed leaders. Unnamed leaders are never labelled one by one ("IT leader 2" would
//    be a person), on any side.
// 6. One visible respondent on a side: by 2-3 that person is always a leader who agreed to be named; the side's
//    figures are that person's answers, and `soleRespondent` names them so every view can say so.
// 7. Free-text answers of a side are listed only when the side's visible respondents number at least
//    `minFreeText` (10), pooled over both tiers, unattributed and sorted (so order reveals no one).
//    Callers must also never list free text of the questionnaire's context section (job titles identify people).
// 8. Team members are never labelled individually.
//
// Not covered here (documented in lib/scoring/README.md): optional items some respondents skip (a figure's n on
// one item can be smaller than its group; the heatmap hides a team cell small on an item), and what a respondent
// who sees the results can work out with their own answers when their side counts only two leaders (the consent
// page tells leaders).
import { SIDES, TIERS, type Side, type Tier } from "@/lib/domain";
import type { AnswerValue } from "@/lib/questionnaire/types";
import type { ScoringRespondent, SidePair } from "./types";

export const MIN_GROUP = 5;
export const MIN_FREE_TEXT = 10;
/** Leaders are shown one by one on a side only when its unnamed leaders number 0 or at least this many. */
export const MIN_UNNAMED_LEADERS = 3;

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
  /** Smallest number of unnamed leaders beside whom named leaders are shown one by one (default 3). */
  minUnnamedLeaders?: number;
}

/** Why a group's answers are left out of every view. */
export type SuppressionReason = "small-team" | "sole-unnamed-leader";

export interface GroupStatus {
  side: Side;
  tier: Tier;
  /** Submitted respondents in the group (shown even when suppressed: counts are not answers). */
  n: number;
  /** True when the group's answers are excluded everywhere. */
  suppressed: boolean;
  /** Why (null when not suppressed). */
  reason: SuppressionReason | null;
}

export interface LeaderLabel {
  id: string;
  side: Side;
  label: string;
  /** Always true: only leaders who agreed to be named are ever listed one by one. */
  named: boolean;
}

/** How a side's leaders may be shown. */
export interface SideLeaders {
  /** Leaders who agreed to be named (and have a name), and those who did not; submitted, before suppression. */
  named: number;
  unnamed: number;
  /** Whether this side's named leaders may be listed and shown one by one (unnamed: 0 or ≥ minUnnamedLeaders). */
  individual: boolean;
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
  /** Per side: named and unnamed leaders, and whether leaders may be shown one by one. */
  leaderSides: SidePair<SideLeaders>;
  /** Leaders who may be shown one by one: named, on a side where `individual` holds. Ordered by side, then name. */
  leaders: LeaderLabel[];
  /** Respondent id → label, for the leaders above only. */
  labels: Record<string, string>;
  /** Per side: the name of its only visible respondent (always a named leader), else null. */
  soleRespondent: SidePair<string | null>;
}

const toScoring = (r: AnonymityRespondent): ScoringRespondent => ({ id: r.id, side: r.side, tier: r.tier, answers: r.answers });
const isNamed = (r: AnonymityRespondent) => r.tier === "leader" && r.consentShowName && r.name.trim().length > 0;

export function applyAnonymity(respondents: readonly AnonymityRespondent[], opts: AnonymityOptions = {}): AnonymityResult {
  const minGroup = opts.minGroup ?? MIN_GROUP;
  const minFreeText = opts.minFreeText ?? MIN_FREE_TEXT;
  const minUnnamed = opts.minUnnamedLeaders ?? MIN_UNNAMED_LEADERS;
  const sorted = respondents
    .filter((r) => SIDES.includes(r.side) && TIERS.includes(r.tier))
    .toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const byGroup = {} as SidePair<Record<Tier, ScoringRespondent[]>>;
  const leaderSides = {} as SidePair<SideLeaders>;
  const groups: GroupStatus[] = [];
  const visible: ScoringRespondent[] = [];
  for (const side of SIDES) {
    byGroup[side] = { leader: [], team: [] };
    const sideLeaders = sorted.filter((r) => r.side === side && r.tier === "leader");
    const named = sideLeaders.filter(isNamed).length;
    const unnamed = sideLeaders.length - named;
    leaderSides[side] = { named, unnamed, individual: unnamed === 0 || unnamed >= minUnnamed };
    for (const tier of TIERS) {
      const members = sorted.filter((r) => r.side === side && r.tier === tier);
      const reason: SuppressionReason | null =
        tier === "team"
          ? members.length > 0 && members.length < minGroup
            ? "small-team"
            : null
          : members.length === 1 && unnamed === 1
            ? "sole-unnamed-leader"
            : null;
      groups.push({ side, tier, n: members.length, suppressed: reason !== null, reason });
      if (reason) continue;
      byGroup[side][tier] = members.map(toScoring);
      visible.push(...byGroup[side][tier]);
    }
  }

  const visibleCounts = { marketing: 0, it: 0 };
  for (const r of visible) visibleCounts[r.side]++;
  const freeTextAllowed = { marketing: visibleCounts.marketing >= minFreeText, it: visibleCounts.it >= minFreeText };

  const leaders: LeaderLabel[] = [];
  for (const side of SIDES) {
    if (!leaderSides[side].individual) continue;
    const shown = sorted
      .filter((r) => r.side === side && isNamed(r))
      .map((r) => ({ id: r.id, side, label: r.name.trim(), named: true }))
      // by name, never by id: ids follow the order people were invited in, which must not tell anything
      .toSorted((a, b) => a.label.localeCompare(b.label, "en") || (a.id < b.id ? -1 : 1));
    leaders.push(...shown);
  }

  const soleRespondent = { marketing: null, it: null } as SidePair<string | null>;
  for (const side of SIDES) {
    if (visibleCounts[side] !== 1) continue;
    // with the default thresholds (minGroup ≥ 2) rules 2-3 leave a single visible respondent only when it is a
    // named leader
    const only = sorted.find((r) => r.side === side && visible.some((v) => v.id === r.id));
    if (only && isNamed(only)) soleRespondent[side] = only.name.trim();
  }

  return {
    visible,
    byGroup,
    groups,
    suppressedGroups: groups.filter((g) => g.suppressed),
    freeTextAllowed,
    visibleCounts,
    leaderSides,
    leaders,
    labels: Object.fromEntries(leaders.map((l) => [l.id, l.label])),
    soleRespondent,
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
