// The built-in questionnaire versions: seed input only. prisma/seed-reference.ts stores them at start, and tests
// use them as fixtures; runtime code reads versions as stored (lib/catalogue/), never these files (a test in
// lib/catalogue fails if it does).
import type { QuestionnaireDef } from "./types";
import { QUESTIONNAIRE_V1 } from "./v1";
import { QUESTIONNAIRE_V2 } from "./v2";
import { newestPublished } from "./versions";

export { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 };
export const QUESTIONNAIRES: QuestionnaireDef[] = [QUESTIONNAIRE_V1, QUESTIONNAIRE_V2];
export { validateQuestionnaire } from "./validate";
export { textFor } from "./text";

/** The built-in default for new assessments (the seed and factories use it). */
export const DEFAULT_QUESTIONNAIRE_VERSION: string = newestPublished(
  QUESTIONNAIRES.filter((q) => q.status === "published").map((q) => ({ id: q.version, publishedAt: q.publishedAt })),
)!.id;
