import { loadPublishedQuestionnaire, publicQuestionnaire } from "@/lib/catalogue/published";

export const dynamic = "force-dynamic";

/** GET /api/questionnaire: the current published version with its item definitions. */
export async function GET() {
  const questionnaire = await loadPublishedQuestionnaire();
  if (!questionnaire) return Response.json({ error: "No questionnaire has been published" }, { status: 404 });
  return Response.json(publicQuestionnaire(questionnaire));
}
