import type { QuestionnaireItemDef } from "../types";
import { YES, agreement, chooseAll, link, optionLink, yesNo } from "./helpers";

/**
 * Figure 8's eleven internal obstacles, in the report's words, with the figure-id part the catalogue uses for each.
 * The ids containing "bypass" and "out-of-loop" are the answer patterns the recommendation rules recognize.
 */
const OBSTACLES: [string, string][] = [
  ["solution-complexity", "Solution complexity and integration difficulties"],
  ["it-expertise", "Lack of expertise and knowledge in IT organization"],
  ["marketing-not-priority", "Marketing function not a priority for IT department"],
  ["marketing-isolating-it", "Marketing resources taking control and isolating IT"],
  ["it-resistance", "IT resistance and opposition to solution sourcing"],
  ["marketing-out-of-loop", "IT keeping Marketing out of the loop"],
  ["insufficient-budget", "Insufficient budget and funding for the project"],
  ["no-management-mandate", "No management mandate to push the project forward"],
  ["no-technical-resources", "Time and technical resources not available to help"],
  ["marketing-bypassing-it", "Marketing bypassing IT and working directly with the vendor"],
  ["wrong-solution", "Wrong solution that was not embraced by users"],
];

/** Imperative 5: develop trust by doing just that—trusting. */
export const TRUST_ITEMS: QuestionnaireItemDef[] = [
  {
    key: "tr-collaboration-level",
    section: "trust",
    kind: "single-choice",
    required: true,
    prompt: "How does collaboration between marketing and IT compare with what is needed?",
    options: [
      { id: "right-level", label: "It is at the right level" },
      { id: "more", label: "Somewhat more collaboration is required" },
      { id: "much-more", label: "Much more collaboration is required" },
    ],
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "none",
    benchmarks: [
      link("a12-collaboration-right-level-both", "both", { type: "equals", value: "right-level" }, "right-level"),
      link("a12-collaboration-much-more-required-cmo", "marketing", { type: "equals", value: "much-more" }, "much-more"),
      link("a12-collaboration-much-more-required-cio", "it", { type: "equals", value: "much-more" }, "much-more"),
    ],
  },
  yesNo({
    key: "tr-relationship-improved",
    section: "trust",
    prompt: "Has the relationship between marketing and IT improved over the past year?",
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    // only the CIO figure is a plain "improved"; the CMO figure (45%) is "improved the most of all C-suite relationships"
    benchmarks: [link("a12-relationship-improved-cio", "it")],
  }),
  yesNo({
    key: "tr-promises",
    section: "trust",
    prompt: "Does marketing make promises without agreement from IT?",
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a12-frustration-promises-without-agreement-cmo", "marketing"), link("a12-frustration-promises-without-agreement-cio", "it")],
    mirror: {
      predictPrompt: {
        marketing: "What share of your IT colleagues do you think answer yes: marketing makes promises without agreement from IT?",
        it: "What share of your marketing colleagues do you think answer yes: marketing makes promises without agreement from IT?",
      },
      match: YES,
    },
  }),
  yesNo({
    key: "tr-ignores-standards",
    section: "trust",
    prompt: "Does marketing pull in technologies without consideration for IT standards?",
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a12-frustration-ignores-it-standards-cio", "it")],
  }),
  yesNo({
    key: "tr-bypass-it",
    section: "trust",
    prompt: "In the past year, has marketing bypassed IT and worked directly with a technology vendor?",
    imperatives: ["trust"],
    fidelity: "new",
    polarity: "lower-is-better",
    // not linked: the survey's 21% and 36% are shares NAMING bypassing as an obstacle (tr-obstacles asks that)
    benchmarks: [],
  }),
  chooseAll({
    key: "tr-obstacles",
    section: "trust",
    prompt: {
      marketing: "Which of these internal obstacles do you face in implementing solutions to further marketing effectiveness? Choose all that apply.",
      it: "Which of these internal obstacles do you face in implementing IT projects to further marketing effectiveness? Choose all that apply.",
    },
    help: "The full list of the 2012 Accenture survey (Figure 8). Choose \u201cNone of these\u201d alone if none applies.",
    options: [...OBSTACLES.map(([id, label]) => ({ id, label })), { id: "none", label: "None of these" }],
    imperatives: ["trust"],
    fidelity: "adapted",
    benchmarks: OBSTACLES.flatMap(([id]) => [optionLink(`a12-obstacle-cmo-${id}`, "marketing", id), optionLink(`a12-obstacle-cio-${id}`, "it", id)]),
  }),
  yesNo({
    key: "tr-common-vision",
    section: "trust",
    prompt: "Do marketing and IT share a common vision of how they should work together?",
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("f14-common-vision-cmo", "marketing")],
  }),
  agreement({
    key: "tr-trust-commitments",
    section: "trust",
    prompt: {
      marketing: "I trust IT to deliver on its commitments to marketing.",
      it: "I trust marketing to deliver on its commitments to IT.",
    },
    imperatives: ["trust"],
    fidelity: "new",
    polarity: "higher-is-better",
    benchmarks: [],
  }),
  agreement({
    key: "tr-welcomed-in-meetings",
    section: "trust",
    // v1's tr-shared-meetings asked about both directions at once; here each side answers for its own meetings
    prompt: {
      marketing: "Key IT people take part in marketing's meetings.",
      it: "Key marketing people take part in IT's planning meetings.",
    },
    imperatives: ["trust"],
    fidelity: "new",
    polarity: "higher-is-better",
    benchmarks: [],
  }),
  {
    key: "tr-relationships",
    section: "trust",
    kind: "ranking",
    required: true,
    max: 4,
    prompt: "Which C-suite relationships matter most to your function's success? Rank the top four, most important first.",
    options: [
      { id: "ceo", label: "Chief executive officer (CEO)" },
      { id: "cfo", label: "Chief financial officer (CFO)" },
      { id: "coo", label: "Chief operating officer (COO)" },
      { id: "sales", label: "Chief sales officer or head of sales" },
      { id: "counterpart", label: { marketing: "Chief information officer (CIO)", it: "Chief marketing officer (CMO)" } },
      { id: "business-units", label: "Heads of business units or geographies" },
      { id: "procurement", label: "Head of procurement" },
      { id: "product", label: "Head of product or R&D" },
    ],
    imperatives: ["trust"],
    fidelity: "adapted",
    polarity: "none",
    benchmarks: [],
    rankBenchmarks: [
      { figureId: "a12-relationship-cio-rank-cmo", population: "marketing", option: "counterpart" },
      { figureId: "a12-relationship-cmo-rank-cio", population: "it", option: "counterpart" },
      { figureId: "a12-relationship-most-important-cso-cmo", population: "marketing", option: "sales" },
      { figureId: "a12-relationship-most-important-cfo-cio", population: "it", option: "cfo" },
      { figureId: "a12-relationship-finance-rank-cmo", population: "marketing", option: "cfo" },
    ],
  },
  {
    key: "tr-one-change",
    section: "trust",
    kind: "free-text",
    required: false,
    prompt: "What one change would most improve how marketing and IT work together? (optional)",
    imperatives: [],
    fidelity: "new",
    polarity: "none",
    benchmarks: [],
  },
];
