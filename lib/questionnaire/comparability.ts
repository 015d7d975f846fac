// Which benchmark links compare a question with a differently asked survey question. Such a link is shown as
// context only: the published figure beside the organization's answers, with the reason, and never a verdict.
//
// Seed input only. v1 was stored before links could carry `contextOnly`; the table below says which of its links
// are not like with like, in words a facilitator can read, and the seed writes each reason onto the stored link
// (prisma/seed-reference.ts), where runtime code reads it. Later versions carry `contextOnly` on the link itself
// (v2 has none: every v2 link asks the question the way the survey asked it).
import type { QuestionnaireDef } from "./types";

/** The most common difference: an agree/disagree scale compared with a share who said yes. */
const scaleVsYesNo = (what: string) => `asked on an agree/disagree scale (agree and strongly agree counted); the survey reports the share who said yes: ${what}`;

/** One v1 link (item, figure) that compares differently asked questions, and why. */
export interface ContextOnlyLink {
  itemKey: string;
  figureId: string;
  reason: string;
}

/** Every v1 link (benchmark and rank links) that is not like with like. */
export const V1_CONTEXT_ONLY: readonly ContextOnlyLink[] = [
  // cxo
  ...["a12-digital-readiness-cmo", "a12-digital-readiness-cio"].map((figureId) => ({
    itemKey: "cxo-digital-ready",
    figureId,
    reason: `${scaleVsYesNo("their company is prepared")}, with a different question for each side (CMOs: "to leverage digital channels", CIOs: "for the digital future")`,
  })),
  ...["cc10-heavily-committed-cmo", "cc10-heavily-committed-cio"].map((figureId) => ({
    itemKey: "cxo-digital-committed",
    figureId,
    reason: scaleVsYesNo("their company is \"heavily committed and invested\" in digital marketing"),
  })),
  ...["a12-customer-data-integrated-both", "a12-customer-data-struggling-both"].map((figureId) => ({
    itemKey: "cxo-customer-data",
    figureId,
    reason: "the figure is for CMOs and CIOs together; here it is compared with one side alone",
  })),
  {
    itemKey: "cxo-cross-channel-hard",
    figureId: "a14-cross-channel-technology-too-difficult-cmo",
    reason: scaleVsYesNo("they are concerned that technology is too difficult to use for cross-channel experiences"),
  },
  // strategic partner
  ...["a12-need-alignment-cmo", "a12-need-alignment-cio"].map((figureId) => ({
    itemKey: "sp-need-alignment",
    figureId,
    reason: "asked on an agree/disagree scale; the survey asked a forced yes/no (\u201cYes\u201d or \u201cNo, there\u2019s no need for alignment\u201d)",
  })),
  ...["a14-want-to-align-cmo", "a14-want-to-align-cio"].map((figureId) => ({
    itemKey: "sp-need-alignment",
    figureId,
    reason: "a different question: agreeing that the function needs to be aligned, against the 2014 survey's share who want to align and interact",
  })),
  {
    itemKey: "sp-strategic-partner",
    figureId: "f14-cio-strategic-partner-cmo",
    reason: `${scaleVsYesNo("the CIO is a strategic partner in meeting corporate goals")}; the item also adds "not just a platform provider"`,
  },
  {
    itemKey: "sp-involved-in-planning",
    figureId: "f14-partner-when-procuring-cmo",
    reason: `${scaleVsYesNo("they partner with IT when procuring marketing technology")}; the item asks about planning all marketing investments`,
  },
  ...["a14-marketing-it-top-priority-cmo", "a12-marketing-it-top-priority-cio", "a14-marketing-it-top-priority-cio"].map((figureId) => ({
    itemKey: "sp-priority",
    figureId,
    reason: "asked on an agree/disagree scale; the survey asked where marketing IT sits among the respondent's priorities and reports the share who put it at or near the top",
  })),
  {
    itemKey: "sp-deliverables-fall-short",
    figureId: "a12-frustration-it-deliverables-cmo",
    reason: scaleVsYesNo("IT deliverables fall short of expectations"),
  },
  {
    itemKey: "sp-requirements-detail",
    figureId: "a12-frustration-inadequate-requirements-cio",
    reason: scaleVsYesNo("marketing does not provide an adequate level of business requirements"),
  },
  {
    itemKey: "sp-requirements-change",
    figureId: "a14-requirements-change-too-often-cio",
    reason: scaleVsYesNo("marketing requirements change too often to keep up"),
  },
  ...["a12-it-priority-social-media-cmo", "a12-it-priority-social-media-cio", "a12-it-priority-closed-loop-cmo", "a12-it-priority-closed-loop-cio"].map(
    (figureId) => ({
      itemKey: "sp-it-priorities",
      figureId,
      reason: "chosen as one of up to three from six options; the survey's list had 16 IT priorities, so the shares are not comparable (picking three of six at random alone gives 50%)",
    }),
  ),
  ...[
    "a12-it-priority-measurement-platforms-cio",
    "a12-it-priority-measurement-platforms-cmo",
    "a12-it-priority-execution-platforms-cmo",
    "a12-it-priority-execution-platforms-cio",
  ].map((figureId) => ({
    itemKey: "sp-it-priorities",
    figureId,
    reason: "an order among six options chosen up to three at a time; the published rank is among the survey's 16 IT priorities",
  })),
  // business levers
  ...[
    "a12-driver-cmo-customer-insight",
    "a12-driver-cio-customer-insight",
    "a12-driver-cio-privacy-security",
    "a12-driver-cmo-privacy-security",
    "a12-driver-cio-it-strategic-capability",
    "a12-driver-cmo-platform-provider",
    "a12p-driver-cio-customer-experience",
  ].map((figureId) => ({
    itemKey: "bl-drivers",
    figureId,
    reason: "an order among seven reasons chosen up to three at a time; the published rank is among the survey's 15 reasons",
  })),
  {
    itemKey: "bl-data-without-it",
    figureId: "a12-frustration-access-without-it-cmo",
    reason: `${scaleVsYesNo("they want to enable their employees to access and use data and content without IT intervention")}; the item asks what marketing should be able to do`,
  },
  {
    itemKey: "bl-budget-share",
    figureId: "a12-budget-over-30-percent-tech-marketing-both",
    reason: "the figure is for CMOs and CIOs together; here it is compared with one side alone",
  },
  ...["tying-analytics", "lead-generation", "productivity"].flatMap((option) =>
    ["cmo", "cio"].map((who) => ({
      itemKey: "bl-marketing-priorities",
      figureId: `a12-marketing-priority-${option}-${who}`,
      reason: "chosen as one of up to three from five options; the survey's respondents chose from a longer list, so the shares are not comparable (picking three of five at random alone gives 60%)",
    })),
  ),
  // skill mix
  {
    itemKey: "sm-cross-functional-team",
    figureId: "f14-cross-functional-team-cmo",
    reason: "asks whether such a team exists; the survey's figure is the share of CMOs who are leading one",
  },
  // trust
  {
    itemKey: "tr-collaboration-level",
    figureId: "a12-collaboration-right-level-both",
    reason: "the figure is for CMOs and CIOs together; here it is compared with one side alone",
  },
  {
    itemKey: "tr-relationship-improved",
    figureId: "a12-relationship-improved-cmo",
    reason: "asks whether the relationship improved; the survey's figure is the share of CMOs whose relationship with IT improved the most of all their C-suite relationships",
  },
  ...["a12-frustration-promises-without-agreement-cmo", "a12-frustration-promises-without-agreement-cio"].map((figureId) => ({
    itemKey: "tr-promises",
    figureId,
    reason: scaleVsYesNo("marketing makes promises without agreement from IT"),
  })),
  {
    itemKey: "tr-ignores-standards",
    figureId: "a12-frustration-ignores-it-standards-cio",
    reason: scaleVsYesNo("marketing pulls in technologies without consideration for IT standards"),
  },
  ...["a12-obstacle-cmo-marketing-bypassing-it", "a12-obstacle-cio-marketing-bypassing-it"].map((figureId) => ({
    itemKey: "tr-bypass-vendor",
    figureId,
    reason: "agreeing that marketing bypasses IT is not the same as naming it as an obstacle: the survey's figure is the share who chose bypassing from its list of eleven obstacles",
  })),
  ...["a12-obstacle-cmo-marketing-out-of-loop", "a12-obstacle-cio-marketing-out-of-loop"].map((figureId) => ({
    itemKey: "tr-out-of-loop",
    figureId,
    reason: "agreeing that IT keeps marketing out of the loop is not the same as naming it as an obstacle: the survey's figure is the share who chose it from its list of eleven obstacles",
  })),
  ...[
    "solution-complexity",
    "it-expertise",
    "marketing-not-priority",
    "marketing-isolating-it",
    "it-resistance",
    "marketing-out-of-loop",
    "insufficient-budget",
    "no-management-mandate",
    "no-technical-resources",
    "marketing-bypassing-it",
    "wrong-solution",
  ].flatMap((option) =>
    ["cmo", "cio"].map((who) => ({
      itemKey: "tr-obstacles",
      figureId: `a12-obstacle-${who}-${option}`,
      reason: "chosen as one of up to three obstacles; the survey's respondents could name more (the CIOs' shares add up to 309%), so the shares are not comparable",
    })),
  ),
  ...["cc10-digital-agenda-it-championing-cio", "cc10-digital-agenda-shaped-by-it-cmo", "cc10-digital-agenda-marketing-drivers-seat-cmo"].map((figureId) => ({
    itemKey: "tr-digital-agenda",
    figureId,
    reason: "one answer among five (marketing, IT, jointly, top management, someone else); the survey asked each side whether it, or IT, shapes the digital agenda, so someone answering \u201cjointly\u201d is not counted as the survey counted them",
  })),
];

const V1_TABLE = new Map(V1_CONTEXT_ONLY.map((l) => [`${l.itemKey}\u0000${l.figureId}`, l.reason]));

/** Why a v1 link is context only, or null when it compares like with like. */
export function v1ContextOnlyReason(itemKey: string, figureId: string): string | null {
  return V1_TABLE.get(`${itemKey}\u0000${figureId}`) ?? null;
}

/** Version `q` with the v1 table's reasons written onto its links (other versions unchanged). */
export function withContextOnly(q: QuestionnaireDef): QuestionnaireDef {
  if (q.version !== "v1") return q;
  return {
    ...q,
    items: q.items.map((item) => {
      const reason = (figureId: string) => v1ContextOnlyReason(item.key, figureId);
      return {
        ...item,
        benchmarks: item.benchmarks.map((l) => (reason(l.figureId) ? { ...l, contextOnly: reason(l.figureId)! } : l)),
        ...(item.rankBenchmarks ? { rankBenchmarks: item.rankBenchmarks.map((l) => (reason(l.figureId) ? { ...l, contextOnly: reason(l.figureId)! } : l)) } : {}),
      };
    }),
  };
}
