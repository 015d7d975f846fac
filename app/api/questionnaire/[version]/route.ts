import { z } from "zod";
import { loadPublishedQuestionnaire, publicQuestionnaire } from "@/lib/catalogue/published";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { ZQuestionnaireVersion } from "@/lib/validation/benchmark-query";

export const dynamic = "force-dynamic";

/** GET /api/questionnaire/<version>: one version's item definitions (400 when malformed, 404 when unknown). */
export const GET = route(
  { guard: "public", input: { from: "query", schema: z.object({ version: ZQuestionnaireVersion }), withParams: true } },
  async ({ input: { version } }) => {
    const questionnaire = await loadPublishedQuestionnaire(version);
    if (!questionnaire) throw new AppError("not-found", `Questionnaire ${version} does not exist`);
    return Response.json(publicQuestionnaire(questionnaire));
  },
);
