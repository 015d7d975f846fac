// The worked example of README.md: a small organisation (3 marketing, 2 IT respondents), five items, real
// figures from seed 003 (the 2012 Accenture CMO-CIO Insights survey: 405 CMOs, 252 CIOs). Shared by the README
// and worked-example.test.ts so the two cannot drift apart. The figures are defined here, with their quotes,
// on purpose: the example must not change when the real catalogue does.
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "@/lib/benchmarks/types";
import type { QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { figureLookupFrom } from "./figures";
import type { ScoringRespondent } from "./types";

const SEED = "003_23b1ccd4d58906db.txt";

export const EXAMPLE_SOURCE: BenchmarkSourceDef = {
  id: "example-accenture-2012",
  publisher: "Accenture Interactive",
  title: "The CMO-CIO disconnect (2012 CMO-CIO Insights survey)",
  year: 2012,
  fieldwork: null,
  method: "online surveys",
  regions: "10 countries",
  industries: null,
  seedFile: SEED,
  samples: [
    { population: "marketing", n: 405, note: "\"405 senior marketing executives\"" },
    { population: "it", n: 252, note: "\"Results from IT executives are based on 252 surveys\"" },
  ],
};

function figure(
  id: string,
  population: "marketing" | "it",
  value: number,
  statement: string,
  quote: string,
  extra: { figure?: string } = {},
): BenchmarkFigureDef {
  return {
    id,
    sourceId: EXAMPLE_SOURCE.id,
    population,
    topic: "example",
    statement,
    unit: "percent",
    value,
    locator: { file: SEED, quote, ...extra },
    base: { kind: "full" },
    isDefault: true,
  };
}

export const EXAMPLE_FIGURES: BenchmarkFigureDef[] = [
  figure("ex-need-alignment-cmo", "marketing", 56, "56% of CMOs feel they need to be aligned with CIOs",
    "Globally, 77% of CIOs agree they need to be aligned with CMOs, whereas only 56% of CMOs feel this way about CIOs", { figure: "Figure 1" }),
  figure("ex-need-alignment-cio", "it", 77, "77% of CIOs agree they need to be aligned with CMOs",
    "Globally, 77% of CIOs agree they need to be aligned with CMOs, whereas only 56% of CMOs feel this way about CIOs", { figure: "Figure 1" }),
  figure("ex-bypass-cmo", "marketing", 21, "21% of CMOs cite marketing bypassing IT and working directly with the vendor as an obstacle",
    "Marketing bypassing IT and working directly with the vendor 21", { figure: "Figure 8" }),
  figure("ex-bypass-cio", "it", 36, "36% of CIOs cite marketing bypassing IT and working directly with the vendor as an obstacle",
    "Marketing bypassing IT and working directly with the vendor 36", { figure: "Figure 8" }),
  figure("ex-priority-cio", "it", 45, "45% of CIOs put marketing IT near or at the top of their priorities",
    "Nearly half (45%) of CIOs report that they put marketing IT near or at the top of their priorities", { figure: "Figure 5" }),
];

export const EXAMPLE_FIGURE_LOOKUP = figureLookupFrom(EXAMPLE_FIGURES, [EXAMPLE_SOURCE]);

const yes = { type: "equals", value: true } as const;
const common = { section: "example", required: true, fidelity: "adapted" as const, kind: "yes-no" as const };

export const EXAMPLE_ITEMS: QuestionnaireItemDef[] = [
  {
    ...common,
    key: "need-alignment",
    prompt: { marketing: "Does marketing need to be aligned with IT?", it: "Does IT need to be aligned with marketing?" },
    imperatives: ["strategic-partner"],
    polarity: "higher-is-better",
    benchmarks: [
      { figureId: "ex-need-alignment-cmo", population: "marketing", match: yes },
      { figureId: "ex-need-alignment-cio", population: "it", match: yes },
    ],
    mirror: {
      predictPrompt: {
        marketing: "What share of your IT colleagues will answer yes?",
        it: "What share of your marketing colleagues will answer yes?",
      },
      match: yes,
    },
  },
  {
    ...common,
    key: "bypass-obstacle",
    prompt: "Is marketing bypassing IT and working directly with the vendor an obstacle to marketing effectiveness here?",
    imperatives: ["trust"],
    polarity: "lower-is-better",
    benchmarks: [
      { figureId: "ex-bypass-cmo", population: "marketing", match: yes },
      { figureId: "ex-bypass-cio", population: "it", match: yes },
    ],
  },
  {
    ...common,
    key: "marketing-it-priority",
    prompt: "Is marketing technology at or near the top of IT's priorities?",
    imperatives: ["business-levers"],
    polarity: "higher-is-better",
    benchmarks: [{ figureId: "ex-priority-cio", population: "it", match: yes }],
  },
  {
    ...common,
    fidelity: "new",
    key: "cross-trained",
    prompt: "In the past year, did you take part in cross-training with the other function?",
    imperatives: ["skill-mix"],
    polarity: "higher-is-better",
    benchmarks: [],
  },
  {
    ...common,
    fidelity: "new",
    key: "cx-owner",
    kind: "single-choice",
    prompt: "Who owns the design of the customer experience?",
    options: [
      { id: "marketing", label: "Marketing" },
      { id: "it", label: "IT" },
      { id: "jointly", label: "Marketing and IT jointly" },
      { id: "nobody", label: "Nobody in particular" },
    ],
    imperatives: ["cxo"],
    polarity: "none",
    benchmarks: [],
  },
];

export const EXAMPLE_QUESTIONNAIRE: QuestionnaireDef = {
  version: "example",
  title: "Worked example",
  status: "draft",
  publishedAt: null,
  sections: [{ id: "example", title: "Example" }],
  items: EXAMPLE_ITEMS,
};

type Row = [id: string, need: boolean, predicted: number, bypass: boolean, priority: boolean, trained: boolean, owner: string];

/** The answers, as in the README's first table: six marketing leaders, five IT leaders. */
const ROWS: Row[] = [
  ["M1", true, 40, false, false, true, "marketing"],
  ["M2", false, 50, false, false, true, "marketing"],
  ["M3", false, 30, true, false, true, "marketing"],
  ["M4", false, 60, false, false, false, "marketing"],
  ["M5", false, 40, true, true, false, "jointly"],
  ["M6", false, 50, false, false, false, "jointly"],
  ["I1", true, 80, true, true, true, "it"],
  ["I2", true, 70, true, true, false, "it"],
  ["I3", true, 90, true, true, true, "jointly"],
  ["I4", true, 60, true, true, false, "jointly"],
  ["I5", true, 80, false, true, false, "jointly"],
];

export const EXAMPLE_RESPONDENTS: ScoringRespondent[] = ROWS.map(([id, need, predicted, bypass, priority, trained, owner]) => ({
  id,
  side: id.startsWith("M") ? "marketing" : "it",
  tier: "leader",
  answers: {
    "need-alignment": { self: need, predicted },
    "bypass-obstacle": bypass,
    "marketing-it-priority": priority,
    "cross-trained": trained,
    "cx-owner": owner,
  },
}));
