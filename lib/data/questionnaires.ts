import "server-only";
import { db } from "@/lib/db/client";

/** A stored questionnaire version with its items in order; null when it does not exist. */
export async function getQuestionnaireVersion(version?: string) {
  const row = version
    ? await db.questionnaireVersion.findUnique({ where: { id: version }, include: { items: { orderBy: { position: "asc" } } } })
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
