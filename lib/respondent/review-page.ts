// The review page's content: progress, the required questions still open (linked to their place), and the
// submit route's error when the form came back.
import { missingItems, type RespondentContext } from "@/lib/data/respondent";
import { textFor } from "@/lib/questionnaire";
import { missingMessage, sectionProgress, type SectionProgress } from "./navigation";
import type { PageOutcome } from "./page-request";

export interface ReviewPageData {
  progress: SectionProgress[];
  missing: { key: string; href: string; prompt: string }[];
  error: string | null;
}

export function reviewPage(r: RespondentContext, error?: string): PageOutcome<{ page: ReviewPageData }> {
  if (r.status === "submitted") return { redirect: "/respond/results" };
  if (!r.consentAt) return { redirect: "/respond" };
  const missing = missingItems(r.questionnaire, r.side, r.answers);
  return {
    props: {
      page: {
        progress: sectionProgress(r.questionnaire, r.side, r.answers),
        missing: missing.map((item) => ({ key: item.key, href: `/respond/${item.section}#item-${item.key}`, prompt: textFor(item.prompt, r.side) })),
        error: error === "missing" && missing.length ? missingMessage(missing.length) : null,
      },
    },
  };
}
