import { z } from "zod";

const VERSION_ID = z.string().trim().regex(/^v[0-9]+$/, "Unknown questionnaire version");
const TITLE = z.string({ error: "Enter a title" }).trim().min(3, "Enter a title of at least 3 characters").max(160, "At most 160 characters");

/** "Start a new version as a copy": the new draft gets the next free id (v2, v3, …). */
export const ZQuestionnaireCopy = z.object({ sourceVersionId: VERSION_ID, title: TITLE });
export type TQuestionnaireCopy = z.output<typeof ZQuestionnaireCopy>;

/** Rename a draft that no assessment uses (the only change a version accepts here). */
export const ZQuestionnaireRename = z.object({ versionId: VERSION_ID, title: TITLE });
export type TQuestionnaireRename = z.output<typeof ZQuestionnaireRename>;
