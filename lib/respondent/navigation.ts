import type { Side } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { isAnswerComplete } from "@/lib/validation/answer";
import { askedItems, type Prefilled } from "@/lib/respondent/prefilled";

export interface SectionProgress {
  id: string;
  title: string;
  answered: number;
  total: number;
  firstMissing: string | null;
}

/** Per section: how many of the questions the respondent is asked are complete, and the first that is not. */
export function sectionProgress(q: QuestionnaireDef, side: Side, answers: Record<string, unknown>, prefilled: Prefilled): SectionProgress[] {
  const asked = askedItems(q.items, side, prefilled);
  return q.sections.map((section) => {
    const items = asked.filter((i) => i.section === section.id);
    const complete = items.filter((i) => answers[i.key] !== undefined && isAnswerComplete(i, answers[i.key]));
    const missing = items.find((i) => !isAnswerComplete(i, answers[i.key]));
    return { id: section.id, title: section.title, answered: complete.length, total: items.length, firstMissing: missing?.key ?? null };
  });
}

/** Where a returning respondent lands: the first unanswered question, else the review page. */
export function resumeHref(progress: SectionProgress[]): string {
  const section = progress.find((s) => s.firstMissing);
  return section ? `/respond/${section.id}#item-${section.firstMissing}` : "/respond/review";
}

/** Why a submit was refused: the same words from the submit route and on the review page. */
export function missingMessage(count: number) {
  return `${count} required question(s) still need an answer`;
}
