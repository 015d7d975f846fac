// Every way a questionnaire version can be inconsistent with itself or the benchmark library. Pure: the seed checks
// the built-in versions with it, and an admin editing a draft sees its messages (lib/data/questionnaire-versions).
import { IMPERATIVE_IDS } from "@/lib/domain";
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { AnswerPredicate, QuestionnaireDef } from "./types";

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
