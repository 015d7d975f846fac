import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import type { QuestionnaireDef } from "@/lib/questionnaire/types";
import { newestPublished } from "@/lib/questionnaire/versions";
import { loadQuestionnaire } from "./load";

export interface PublishedQuestionnaire {
  questionnaire: QuestionnaireDef;
  /** When it was published, to the millisecond (the definition keeps the UTC day). */
  publishedAt: Date;
}

/**
 * A published questionnaire version (public: the API and new assessments), by id or else the newest; null when it
 * does not exist or is a draft.
 */
export async function loadPublishedQuestionnaire(version?: string): Promise<PublishedQuestionnaire | null> {
  const published = await db.questionnaireVersion.findMany({
    where: { status: "published", ...(version ? { id: version } : {}) },
    select: { id: true, publishedAt: true },
  });
  const chosen = newestPublished(published);
  if (!chosen?.publishedAt) return null;
  const q = await loadQuestionnaire(chosen.id);
  return q?.status === "published" ? { questionnaire: q, publishedAt: chosen.publishedAt } : null;
}

/** The public API's shape of a version: its items with their position, publishedAt as an ISO timestamp. */
export function publicQuestionnaire({ questionnaire: q, publishedAt }: PublishedQuestionnaire) {
  return { ...q, publishedAt: publishedAt.toISOString(), items: q.items.map((item, position) => ({ ...item, position })) };
}
