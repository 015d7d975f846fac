// One item of a draft questionnaire version as the admin's item form edits it, shared by the form, its server
// action and the data layer. The form is flat (a prompt per side, option and link rows, the "agreeing" rule as a
// short line of text) and idempotent (what it outputs parses again to itself), so the client can send its parsed
// values and the action validates them once more. Only the structure is checked here; whether the item fits the
// rest of the version and the benchmark library (options named by links, fidelity and links, the item count) is
// validateQuestionnaire's job, shown on the draft's page and enforced when publishing.
import { z } from "zod";
import { IMPERATIVE_IDS, POPULATIONS } from "@/lib/domain";
import type { AnswerPredicate, ItemBenchmarkLink, ItemKind, ItemRankLink, QuestionnaireItemDef, SideText } from "@/lib/questionnaire/types";
import { blankToUndefined, KEBAB_ID } from "./benchmark-source";

export const ITEM_KINDS = ["agreement", "yes-no", "single-choice", "choose-up-to", "ranking", "percentage", "trade-off", "free-text"] as const satisfies readonly ItemKind[];
export const FIDELITIES = ["exact", "adapted", "new"] as const;
export const POLARITIES = ["higher-is-better", "lower-is-better", "none"] as const;
/** Who is asked the item: both sides (the usual case) or one side only. */
export const ASKED_OF = ["both", "marketing", "it"] as const;

const VERSION_ID = z.string().trim().regex(/^v[0-9]+$/, "Unknown questionnaire version");
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const kebab = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .trim()
    .min(2, `Enter the ${what} (at least 2 characters)`)
    .max(60, "At most 60 characters")
    .regex(KEBAB_ID, "Use lowercase letters, digits and hyphens, e.g. tr-shared-goals");

/** How the "agreeing" rule is written in the form, one line: the help text of the rule fields. */
export const RULE_HELP =
  "Which answers agree with the published statement: scale-at-least 4 | equals yes | equals no | equals <option id> | includes <option id> | ranked-within <option id> <top> | at-least <number> | more-than <number> [option id].";

/** An "agreeing" rule from its line of text (see RULE_HELP), or an error message. */
export function parseRule(line: string): AnswerPredicate | { error: string } {
  const [type, ...args] = line.trim().split(/\s+/);
  const number = (s: string | undefined) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);
  const option = (s: string | undefined) => (s !== undefined && KEBAB_ID.test(s) ? s : null);
  switch (type) {
    case "scale-at-least": {
      const min = number(args[0]);
      if (args.length === 1 && min !== null && [1, 2, 3, 4, 5].includes(min)) return { type, min: min as 1 | 2 | 3 | 4 | 5 };
      return { error: "scale-at-least takes a point of the scale, 1 to 5 (e.g. scale-at-least 4)" };
    }
    case "equals":
      if (args.length === 1 && (args[0] === "yes" || args[0] === "no")) return { type, value: args[0] === "yes" };
      if (args.length === 1 && option(args[0])) return { type, value: args[0]! };
      return { error: "equals takes yes, no or an option id (e.g. equals much-more)" };
    case "includes":
      if (args.length === 1 && option(args[0])) return { type, option: args[0]! };
      return { error: "includes takes an option id (e.g. includes social-media)" };
    case "ranked-within": {
      const top = number(args[1]);
      if (args.length === 2 && option(args[0]) && top !== null && Number.isInteger(top) && top >= 1) return { type, option: args[0]!, top };
      return { error: "ranked-within takes an option id and how many top places (e.g. ranked-within ceo 3)" };
    }
    case "at-least": {
      const min = number(args[0]);
      if (args.length === 1 && min !== null) return { type, min };
      return { error: "at-least takes a number (e.g. at-least 50)" };
    }
    case "more-than": {
      const min = number(args[0]);
      if ((args.length === 1 || args.length === 2) && min !== null && (args.length === 1 || option(args[1]))) {
        return args[1] ? { type, min, option: args[1] } : { type, min };
      }
      return { error: "more-than takes a number and optionally an option id (e.g. more-than 30)" };
    }
    default:
      return { error: "Start the rule with scale-at-least, equals, includes, ranked-within, at-least or more-than" };
  }
}

/** The line of text of an "agreeing" rule (the inverse of parseRule). */
export function ruleText(p: AnswerPredicate): string {
  switch (p.type) {
    case "scale-at-least":
    case "at-least":
      return `${p.type} ${p.min}`;
    case "equals":
      return `equals ${p.value === true ? "yes" : p.value === false ? "no" : p.value}`;
    case "includes":
      return `includes ${p.option}`;
    case "ranked-within":
      return `ranked-within ${p.option} ${p.top}`;
    case "more-than":
      return `more-than ${p.min}${p.option ? ` ${p.option}` : ""}`;
  }
}

