import type { Side } from "../domain";
import { IMPERATIVE_IDS } from "../domain";
import type { BenchmarkFigureDef } from "../benchmarks/types";
import type { AnswerPredicate, QuestionnaireDef, QuestionnaireItemDef, SideText } from "./types";
import { QUESTIONNAIRE_V1 } from "./v1";
import { QUESTIONNAIRE_V2 } from "./v2";

export { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 };
export const QUESTIONNAIRES: QuestionnaireDef[] = [QUESTIONNAIRE_V1, QUESTIONNAIRE_V2];

/** "v12" → 12; anything else sorts last. */
export function versionNumber(version: string): number {
  const match = /^v(\d+)$/.exec(version);
  return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/**
 * The version a new assessment gets unless the facilitator picks another: the newest published one (latest
 * publishedAt, then highest number). Existing assessments keep the version they were created with.
 */
export function newestPublished<V extends { id: string; publishedAt: Date | string | null }>(versions: readonly V[]): V | undefined {
  return sortNewestPublishedFirst(versions)[0];
}

/** Versions ordered newest first: latest publishedAt, then highest number (so "v10" comes before "v9"). */
export function sortNewestPublishedFirst<V extends { id: string; publishedAt: Date | string | null }>(versions: readonly V[]): V[] {
  const time = (v: V) => (v.publishedAt ? new Date(v.publishedAt).getTime() : -Infinity);
  const number = (v: V) => {
    const n = versionNumber(v.id);
    return n === Number.MAX_SAFE_INTEGER ? -1 : n;
  };
  return [...versions].sort((a, b) => time(b) - time(a) || number(b) - number(a));
}

/** The built-in default for new assessments (the seed and factories use it). */
export const DEFAULT_QUESTIONNAIRE_VERSION: string = newestPublished(
  QUESTIONNAIRES.filter((q) => q.status === "published").map((q) => ({ id: q.version, publishedAt: q.publishedAt })),
)!.id;

/** The wording a respondent of `side` sees. */
export function textFor(text: SideText, side: Side): string {
  return typeof text === "string" ? text : text[side];
}

/** Items a respondent of `side` is asked. */
export function itemsFor(q: QuestionnaireDef, side: Side): QuestionnaireItemDef[] {
  return q.items.filter((item) => !item.sides || item.sides.includes(side));
}

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OPTION_KINDS = new Set(["single-choice", "choose-up-to", "ranking", "trade-off"]);

function predicateOption(p: AnswerPredicate): string | undefined {
  if (p.type === "includes" || p.type === "ranked-within") return p.option;
  if (p.type === "more-than") return p.option;
  return undefined;
}

/**
 * Every way an item can be inconsistent with itself or the catalogue. Each message names the record, so a
 * failing check in the build points straight at the item to fix. Empty array = valid.
 */
export function validateQuestionnaire(q: QuestionnaireDef, figures: readonly BenchmarkFigureDef[]): string[] {
  const errors: string[] = [];
  const figureById = new Map(figures.map((f) => [f.id, f]));
  const sections = new Set(q.sections.map((s) => s.id));
  const seen = new Set<string>();
  const assessed = q.items.filter((i) => i.section !== "context").length;
  if (assessed < 30 || assessed > 45) errors.push(`questionnaire ${q.version}: ${assessed} items outside the context section (expected 30-45)`);
  for (const item of q.items) {
    const at = `item ${item.key}`;
    if (seen.has(item.key)) errors.push(`${at}: duplicate key`);
    seen.add(item.key);
    if (!KEY.test(item.key)) errors.push(`${at}: key must be kebab-case`);
    if (!sections.has(item.section)) errors.push(`${at}: unknown section "${item.section}"`);
    for (const imp of item.imperatives) if (!IMPERATIVE_IDS.includes(imp)) errors.push(`${at}: unknown imperative "${imp}"`);
    const options = new Set((item.options ?? []).map((o) => o.id));
    if (OPTION_KINDS.has(item.kind) && options.size < 2) errors.push(`${at}: a ${item.kind} item needs at least 2 options`);
    if (item.options && options.size !== item.options.length) errors.push(`${at}: duplicate option id`);
    if ((item.kind === "choose-up-to" || item.kind === "ranking") && !(item.max && item.max >= 1 && item.max <= options.size)) {
      errors.push(`${at}: max must be between 1 and the number of options`);
    }
    if (item.mirror && item.kind !== "agreement" && item.kind !== "yes-no") errors.push(`${at}: only agreement and yes-no items can be mirrored`);
    if (item.polarity !== "none" && !["agreement", "yes-no", "percentage"].includes(item.kind)) {
      errors.push(`${at}: polarity ${item.polarity} is only meaningful for agreement, yes-no and percentage items`);
    }
    const links = [...item.benchmarks, ...(item.rankBenchmarks ?? [])];
    if (item.fidelity === "new" && links.length) errors.push(`${at}: fidelity "new" but it links published figures`);
    if (item.fidelity !== "new" && !links.length) errors.push(`${at}: fidelity "${item.fidelity}" needs at least one published figure`);
    for (const link of item.benchmarks) {
      const figure = figureById.get(link.figureId);
      if (!figure) {
        errors.push(`${at}: figure "${link.figureId}" does not exist`);
        continue;
      }
      if (figure.unit !== "percent") errors.push(`${at}: figure "${link.figureId}" is not a percent (use rankBenchmarks for ranks)`);
      if (figure.population !== link.population && figure.population !== "both") {
        errors.push(`${at}: figure "${link.figureId}" is about ${figure.population}, linked to ${link.population}`);
      }
      if (link.population === "both" && figure.population !== "both") {
        errors.push(`${at}: figure "${link.figureId}" is about ${figure.population} only, linked to both sides pooled`);
      }
      const option = link.option ?? predicateOption(link.match);
      if (option && !options.has(option)) errors.push(`${at}: link to "${link.figureId}" names unknown option "${option}"`);
      if (link.match.type === "equals" && typeof link.match.value === "string" && !options.has(link.match.value)) {
        errors.push(`${at}: link to "${link.figureId}" matches unknown option "${link.match.value}"`);
      }
    }
    for (const link of item.rankBenchmarks ?? []) {
      const figure = figureById.get(link.figureId);
      if (!figure) errors.push(`${at}: figure "${link.figureId}" does not exist`);
      else if (figure.unit !== "rank") errors.push(`${at}: rank link "${link.figureId}" is not a rank figure`);
      else if (figure.population !== link.population) errors.push(`${at}: figure "${link.figureId}" is about ${figure.population}, linked to ${link.population}`);
      if (!options.has(link.option)) errors.push(`${at}: rank link "${link.figureId}" names unknown option "${link.option}"`);
    }
  }
  return errors;
}
