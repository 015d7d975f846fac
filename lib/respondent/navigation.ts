import type { Side } from "@/lib/domain";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { isAnswerComplete } from "@/lib/validation/answer";
import { PREFILLED_ITEMS } from "@/lib/respondent/prefilled";

export interface SectionProgress {
  id: string;
  title: string;
  answered: number;
  total: number;
  firstMissing: string | null;
}

/** Per section: how many of the respondent's questions are complete, and the first that is not. */
export function sectionProgress(q: QuestionnaireDef, side: Side, answers: Record<string, unknown>): SectionProgress[] {
  return q.sections.map((section) => {
    const items = q.items.filter((i) => i.section === section.id && (!i.sides || i.sides.includes(side)) && !PREFILLED_ITEMS.has(i.key));
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
