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

const atLeast4 = { type: "scale-at-least", min: 4 } as const;
const common = { section: "example", required: true, fidelity: "adapted" as const };

export const EXAMPLE_ITEMS: QuestionnaireItemDef[] = [
  {
    ...common,
    key: "need-alignment",
    kind: "agreement",
    prompt: { marketing: "Marketing needs to be aligned with IT.", it: "IT needs to be aligned with marketing." },
    imperatives: ["strategic-partner"],
    polarity: "higher-is-better",
    benchmarks: [
      { figureId: "ex-need-alignment-cmo", population: "marketing", match: atLeast4 },
      { figureId: "ex-need-alignment-cio", population: "it", match: atLeast4 },
    ],
  },
  {
    ...common,
    key: "trust-bypass-vendor",
    kind: "agreement",
    prompt: "Marketing bypasses IT and works directly with vendors.",
    imperatives: ["trust"],
    polarity: "lower-is-better",
    benchmarks: [
      { figureId: "ex-bypass-cmo", population: "marketing", match: atLeast4 },
      { figureId: "ex-bypass-cio", population: "it", match: atLeast4 },
    ],
  },
  {
    ...common,
    key: "marketing-it-priority",
    kind: "agreement",
    prompt: "Marketing technology is at or near the top of IT's priorities.",
    imperatives: ["business-levers"],
    polarity: "higher-is-better",
    benchmarks: [{ figureId: "ex-priority-cio", population: "it", match: atLeast4 }],
    mirror: {
      predictPrompt: {
        marketing: "What share of your IT colleagues would agree?",
        it: "What share of your marketing colleagues would agree?",
      },
      match: atLeast4,
    },
  },
  {
    ...common,
    fidelity: "new",
    key: "cross-trained",
    kind: "yes-no",
    prompt: "In the past year I took part in cross-training with the other function.",
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

/** The answers, as in the README's first table. */
export const EXAMPLE_RESPONDENTS: ScoringRespondent[] = [
  { id: "M1", side: "marketing", tier: "leader", answers: { "need-alignment": 4, "trust-bypass-vendor": 4, "marketing-it-priority": { self: 2, predicted: 30 }, "cross-trained": true, "cx-owner": "marketing" } },
  { id: "M2", side: "marketing", tier: "team", answers: { "need-alignment": 3, "trust-bypass-vendor": 5, "marketing-it-priority": { self: 3, predicted: 20 }, "cross-trained": false, "cx-owner": "marketing" } },
  { id: "M3", side: "marketing", tier: "team", answers: { "need-alignment": 2, "trust-bypass-vendor": 4, "marketing-it-priority": { self: 2, predicted: 40 }, "cross-trained": false, "cx-owner": "jointly" } },
  { id: "I1", side: "it", tier: "leader", answers: { "need-alignment": 5, "trust-bypass-vendor": 4, "marketing-it-priority": { self: 4, predicted: 70 }, "cross-trained": false, "cx-owner": "it" } },
  { id: "I2", side: "it", tier: "team", answers: { "need-alignment": 4, "trust-bypass-vendor": 5, "marketing-it-priority": { self: 5, predicted: 60 }, "cross-trained": true, "cx-owner": "jointly" } },
];
