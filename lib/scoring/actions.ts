// The action library: concrete things to do, paraphrased from the seeds. Every action traces to a verbatim
// quote of its seed file (checked by actions.test.ts). Order matters: within an imperative the first
// action is the report's central advice, and ties in the ranking are broken by this order.
import type { ImperativeId } from "@/lib/domain";
import type { ActionDef } from "./types";

export const SEED_003 = "003_23b1ccd4d58906db.txt"; // Accenture, "The CMO-CIO disconnect" (2012 survey)
export const SEED_000 = "000_ee9173bdf3b4b9fb.txt"; // Accenture Interactive, 2014 CMO-CIO Alignment survey

export const ACTIONS: readonly ActionDef[] = [
  // ---- Identify the CMO as the chief experience officer (003, "Closing the trust gap")
  {
    id: "cxo-own-the-experience",
    imperative: "cxo",
    owner: "marketing",
    title: "Make the CMO the owner of the customer experience",
    text: "Name the CMO as chief experience officer: marketing takes responsibility for the consumer experience and drives consumer-centric measures.",
    responds: ["low-imperative", "benchmark"],
    source: { file: SEED_003, quote: "CMOs must take responsibility for the consumer experience and drive consumer-centric measures." },
  },
  {
    id: "cxo-shared-outcomes",
    imperative: "cxo",
    owner: "it",
    title: "Share responsibility for what the experience delivers",
    text: "The CIO and the rest of the leadership team share responsibility for the business results of the customer experience, and build a closer relationship with the CMO while doing it.",
    responds: ["wide-gap", "mis-prediction", "low-imperative"],
    source: {
      file: SEED_003,
      quote: "CIOs and other members of the C-suite should be jointly responsible for driving business outcomes from effective experiences",
    },
  },
  {
    id: "cxo-map-connected-experience",
    imperative: "cxo",
    owner: "both",
    title: "Map what a connected experience needs",
    text: "Work out together what a connected customer experience across channels requires (flexible interfaces, a unified view of customer data) and what enables it (platforms, operating model), and make the multichannel strategy part of the business strategy.",
    responds: ["wide-gap", "benchmark"],
    source: { file: SEED_003, quote: "By understanding the drivers of a connected customer experience across channels" },
  },
  {
    id: "cxo-unify-around-customer",
    imperative: "cxo",
    owner: "both",
    title: "Unify around the customer experience",
    text: "Put the customer first and orchestrate the experience seamlessly across every channel, as one team.",
    responds: ["low-imperative", "wide-gap"],
    source: {
      file: SEED_000,
      quote: "Unify around the customer experience. Focus on the customer first and seamlessly orchestrate the customer experience across all channels.",
    },
  },
  // ---- Accept IT as a strategic partner
  {
    id: "sp-involve-it-in-planning",
    imperative: "strategic-partner",
    owner: "marketing",
    title: "Involve IT when planning marketing investments",
    text: "Bring IT in while new marketing investments are being planned, as a partner in the decision rather than a delivery platform called in afterwards.",
    responds: ["low-imperative", "benchmark"],
    source: { file: SEED_003, quote: "When planning new marketing investments, marketers should not view IT as just a delivery platform." },
  },
  {
    id: "sp-operating-model",
    imperative: "strategic-partner",
    owner: "both",
    title: "Change the operating model together",
    text: "Work out together which changes to your operating model would let you adopt new technology quickly while reducing cost and complexity.",
    responds: ["low-imperative", "wide-gap"],
    source: {
      file: SEED_003,
      quote:
        "Both functions should work together to understand what systemic changes in their operating model need to occur to allow them to take advantage of new technologies rapidly while reducing cost and complexity.",
    },
  },
  {
    id: "sp-shared-vision",
    imperative: "strategic-partner",
    owner: "both",
    title: "Build a shared vision",
    text: "Take the time to agree on a shared vision, then bring it to life together, for example by creating new products and services that reflect a digital business model.",
    responds: ["wide-gap", "mis-prediction", "low-imperative"],
    source: { file: SEED_000, quote: "Invest time in establishing a shared vision and collaborate to bring it to life." },
  },
  // ---- Agree on key business levers
  {
    id: "bl-alignment-in-plans",
    imperative: "business-levers",
    owner: "both",
    title: "Put alignment in both agendas and investment plans",
    text: "Make marketing-IT alignment a visible item in each function's agenda and investment plan.",
    responds: ["low-imperative", "wide-gap", "benchmark"],
    source: { file: SEED_003, quote: "Alignment should be prominent in the agendas and investment plans for each function." },
  },
  {
    id: "bl-manage-investments-together",
    imperative: "business-levers",
    owner: "both",
    title: "Manage marketing investments together",
    text: "Manage, measure and optimize marketing investments, resources and campaigns jointly instead of from separate silos.",
    responds: ["low-imperative", "benchmark"],
    source: { file: SEED_003, quote: "Together they should manage, measure and optimize marketing investments, resources and campaigns." },
  },
  {
    id: "bl-data-and-privacy",
    imperative: "business-levers",
    owner: "both",
    title: "Agree how customer data is used and protected",
    text: "Agree on the tools, processes and platforms that let you read customer intent from data while keeping privacy and security: the lever the two functions most often weigh differently.",
    responds: ["wide-gap", "mis-prediction"],
    source: {
      file: SEED_003,
      quote: "They should embrace tools, processes and platforms to unlock consumer intent—while maintaining privacy and security",
    },
  },
  {
    id: "bl-reorient-budget",
    imperative: "business-levers",
    owner: "marketing",
    title: "Reorient the marketing model and budget",
    text: "Realign the marketing model and budget with the new ecosystem of marketing services, integrating technology, data and marketing services to respond quickly to changing customer needs.",
    responds: ["low-imperative", "benchmark"],
    source: {
      file: SEED_000,
      quote: "Reorient the marketing model and budget to align with a new ecosystem of marketing services.",
    },
  },
  {
    id: "bl-mandate-and-metrics",
    imperative: "business-levers",
    owner: "both",
    title: "Get an executive mandate and shared metrics",
    text: "Ask the leadership for a mandate for joint work, with metrics tied to the organization's objectives that both functions are measured on.",
    responds: ["wide-gap", "low-imperative"],
    source: { file: SEED_003, quote: "executive mandate and metrics aligned with organizational objectives." },
  },
  // ---- Change the skill mix
  {
    id: "sm-cross-training",
    imperative: "skill-mix",
    owner: "both",
    title: "Cross-train marketing and IT",
    text: "Run cross-training so that each function understands the other's needs.",
    responds: ["wide-gap", "mis-prediction", "low-imperative"],
    source: { file: SEED_003, quote: "suggested more cross-training to better understand the needs of both functions." },
  },
  {
    id: "sm-blended-teams",
    imperative: "skill-mix",
    owner: "both",
    title: "Build blended teams",
    text: "Form teams in which each person combines marketing and technology skills, instead of a marketing team next to a separate IT team.",
    responds: ["low-imperative", "benchmark"],
    source: {
      file: SEED_003,
      quote: "blended skills, not marketing and separate IT but rather a team where each person has a combination of both.",
    },
  },
  {
    id: "sm-empower-marketing-tech",
    imperative: "skill-mix",
    owner: "marketing",
    title: "Let marketing teams drive technology decisions",
    text: "CMOs empower their teams to drive technology decisions and to learn digital technology architecture, working with their IT counterparts.",
    responds: ["low-imperative", "benchmark"],
    source: {
      file: SEED_003,
      quote: "CMOs should empower their teams to drive technology decisions and become savvy about digital technology architecture",
    },
  },
  {
    id: "sm-it-agility",
    imperative: "skill-mix",
    owner: "it",
    title: "Make IT more agile and responsive to the market",
    text: "Build IT's ability to respond quickly to market demands, as marketing builds its technology know-how.",
    responds: ["low-imperative", "benchmark"],
    source: { file: SEED_003, quote: "the IT organization becomes more agile and responsive to market demands." },
  },
  {
    id: "sm-customer-skills",
    imperative: "skill-mix",
    owner: "both",
    title: "Rethink the operating model around customer skills",
    text: "Spread customer-focused skills through the company, strengthen data-analysis and customer-experience skills, and give people incentives to support the digital transformation.",
    responds: ["low-imperative"],
    source: {
      file: SEED_000,
      quote:
        "Rethink the operating model. Integrate customer-focused skills throughout the company; strengthen data analysis and customer experience skillsets; and incentivize employees to support digital transformation.",
    },
  },
  // ---- Develop trust by trusting
  {
    id: "tr-open-communication",
    imperative: "trust",
    owner: "both",
    title: "Open the floodgates of communication",
    text: "Marketing and IT leaders talk openly and often, rather than working at cross purposes.",
    responds: ["low-imperative", "wide-gap", "mis-prediction"],
    source: { file: SEED_003, quote: "CMOs and CIOs must open the floodgates of communication" },
  },
  {
    id: "tr-cross-disciplinary-teams",
    imperative: "trust",
    owner: "both",
    title: "Mix marketing and IT people in cross-disciplinary teams",
    text: "Seed teams with both marketing and IT professionals, and welcome each other in the leadership team.",
    responds: ["low-imperative", "wide-gap"],
    source: {
      file: SEED_003,
      quote: "pollinate cross-disciplinary teams of marketing and IT pros and welcome each other in the C-suite.",
    },
  },
  {
    id: "tr-join-each-others-meetings",
    imperative: "trust",
    owner: "both",
    title: "Invite each other to your meetings",
    text: "Include key IT people in marketing meetings and sales conventions, so they get context for their work and a feel for timelines, and involve key marketing people in IT work in return.",
    responds: ["mis-prediction", "benchmark", "low-imperative"],
    source: {
      file: SEED_003,
      quote:
        "including key IT employees in marketing meetings, sales conventions, etc., would give them more context to their work and better appreciation for timelines.",
    },
  },
  {
    id: "tr-start-trusting",
    imperative: "trust",
    owner: "both",
    title: "Start by trusting",
    text: "The report's advice is plain: the only way to build trust is to do it, so start by trusting the other function.",
    responds: ["low-imperative"],
    source: { file: SEED_003, quote: "The only way to build trust is just to do it." },
  },
];

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: string, library: readonly ActionDef[] = ACTIONS): ActionDef | undefined {
  return library === ACTIONS ? BY_ID.get(id) : library.find((a) => a.id === id);
}

export function actionsFor(imperative: ImperativeId, library: readonly ActionDef[] = ACTIONS): ActionDef[] {
  return library.filter((a) => a.imperative === imperative);
}

/**
 * Normalisation used to find a quote in its seed: a line break right after a hyphen is dropped (the PDF
 * extraction wraps "cross-training" as "cross-\ntraining"), then every run of whitespace becomes one space.
 */
export function normalizeForQuote(s: string): string {
  return s.replace(/-[ \t]*\r?\n\s*/g, "-").replace(/\s+/g, " ").trim();
}
