// What the workshop records per question and wave, and what may be recorded: the outcome vocabulary, the limits and
// the answers a room can vote on. Pure; shared by the validation schema, the data layer, the pages and the exports.
import { AGREEMENT_SCALE } from "@/lib/questionnaire/types";
import { optionText } from "./items";
import type { ItemInfo } from "./types";

export const WORKSHOP_OUTCOMES = ["agreed", "agree-to-differ", "needs-data"] as const;
export type WorkshopOutcome = (typeof WORKSHOP_OUTCOMES)[number];
export const OUTCOME_LABEL: Record<WorkshopOutcome, string> = {
  agreed: "Agreed position",
  "agree-to-differ": "Agree to differ",
  "needs-data": "Needs data",
};

/** Longest position or notes text, in characters. */
export const MAX_OUTCOME_TEXT = 2000;
/** Most hands counted for one option (a room or a call, not a survey). */
export const MAX_VOTES = 10_000;

/** An outcome as recorded for one item of one wave. */
export interface WorkshopOutcomeRecord {
  itemKey: string;
  outcome: WorkshopOutcome;
  position: string | null;
  notes: string | null;
  /** Option id → hands counted by the facilitator (only the item's vote options); null when none were entered. */
  votes: Record<string, number> | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface VoteOption {
  id: string;
  label: string;
}

const AGREEMENT_VOTE_IDS = ["strongly-disagree", "disagree", "neither", "agree", "strongly-agree"] as const;

/**
 * The answers a room can vote on for an item: its options (both sides' wording when they differ), yes and no, or
 * the five agreement points. A percentage or free-text question has none.
 */
export function voteOptionsOf(item: Pick<ItemInfo, "kind" | "options">): VoteOption[] {
  switch (item.kind) {
    case "yes-no":
      return [
        { id: "yes", label: "Yes" },
        { id: "no", label: "No" },
      ];
    case "agreement":
      return AGREEMENT_VOTE_IDS.map((id, i) => ({ id, label: AGREEMENT_SCALE[i]! }));
    case "single-choice":
    case "choose-up-to":
    case "ranking":
    case "trade-off":
      return item.options.map((o) => ({ id: o.id, label: optionText(item, o.id) }));
    default:
      return [];
  }
}
