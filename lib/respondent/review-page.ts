// The review page's content: progress, the required questions still open (linked to their place), every section
// with each question and the respondent's answer in words, and the submit route's error when the form came back.
import { missingItems, type RespondentContext } from "@/lib/data/respondent";
import { textFor } from "@/lib/questionnaire/text";
import { toClientItem } from "@/lib/questionnaire/client-item";
import { isAnswerComplete } from "@/lib/validation/answer";
import { formatAnswerWithPrediction } from "./format-answer";
import { missingMessage, sectionProgress, type SectionProgress } from "./navigation";
import type { PageOutcome } from "./page-request";
import type { PrefillSource } from "./prefilled";

/**
 * One question as the respondent answered it. `status`: answered; incomplete (saved but not enough to submit,
 * e.g. two of four ranked); unanswered (required); skipped (optional, left empty); given (answered for them,
 * from `source`, not asked).
 */
export interface ReviewAnswer {
  key: string;
  prompt: string;
  answer: string | null;
  status: "answered" | "incomplete" | "unanswered" | "skipped" | "given";
  source: PrefillSource | null;
  /** Where to change it (the section page at the question); null for a given answer. */
  href: string | null;
}

export interface ReviewSection {
  id: string;
  title: string;
  href: string;
  items: ReviewAnswer[];
}

export interface ReviewPageData {
  progress: SectionProgress[];
  missing: { key: string; href: string; prompt: string }[];
  sections: ReviewSection[];
  error: string | null;
}

export function reviewPage(r: RespondentContext, error?: string): PageOutcome<{ page: ReviewPageData }> {
  if (r.status === "submitted") return { redirect: "/respond/results" };
  if (!r.consentAt) return { redirect: "/respond" };
  const q = r.questionnaire;
  const missing = missingItems(q, r.side, r.answers);
  const sections = q.sections.map((section): ReviewSection => {
    const href = `/respond/${section.id}`;
    const items = q.items
      .filter((i) => i.section === section.id && (!i.sides || i.sides.includes(r.side)))
      .map((i): ReviewAnswer => {
        const client = toClientItem(i, r.side);
        const given = Object.hasOwn(r.prefilled, i.key) ? r.prefilled[i.key]! : null;
        const value = given ? given.value : r.answers[i.key];
        const empty = value === undefined || value === null || value === "";
        const status: ReviewAnswer["status"] = given
          ? "given"
          : empty
            ? i.required
              ? "unanswered"
              : "skipped"
            : isAnswerComplete(i, value)
              ? "answered"
              : "incomplete";
        return {
          key: i.key,
          prompt: client.prompt,
          answer: empty ? null : formatAnswerWithPrediction(client, value),
          status,
          source: given?.source ?? null,
          href: given ? null : `${href}#item-${i.key}`,
        };
      });
    return { id: section.id, title: section.title, href, items };
  });
  return {
    props: {
      page: {
        progress: sectionProgress(q, r.side, r.answers, r.prefilled),
        missing: missing.map((item) => ({ key: item.key, href: `/respond/${item.section}#item-${item.key}`, prompt: textFor(item.prompt, r.side) })),
        sections,
        error: error === "missing" && missing.length ? missingMessage(missing.length) : null,
      },
    },
  };
}
