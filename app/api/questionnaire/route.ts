import { loadPublishedQuestionnaire, publicQuestionnaire } from "@/lib/catalogue/published";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/questionnaire: the current published version with its item definitions. */
export const GET = route({ guard: "public" }, async () => {
  const questionnaire = await loadPublishedQuestionnaire();
  if (!questionnaire) throw new AppError("not-found", "No questionnaire has been published");
  return Response.json(publicQuestionnaire(questionnaire));
});
