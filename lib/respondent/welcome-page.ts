// The welcome page's content, from the respondent's context (serializable: rendered by a Pages Router page).
import { SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import type { RespondentContext } from "@/lib/data/respondent";
import { CONSENT_REQUIRED } from "@/lib/validation/consent";
import { resumeHref, sectionProgress } from "./navigation";
import type { PageOutcome } from "./page-request";
import { askedItems } from "./prefilled";

export interface WelcomePageData {
  organizationName: string;
  participantName: string;
  invitedBy: string;
  assessmentTitle: string;
  takesPartAs: string;
  isLeader: boolean;
  survey: { year: number; marketingN: number | null; itN: number | null } | null;
  questionCount: number;
  error: string | null;
}

/** `error` is the consent route's code when the form came back (only known codes are shown). */
export function welcomePage(r: RespondentContext, error?: string): PageOutcome<{ page: WelcomePageData }> {
  if (r.status === "submitted") return { redirect: "/respond/results" };
  if (r.consentAt) return { redirect: resumeHref(sectionProgress(r.questionnaire, r.side, r.answers, r.prefilled)) };
  const a12 = r.sources.find((s) => s.id === "accenture-2012");
  const n = (population: string) => a12?.samples.find((s) => s.population === population)?.n ?? null;
  return {
    props: {
      page: {
        organizationName: r.organizationName,
        participantName: r.participantName,
        invitedBy: r.facilitatorName ? `${r.facilitatorName} invites you` : "Your facilitator invites you",
        assessmentTitle: r.assessmentTitle,
        takesPartAs: `${SIDE_LABEL[r.side]} ${TIER_LABEL[r.tier].toLowerCase()}`,
        isLeader: r.tier === "leader",
        survey: a12 ? { year: a12.year, marketingN: n("marketing"), itN: n("it") } : null,
        questionCount: askedItems(r.questionnaire.items, r.side, r.prefilled).length,
        error: error === "consent" ? CONSENT_REQUIRED : null,
      },
    },
  };
}
