import type { ImperativeId, Side } from "@/lib/domain";

/** Text that may differ by side: the CIO is asked about "marketing", the CMO about "IT". */
export type SideText = string | Record<Side, string>;

export type ItemKind =
  | "agreement" // 5-point scale, value 1..5 (1 = strongly disagree, 5 = strongly agree)
  | "yes-no" // value boolean
  | "single-choice" // value option id (context questions)
  | "choose-up-to" // value option ids, at most `max`
  | "ranking" // value option ids in order, most important first (`max` of them)
  | "percentage" // value number 0..100
  | "trade-off" // value Record<option id, integer points>, summing to exactly 100
  | "free-text"; // value string, at most 2000 characters

export interface ItemOption {
  id: string; // kebab-case, stable
  label: SideText;
}

/** When a respondent's answer counts as "agreeing with the published statement". */
export type AnswerPredicate =
  | { type: "scale-at-least"; min: 1 | 2 | 3 | 4 | 5 } // agreement items: usually min 4 (agree or strongly agree)
  | { type: "equals"; value: boolean | string } // yes-no, single-choice
  | { type: "includes"; option: string } // choose-up-to: the option was chosen
  | { type: "ranked-within"; option: string; top: number } // ranking: option ranked in the first `top`
  | { type: "at-least"; min: number } // percentage / trade-off component (`option`) at least `min`
  | { type: "more-than"; min: number; option?: string };

/** The published figure an item can be compared with, for one population. */
export interface ItemBenchmarkLink {
  figureId: string; // BenchmarkFigureDef.id
  /**
   * Compared with respondents of the same side; "both" = a figure published for CMOs and CIOs together,
   * compared only with both sides pooled (never as one side's figure).
   */
  population: "marketing" | "it" | "both";
  match: AnswerPredicate; // which answers count as agreeing with the published statement
  option?: string; // for multi-option items: which option this figure is about
  /**
   * Set when the item is NOT asked the way the survey asked it (other format, threshold or population): the
   * figure is shown as context only, with this reason, and never gets a verdict. Questionnaire v2 has none.
   */
  contextOnly?: string;
}

/**
 * A published rank ("#1 of 15 for CMOs") for one option of a choose-up-to or ranking item. Ranks have no
 * sample interval, so they are shown beside the organization's own ordering rather than tested.
 */
export interface ItemRankLink {
  figureId: string; // a figure with unit "rank"
  population: "marketing" | "it";
  option: string;
  /** As on ItemBenchmarkLink: the survey asked differently, so the rank is context only. */
  contextOnly?: string;
}

export interface MirrorSpec {
  /** Prompt asking the respondent to predict the other side's answer, as a percentage 0-100. */
  predictPrompt: Record<Side, string>;
  /** Which of the other side's own answers count as agreeing (the predicted share is compared with this). */
  match: AnswerPredicate;
}

export interface QuestionnaireItemDef {
  key: string; // kebab-case, stable across versions, e.g. "trust-bypass-vendor"
  section: string; // SectionDef.id
  kind: ItemKind;
  required: boolean;
  prompt: SideText;
  help?: SideText;
  options?: ItemOption[]; // single-choice, choose-up-to, ranking, trade-off
  max?: number; // choose-up-to / ranking: how many
  imperatives: ImperativeId[]; // may be empty for context items
  fidelity: "exact" | "adapted" | "new";
  /** Scale direction for imperative scores: higher-is-better, lower-is-better, or not scored. */
  polarity: "higher-is-better" | "lower-is-better" | "none";
  benchmarks: ItemBenchmarkLink[];
  rankBenchmarks?: ItemRankLink[];
  mirror?: MirrorSpec; // answered as { self: <value>, predicted: 0..100 }
  /** Only shown to one side (rare; most items are asked of both with side-specific wording). */
  sides?: Side[];
}

export interface SectionDef {
  id: string;
  title: string;
  intro?: SideText;
  imperative?: ImperativeId;
}

export interface QuestionnaireDef {
  version: string; // "v1"
  title: string;
  status: "draft" | "published";
  publishedAt: string | null; // ISO date
  sections: SectionDef[];
  items: QuestionnaireItemDef[];
}

/** Stored answer values, by kind. Mirror items store { self, predicted }. */
export type AnswerValue =
  | number
  | boolean
  | string
  | string[]
  | Record<string, number>
  | { self: AnswerValue; predicted: number };

/** The 5-point agreement scale, value 1..5 in this order. */
export const AGREEMENT_SCALE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"] as const;