const rule = text(80).superRefine((line, ctx) => {
  const parsed = line === "" ? null : parseRule(line);
  if (parsed && "error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
});
const optionalOption = text(60).refine((s) => s === "" || KEBAB_ID.test(s), "An option id: lowercase letters, digits and hyphens");

const ZOptionRow = z.object({
  id: kebab("option id"),
  labelMarketing: z.string().trim().min(1, "Enter the label").max(300, "At most 300 characters"),
  labelIt: text(300),
});

const ZLinkRow = z.object({
  figureId: z.string().trim().min(1, "Choose a figure").max(120),
  population: z.enum(POPULATIONS, { error: "Choose marketing, it or both" }),
  rule,
  option: optionalOption,
  contextOnly: text(500),
});

export const ZQuestionnaireItem = z
  .object({
    versionId: VERSION_ID,
    /** The key of the item being edited; empty for a new item. */
    originalKey: z.string().trim().max(60),
    key: kebab("item key"),
    section: z.string({ error: "Choose a section" }).trim().min(1, "Choose a section").max(60),
    kind: z.enum(ITEM_KINDS, { error: "Choose a kind of question" }),
    required: z.boolean(),
    askedOf: z.enum(ASKED_OF, { error: "Choose who is asked" }),
    promptMarketing: z.string({ error: "Enter the question" }).trim().min(3, "Enter the question (at least 3 characters)").max(1000, "At most 1000 characters"),
    promptIt: text(1000),
    helpMarketing: text(1000),
    helpIt: text(1000),
    options: z.array(ZOptionRow).max(30, "At most 30 options"),
    max: z.preprocess(blankToUndefined, z.coerce.number({ error: "Enter a whole number" }).int("Enter a whole number").min(1, "At least 1").max(30, "At most 30").optional()),
    imperatives: z.array(z.enum(IMPERATIVE_IDS, { error: "Unknown imperative" })).max(IMPERATIVE_IDS.length, "Each imperative at most once"),
    polarity: z.enum(POLARITIES, { error: "Choose a polarity" }),
    fidelity: z.enum(FIDELITIES, { error: "Choose a fidelity" }),
    links: z.array(ZLinkRow).max(30, "At most 30 links"),
    mirror: z.boolean(),
    predictMarketing: text(500),
    predictIt: text(500),
    mirrorRule: rule,
  })
  .superRefine((item, ctx) => {
    const seen = new Set<string>();
    item.options.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({ code: "custom", path: ["options", i, "id"], message: `Option id "${o.id}" is used twice` });
      seen.add(o.id);
    });
    if (item.mirror) {
      if (!item.predictMarketing) ctx.addIssue({ code: "custom", path: ["predictMarketing"], message: "Enter the prediction question for the marketing side" });
      if (!item.predictIt) ctx.addIssue({ code: "custom", path: ["predictIt"], message: "Enter the prediction question for the IT side" });
      if (!item.mirrorRule) ctx.addIssue({ code: "custom", path: ["mirrorRule"], message: "Enter which of the other side's answers count as agreeing" });
    }
  });
export type TQuestionnaireItem = z.output<typeof ZQuestionnaireItem>;
export type TQuestionnaireItemInput = z.input<typeof ZQuestionnaireItem>;

/** Remove an item from a draft, or move it one place up or down within its section. */
export const ZQuestionnaireItemRef = z.object({ versionId: VERSION_ID, key: kebab("item key") });
export type TQuestionnaireItemRef = z.output<typeof ZQuestionnaireItemRef>;
export const ZQuestionnaireItemMove = ZQuestionnaireItemRef.extend({ direction: z.enum(["up", "down"]) });
export type TQuestionnaireItemMove = z.output<typeof ZQuestionnaireItemMove>;

/** Publish a draft. */
export const ZQuestionnairePublish = z.object({ versionId: VERSION_ID });
export type TQuestionnairePublish = z.output<typeof ZQuestionnairePublish>;

const sideText = (marketing: string, it: string): SideText => (it === "" || it === marketing ? marketing : { marketing, it });
const sideFields = (t: SideText | undefined): [string, string] => (t === undefined ? ["", ""] : typeof t === "string" ? [t, ""] : [t.marketing, t.it]);

