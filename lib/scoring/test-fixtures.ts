// A small questionnaire of our own for the scoring tests and the bench: every ItemKind, mirror items,
// benchmark links to made-up figure ids. Deliberately independent of the real catalogue and questionnaire.
import type { Side, Tier } from "@/lib/domain";
import type { BenchmarkFigureDef, BenchmarkSourceDef } from "@/lib/benchmarks/types";
import type { AnswerValue, QuestionnaireDef, QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { figureLookupFrom } from "./figures";
import type { ScoringRespondent } from "./types";
import { mulberry32 } from "./prng";

const base = { section: "s1", required: true, fidelity: "new" as const, benchmarks: [], imperatives: [] };

export const FIXTURE_ITEMS: QuestionnaireItemDef[] = [
  {
    ...base,
    key: "need-alignment",
    kind: "agreement",
    prompt: "Marketing and IT need to be aligned.",
    imperatives: ["strategic-partner"],
    polarity: "higher-is-better",
    benchmarks: [
      { figureId: "fx-need-cmo", population: "marketing", match: { type: "scale-at-least", min: 4 } },
      { figureId: "fx-need-cio", population: "it", match: { type: "scale-at-least", min: 4 } },
    ],
  },
  {
    ...base,
    key: "trust-bypass-vendor",
    kind: "agreement",
    prompt: "Marketing bypasses IT and works directly with vendors.",
    imperatives: ["trust"],
    polarity: "lower-is-better",
    benchmarks: [
      { figureId: "fx-bypass-cmo", population: "marketing", match: { type: "scale-at-least", min: 4 } },
      { figureId: "fx-bypass-cio", population: "it", match: { type: "scale-at-least", min: 4 } },
    ],
  },
  {
    ...base,
    key: "priority-mirror",
    kind: "agreement",
    prompt: "Marketing technology is at or near the top of IT's priorities.",
    imperatives: ["business-levers"],
    polarity: "higher-is-better",
    benchmarks: [{ figureId: "fx-priority-cio", population: "it", match: { type: "scale-at-least", min: 4 } }],
    mirror: {
      predictPrompt: { marketing: "What share of IT agrees?", it: "What share of marketing agrees?" },
      match: { type: "scale-at-least", min: 4 },
    },
  },
  {
    ...base,
    key: "prepared-mirror",
    kind: "yes-no",
    prompt: "Our company is prepared for the digital future.",
    imperatives: ["cxo"],
    polarity: "higher-is-better",
    benchmarks: [
      { figureId: "fx-prepared-cmo", population: "marketing", match: { type: "equals", value: true } },
      { figureId: "fx-prepared-cio", population: "it", match: { type: "equals", value: true } },
    ],
    mirror: {
      predictPrompt: { marketing: "What share of IT says yes?", it: "What share of marketing says yes?" },
      match: { type: "equals", value: true },
    },
  },
  {
    ...base,
    key: "cross-trained",
    kind: "yes-no",
    prompt: "I took part in cross-training with the other function this year.",
    imperatives: ["skill-mix"],
    polarity: "higher-is-better",
  },
  {
    ...base,
    key: "cx-owner",
    kind: "single-choice",
    prompt: "Who owns the design of the customer experience?",
    imperatives: ["cxo"],
    polarity: "none",
    options: [
      { id: "marketing", label: "Marketing" },
      { id: "it", label: "IT" },
      { id: "jointly", label: "Jointly" },
      { id: "nobody", label: "Nobody" },
    ],
  },
  {
    ...base,
    key: "obstacles",
    kind: "choose-up-to",
    max: 3,
    prompt: "The main obstacles to marketing effectiveness.",
    imperatives: ["trust"],
    polarity: "lower-is-better",
    options: [
      { id: "complexity", label: "Solution complexity" },
      { id: "marketing-bypassing-it", label: "Marketing bypassing IT" },
      { id: "it-keeping-marketing-out-of-the-loop", label: "IT keeping marketing out of the loop" },
      { id: "budget", label: "Insufficient budget" },
      { id: "no-mandate", label: "No management mandate" },
    ],
    benchmarks: [
      { figureId: "fx-obst-bypass-cmo", population: "marketing", option: "marketing-bypassing-it", match: { type: "includes", option: "marketing-bypassing-it" } },
      { figureId: "fx-obst-bypass-cio", population: "it", option: "marketing-bypassing-it", match: { type: "includes", option: "marketing-bypassing-it" } },
      { figureId: "fx-obst-complexity-cmo", population: "marketing", option: "complexity", match: { type: "includes", option: "complexity" } },
      { figureId: "fx-obst-complexity-cio", population: "it", option: "complexity", match: { type: "includes", option: "complexity" } },
    ],
  },
  {
    ...base,
    key: "alignment-drivers",
    kind: "ranking",
    max: 3,
    prompt: "Rank the top reasons to align marketing and IT.",
    imperatives: ["business-levers"],
    polarity: "none",
    options: [
      { id: "customer-insight", label: "Access to customer insight" },
      { id: "privacy-security", label: "Privacy and security" },
      { id: "it-strategic", label: "IT's strategic capability" },
      { id: "platform", label: "IT as platform provider" },
    ],
    benchmarks: [
      { figureId: "fx-rank-insight-cmo", population: "marketing", option: "customer-insight", match: { type: "ranked-within", option: "customer-insight", top: 1 } },
    ],
  },
  {
    ...base,
    key: "tech-budget-share",
    kind: "percentage",
    prompt: "What share of your budget goes to technology-enabled marketing?",
    imperatives: ["business-levers"],
    polarity: "higher-is-better",
    benchmarks: [{ figureId: "fx-budget-cmo", population: "marketing", match: { type: "at-least", min: 30 } }],
  },
  {
    ...base,
    key: "cx-ownership-split",
    kind: "trade-off",
    prompt: "Split 100 points of ownership of the customer experience.",
    imperatives: ["cxo"],
    polarity: "higher-is-better",
    options: [
      { id: "marketing", label: "Marketing" },
      { id: "it", label: "IT" },
      { id: "joint", label: "Joint" },
    ],
    benchmarks: [{ figureId: "fx-joint-cio", population: "it", option: "joint", match: { type: "at-least", min: 40 } }],
  },
  { ...base, key: "comments", kind: "free-text", required: false, prompt: "Anything else?", polarity: "none" },
  {
    ...base,
    key: "it-standards",
    kind: "agreement",
    prompt: "Marketing pulls in technologies without considering IT standards.",
    imperatives: ["business-levers"],
    polarity: "lower-is-better",
    sides: ["it"],
    benchmarks: [{ figureId: "fx-units-rank", population: "it", match: { type: "scale-at-least", min: 4 } }],
  },
];

export const FIXTURE_QUESTIONNAIRE: QuestionnaireDef = {
  version: "fixture",
  title: "Scoring fixture",
  status: "draft",
  publishedAt: null,
  sections: [{ id: "s1", title: "All" }],
  items: FIXTURE_ITEMS,
};

export const FIXTURE_SOURCES: BenchmarkSourceDef[] = [
  {
    id: "fx-source",
    publisher: "Fixture",
    title: "Made-up survey",
    year: 2012,
    fieldwork: null,
    method: null,
    regions: null,
    industries: null,
    seedFile: "none.txt",
    samples: [
      { population: "marketing", n: 400 },
      { population: "it", n: 250 },
    ],
  },
];

function fig(id: string, population: "marketing" | "it", value: number, extra: Partial<BenchmarkFigureDef> = {}): BenchmarkFigureDef {
  return {
    id,
    sourceId: "fx-source",
    population,
    topic: "fixture",
    statement: `${value}% (${id})`,
    unit: "percent",
    value,
    locator: { file: "none.txt", quote: `${value}%` },
    base: { kind: "full" },
    isDefault: true,
    ...extra,
  };
}

export const FIXTURE_FIGURES: BenchmarkFigureDef[] = [
  fig("fx-need-cmo", "marketing", 56),
  fig("fx-need-cio", "it", 77),
  fig("fx-bypass-cmo", "marketing", 21),
  fig("fx-bypass-cio", "it", 36),
  fig("fx-priority-cio", "it", 45),
  fig("fx-prepared-cmo", "marketing", 49),
  fig("fx-prepared-cio", "it", 61),
  fig("fx-obst-bypass-cmo", "marketing", 21),
  fig("fx-obst-bypass-cio", "it", 36),
  fig("fx-obst-complexity-cmo", "marketing", 47),
  fig("fx-obst-complexity-cio", "it", 42),
  fig("fx-rank-insight-cmo", "marketing", 40, { n: 100 }),
  fig("fx-budget-cmo", "marketing", 35, { sourceId: "unknown-source" }), // no sample size: interval null
  fig("fx-joint-cio", "it", 30),
  fig("fx-units-rank", "it", 4, { unit: "rank", rankOf: 15 }), // not a percentage: not compared
];

export const FIXTURE_FIGURE_LOOKUP = figureLookupFrom(FIXTURE_FIGURES, FIXTURE_SOURCES);

export function respondent(id: string, side: Side, answers: Record<string, AnswerValue | undefined>, tier: Tier = "team"): ScoringRespondent {
  return { id, side, tier, answers };
}

/** Deterministic pseudo-random generator (mulberry32), for the bench and generated data in tests. */
export { mulberry32 };

/** A plausible random answer for any item (mirror items wrapped as { self, predicted }). */
export function randomAnswer(item: QuestionnaireItemDef, rand: () => number): AnswerValue {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const ids = (item.options ?? []).map((o) => o.id);
  const shuffled = () => [...ids].sort(() => rand() - 0.5);
  let self: AnswerValue;
  switch (item.kind) {
    case "agreement": self = 1 + Math.floor(rand() * 5); break;
    case "yes-no": self = rand() < 0.5; break;
    case "single-choice": self = pick(ids); break;
    case "choose-up-to": self = shuffled().slice(0, 1 + Math.floor(rand() * (item.max ?? 1))); break;
    case "ranking": self = shuffled().slice(0, item.max ?? ids.length); break;
    case "percentage": self = Math.floor(rand() * 101); break;
    case "trade-off": {
      const a = Math.floor(rand() * 101);
      const b = Math.floor(rand() * (101 - a));
      const pts = [a, b, 100 - a - b];
      self = Object.fromEntries(ids.map((id, i) => [id, pts[i] ?? 0]));
      break;
    }
    case "free-text": self = "Some words."; break;
  }
  return item.mirror ? { self, predicted: Math.floor(rand() * 101) } : self;
}

/** `count` respondents with random answers, sides alternating 60/40 marketing/IT. */
export function randomRespondents(q: QuestionnaireDef, count: number, seed = 1): ScoringRespondent[] {
  const rand = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const side: Side = rand() < 0.6 ? "marketing" : "it";
    const answers: Record<string, AnswerValue> = {};
    for (const item of q.items) if (!item.sides || item.sides.includes(side)) answers[item.key] = randomAnswer(item, rand);
    return respondent(`r${i}`, side, answers, rand() < 0.2 ? "leader" : "team");
  });
}
