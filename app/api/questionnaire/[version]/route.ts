import { loadPublishedQuestionnaire, publicQuestionnaire } from "@/lib/catalogue/published";
import { ZQuestionnaireVersion } from "@/lib/validation/benchmark-query";

export const dynamic = "force-dynamic";

/** GET /api/questionnaire/<version>: one version's item definitions (404 when unknown). */
export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  const parsed = ZQuestionnaireVersion.safeParse(version);
  if (!parsed.success) return Response.json({ error: `version: ${parsed.error.issues[0]!.message}` }, { status: 400 });
  const questionnaire = await loadPublishedQuestionnaire(parsed.data);
  if (!questionnaire) return Response.json({ error: `Questionnaire ${parsed.data} does not exist` }, { status: 404 });
  return Response.json(publicQuestionnaire(questionnaire));
}