/** A stored item as the form's values. Rank links appear among the links, with an empty rule. */
export function itemFormFromDef(versionId: string, item: QuestionnaireItemDef): TQuestionnaireItem {
  const [promptMarketing, promptIt] = sideFields(item.prompt);
  const [helpMarketing, helpIt] = sideFields(item.help);
  return {
    versionId,
    originalKey: item.key,
    key: item.key,
    section: item.section,
    kind: item.kind,
    required: item.required,
    askedOf: item.sides?.length === 1 ? item.sides[0]! : "both",
    promptMarketing,
    promptIt,
    helpMarketing,
    helpIt,
    options: (item.options ?? []).map((o) => {
      const [labelMarketing, labelIt] = sideFields(o.label);
      return { id: o.id, labelMarketing, labelIt };
    }),
    max: item.max,
    imperatives: [...item.imperatives],
    polarity: item.polarity,
    fidelity: item.fidelity,
    links: [
      ...item.benchmarks.map((l) => ({ figureId: l.figureId, population: l.population, rule: ruleText(l.match), option: l.option ?? "", contextOnly: l.contextOnly ?? "" })),
      ...(item.rankBenchmarks ?? []).map((l) => ({ figureId: l.figureId, population: l.population, rule: "", option: l.option, contextOnly: l.contextOnly ?? "" })),
    ],
    mirror: Boolean(item.mirror),
    predictMarketing: item.mirror?.predictPrompt.marketing ?? "",
    predictIt: item.mirror?.predictPrompt.it ?? "",
    mirrorRule: item.mirror ? ruleText(item.mirror.match) : "",
  };
}

export type ItemFromForm = { ok: true; item: QuestionnaireItemDef } | { ok: false; message: string; fieldErrors: Record<string, string> };

/**
 * The form's values as an item definition. `unitOf` gives a library figure's unit: a link to a rank figure becomes
 * a rank link (one side, an option, no rule), any other a benchmark link (with its rule). A link to a figure that
 * is not in the library is refused here (the database links items to stored figures).
 */
const OPTION_KINDS: ReadonlySet<string> = new Set(["single-choice", "choose-up-to", "ranking", "trade-off"]);
const MAX_KINDS: ReadonlySet<string> = new Set(["choose-up-to", "ranking"]);

export function itemDefFromForm(input: TQuestionnaireItem, unitOf: (figureId: string) => string | undefined): ItemFromForm {
  const problems: string[] = [];
  const benchmarks: ItemBenchmarkLink[] = [];
  const rankBenchmarks: ItemRankLink[] = [];
  input.links.forEach((l, i) => {
    const row = `Benchmark link ${i + 1} (${l.figureId})`;
    const unit = unitOf(l.figureId);
    const contextOnly = l.contextOnly ? { contextOnly: l.contextOnly } : {};
    if (!unit) return problems.push(`${row}: not a figure of the library`);
    if (unit === "rank") {
      if (l.population === "both") return problems.push(`${row}: a rank is compared with one side; choose marketing or IT`);
      if (!l.option) return problems.push(`${row}: a rank is about one option; enter its id`);
      return rankBenchmarks.push({ figureId: l.figureId, population: l.population, option: l.option, ...contextOnly });
    }
    if (!l.rule) return problems.push(`${row}: enter which answers agree with the published statement`);
    const match = parseRule(l.rule) as AnswerPredicate;
    benchmarks.push({ figureId: l.figureId, population: l.population, match, ...(l.option ? { option: l.option } : {}), ...contextOnly });
  });
  if (problems.length) return { ok: false, message: problems.join("; "), fieldErrors: { links: problems.join("\n") } };
  const item: QuestionnaireItemDef = {
    key: input.key,
    section: input.section,
    kind: input.kind,
    required: input.required,
    prompt: sideText(input.promptMarketing, input.promptIt),
    ...(input.helpMarketing ? { help: sideText(input.helpMarketing, input.helpIt) } : {}),
    // what the kind cannot use is dropped here, on the server, whatever the form sent
    ...(OPTION_KINDS.has(input.kind) && input.options.length ? { options: input.options.map((o) => ({ id: o.id, label: sideText(o.labelMarketing, o.labelIt) })) } : {}),
    ...(MAX_KINDS.has(input.kind) && input.max !== undefined ? { max: input.max } : {}),
    imperatives: [...new Set(input.imperatives)],
    fidelity: input.fidelity,
    polarity: input.polarity,
    benchmarks,
    ...(rankBenchmarks.length ? { rankBenchmarks } : {}),
    ...(input.mirror ? { mirror: { predictPrompt: { marketing: input.predictMarketing, it: input.predictIt }, match: parseRule(input.mirrorRule) as AnswerPredicate } } : {}),
    ...(input.askedOf !== "both" ? { sides: [input.askedOf] } : {}),
  };
  return { ok: true, item };
}
