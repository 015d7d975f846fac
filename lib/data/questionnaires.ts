import "@/lib/server-only-guard";
import { db } from "@/lib/db/client";
import type { ImperativeId } from "@/lib/domain";
import type { ItemKind, QuestionnaireDef, QuestionnaireItemDef, SectionDef } from "@/lib/questionnaire/types";
import { utcDay } from "@/lib/time";

/** A published questionnaire version with its items in order (public); null when it does not exist or is a draft. */
export async function getQuestionnaireVersion(version?: string) {
  const row = version
    ? await db.questionnaireVersion.findFirst({ where: { id: version, status: "published" }, include: { items: { orderBy: { position: "asc" } } } })
    : await db.questionnaireVersion.findFirst({
        where: { status: "published" },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        include: { items: { orderBy: { position: "asc" } } },
      });
  if (!row) return null;
  return {
    version: row.id,
    title: row.title,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    sections: row.sections,
    items: row.items.map((item) => ({
      key: item.key,
      section: item.section,
      position: item.position,
      kind: item.kind,
      required: item.required,
      imperatives: item.imperatives,
      fidelity: item.fidelity,
      ...(item.definition as Record<string, unknown>),
    })),
  };
}

const cache = new Map<string, QuestionnaireDef>();

/**
 * A stored version as the typed definition the scoring and the forms use. Published versions are immutable,
 * so each process caches them (safe with several instances: nothing here can change under another one).
 */
export async function loadQuestionnaireDef(version: string): Promise<QuestionnaireDef | null> {
  const cached = cache.get(version);
  if (cached) return cached;
  const row = await db.questionnaireVersion.findUnique({ where: { id: version }, include: { items: { orderBy: { position: "asc" } } } });
  if (!row) return null;
  const def: QuestionnaireDef = {
    version: row.id,
    title: row.title,
    status: row.status === "published" ? "published" : "draft",
    publishedAt: row.publishedAt ? utcDay(row.publishedAt) : null,
    sections: row.sections as unknown as SectionDef[],
    items: row.items.map((item) => ({
      ...(item.definition as unknown as Omit<QuestionnaireItemDef, "key" | "section" | "kind" | "required" | "imperatives" | "fidelity">),
      key: item.key,
      section: item.section,
      kind: item.kind as ItemKind,
      required: item.required,
      imperatives: item.imperatives as ImperativeId[],
      fidelity: item.fidelity as QuestionnaireItemDef["fidelity"],
    })),
  };
  if (row.status === "published") cache.set(version, def);
  return def;
}
