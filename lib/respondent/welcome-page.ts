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
  /** An example of the surveys the answers are compared with: a chosen source that sampled both sides. */
  survey: { publisher: string; year: number; marketingN: number; itN: number } | null;
  questionCount: number;
  error: string | null;
}

/** `error` is the consent route's code when the form came back (only known codes are shown). */
export function welcomePage(r: RespondentContext, error?: string): PageOutcome<{ page: WelcomePageData }> {
  if (r.status === "submitted") return { redirect: "/respond/results" };
  if (r.consentAt) return { redirect: resumeHref(sectionProgress(r.questionnaire, r.side, r.answers, r.prefilled)) };
  const n = (s: (typeof r.sources)[number], population: string) => s.samples.find((x) => x.population === population)?.n;
  const example = r.sources.find((s) => r.sourceIds.includes(s.id) && n(s, "marketing") && n(s, "it"));
  return {
    props: {
      page: {
        organizationName: r.organizationName,
        participantName: r.participantName,
        invitedBy: r.facilitatorName ? `${r.facilitatorName} invites you` : "Your facilitator invites you",
        assessmentTitle: r.assessmentTitle,
        takesPartAs: `${SIDE_LABEL[r.side]} ${TIER_LABEL[r.tier].toLowerCase()}`,
        isLeader: r.tier === "leader",
        survey: example ? { publisher: example.publisher, year: example.year, marketingN: n(example, "marketing")!, itN: n(example, "it")! } : null,
        questionCount: askedItems(r.questionnaire.items, r.side, r.prefilled).length,
        error: error === "consent" ? CONSENT_REQUIRED : null,
      },
    },
  };
}
