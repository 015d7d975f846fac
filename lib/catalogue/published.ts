import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { newestPublished } from "@/lib/questionnaire/versions";
import { loadQuestionnaire } from "./load";

/**
 * A published questionnaire version (public: the API and new assessments), by id or else the newest; null when it
 * does not exist or is a draft.
 */
export async function loadPublishedQuestionnaire(version?: string): Promise<QuestionnaireDef | null> {
  const id = version ?? newestPublished(await db.questionnaireVersion.findMany({ where: { status: "published" }, select: { id: true, publishedAt: true } }))?.id;
  if (!id) return null;
  const q = await loadQuestionnaire(id);
  return q?.status === "published" ? q : null;
}

/** The public API's shape of a version: its items with their position. */
export function publicQuestionnaire(q: QuestionnaireDef) {
  return { ...q, items: q.items.map((item, position) => ({ ...item, position })) };
}
