import type { QuestionnaireItemDef } from "../types";
import { YES, agreement, chooseAll, link, optionLink, yesNo } from "./helpers";

const CMO_HELP = "The CMO: your organization's most senior marketing leader, whatever the title.";

/**
 * Imperative 1: identify the CMO as the chief experience officer (CXO). The first three items measure the
 * imperative directly, in the report's words ("CMOs must take responsibility for the consumer experience and drive
 * consumer-centric measures"); the others are the published readiness and customer-view figures, asked yes/no.
 */
export const CXO_ITEMS: QuestionnaireItemDef[] = [
  agreement({
    key: "cxo-cmo-owns-experience",
    section: "cxo",
    prompt: "Our CMO takes responsibility for the customer experience across all channels.",
    help: CMO_HELP,
    imperatives: ["cxo"],
    fidelity: "new",
    polarity: "higher-is-better",
    benchmarks: [],
  }),
  agreement({
    key: "cxo-cmo-customer-measures",
    section: "cxo",
    prompt: "Our CMO drives customer-centric measures across the company, such as customer satisfaction or experience measures.",
    help: CMO_HELP,
    imperatives: ["cxo"],
    fidelity: "new",
    polarity: "higher-is-better",
    benchmarks: [],
  }),
  {
    key: "cxo-experience-owner",
    section: "cxo",
    kind: "single-choice",
    required: true,
    prompt: "Who leads the customer experience across channels at your company?",
    options: [
      { id: "cmo", label: "The CMO (marketing)" },
      { id: "cio", label: "The CIO (IT)" },
      { id: "jointly", label: "The CMO and the CIO jointly" },
      { id: "other-executive", label: "Another executive, for example the CEO, the COO or a chief customer officer" },
      { id: "no-one", label: "No one clearly leads it" },
    ],
    imperatives: ["cxo"],
    fidelity: "new",
    polarity: "none",
    benchmarks: [],
  },
  agreement({
    key: "cxo-it-shares-outcomes",
    section: "cxo",
    prompt: "IT shares responsibility with marketing for the business results of the customer experience.",
    imperatives: ["cxo"],
    fidelity: "new",
    polarity: "higher-is-better",
    benchmarks: [],
  }),
  yesNo({
    key: "cxo-digital-ready",
    section: "cxo",
    // each side's own published question: CIOs "prepared for the digital future", CMOs "prepared to leverage digital channels"
    prompt: {
      marketing: "Is your company prepared to leverage digital channels?",
      it: "Is your company prepared for the digital future?",
    },
    imperatives: ["cxo"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("a12-digital-readiness-cmo", "marketing"), link("a12-digital-readiness-cio", "it")],
  }),
  yesNo({
    key: "cxo-cross-channel-hard",
    section: "cxo",
    prompt: "Are you concerned that technology is too difficult to use for delivering cross-channel customer experiences?",
    imperatives: ["cxo"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a14-cross-channel-technology-too-difficult-cmo", "marketing")],
  }),
  yesNo({
    key: "cxo-single-view",
    section: "cxo",
    prompt: "Does the entire organization look at a single view of the customer?",
    imperatives: ["cxo"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("f14-single-view-cmo", "marketing")],
  }),
  yesNo({
    key: "cxo-customer-feedback",
    section: "cxo",
    prompt: "Does your company use technologies and processes to gather, analyze and respond to customer feedback?",
    help: "Yes only if the whole loop is in place: feedback is gathered, analyzed and acted on.",
    imperatives: ["cxo"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("f14-customer-feedback-cmo", "marketing")],
  }),
];

/** Figure 7's IT priorities that the report names (its list had 16), with the figure-id part the catalogue uses. */
const IT_PRIORITIES: [string, string][] = [
  ["measurement-platforms", "Advancing platforms to aid marketing measurement and campaign optimization"],
  ["execution-platforms", "Deploying better marketing execution and operational systems and platforms"],
  ["social-media", "Furthering the use of social media and online listening and contact systems"],
  ["closed-loop", "Introducing closed-loop campaign measurement and tracking capabilities"],
];

/** Imperative 2: accept IT as a strategic partner with marketing, not just as a platform provider. */
export const PARTNER_ITEMS: QuestionnaireItemDef[] = [
  yesNo({
    key: "sp-need-alignment",
    section: "strategic-partner",
    // Figure 1: "No, there's no need for alignment" / "Yes"
    prompt: { marketing: "Does marketing need to be aligned with IT?", it: "Does IT need to be aligned with marketing?" },
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("a12-need-alignment-cmo", "marketing"), link("a12-need-alignment-cio", "it"), link("a12-need-alignment-both", "both")],
    mirror: {
      predictPrompt: {
        marketing: "What share of your IT colleagues do you think answer yes: IT needs to be aligned with marketing?",
        it: "What share of your marketing colleagues do you think answer yes: marketing needs to be aligned with IT?",
      },
      match: YES,
    },
  }),
  yesNo({
    key: "sp-strategic-partner",
    section: "strategic-partner",
    prompt: "Is IT a strategic partner to marketing in meeting corporate goals?",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("f14-cio-strategic-partner-cmo", "marketing")],
  }),
  yesNo({
    key: "sp-partner-when-buying",
    section: "strategic-partner",
    prompt: "Does marketing partner with IT when it buys marketing technology?",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("f14-partner-when-procuring-cmo", "marketing")],
  }),
  yesNo({
    key: "sp-priority",
    section: "strategic-partner",
    prompt: "Is marketing IT at or near the top of your priorities?",
    help: "Marketing IT: the technology, data and platforms that marketing relies on.",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [
      link("a14-marketing-it-top-priority-cmo", "marketing"),
      link("a12-marketing-it-top-priority-cio", "it"),
      link("a14-marketing-it-top-priority-cio", "it"),
    ],
    mirror: {
      predictPrompt: {
        marketing: "What share of your IT colleagues do you think put marketing IT at or near the top of their priorities?",
        it: "What share of your marketing colleagues do you think put marketing IT at or near the top of their priorities?",
      },
      match: YES,
    },
  }),
  yesNo({
    key: "sp-it-shapes-digital-agenda",
    section: "strategic-partner",
    // each side's own published question (CMO Council 2010)
    prompt: {
      marketing: "Are IT executives shaping the digital agenda at your company?",
      it: "Is IT championing, spearheading or shaping the digital agenda at your company?",
    },
    help: { marketing: "The digital agenda: where the company is going with digital channels and technology.", it: "Yes if IT does any of the three." },
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "higher-is-better",
    benchmarks: [link("cc10-digital-agenda-shaped-by-it-cmo", "marketing"), link("cc10-digital-agenda-it-championing-cio", "it")],
  }),
  yesNo({
    key: "sp-deliverables-fall-short",
    section: "strategic-partner",
    prompt: "Do IT deliverables fall short of what marketing expects?",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a12-frustration-it-deliverables-cmo", "marketing")],
  }),
  yesNo({
    key: "sp-requirements-detail",
    section: "strategic-partner",
    prompt: "Does marketing give IT too little detail to meet its business requirements?",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a12-frustration-inadequate-requirements-cio", "it")],
  }),
  yesNo({
    key: "sp-requirements-change",
    section: "strategic-partner",
    prompt: "Do marketing requirements change too often for IT to keep up?",
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    polarity: "lower-is-better",
    benchmarks: [link("a14-requirements-change-too-often-cio", "it")],
  }),
  chooseAll({
    key: "sp-it-priorities",
    section: "strategic-partner",
    prompt: "Which of these should be IT priorities for marketing? Choose all that apply.",
    help: "Four of the sixteen IT priorities of the 2012 Accenture survey: the ones its report names.",
    options: IT_PRIORITIES.map(([id, label]) => ({ id, label })),
    imperatives: ["strategic-partner"],
    fidelity: "adapted",
    benchmarks: [
      optionLink("a12-it-priority-social-media-cmo", "marketing", "social-media"),
      optionLink("a12-it-priority-social-media-cio", "it", "social-media"),
      optionLink("a12-it-priority-closed-loop-cmo", "marketing", "closed-loop"),
      optionLink("a12-it-priority-closed-loop-cio", "it", "closed-loop"),
    ],
    rankBenchmarks: [
      { figureId: "a12-it-priority-measurement-platforms-cio", population: "it", option: "measurement-platforms" },
      { figureId: "a12-it-priority-measurement-platforms-cmo", population: "marketing", option: "measurement-platforms" },
      { figureId: "a12-it-priority-execution-platforms-cmo", population: "marketing", option: "execution-platforms" },
      { figureId: "a12-it-priority-execution-platforms-cio", population: "it", option: "execution-platforms" },
    ],
  }),
];
