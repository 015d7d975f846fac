import { saveAnswer } from "@/lib/data/respondent";
import { AppError } from "@/lib/errors/app-error";
import { ANSWER_BODY_LIMIT, ANSWER_TOO_LARGE } from "@/lib/http/body-limits";
import { route } from "@/lib/http/route";
import { ZAnswerSave } from "@/lib/validation/answer";

export const dynamic = "force-dynamic";

/**
 * Autosave of one answer, authorized by the invite cookie alone (the body cannot name a response). A link that
 * can no longer be written answers 401, 403, 409 or 410, which the autosave island reads as "stop and keep the
 * answers on this device"; a refused answer 400, 413 or 422 with the message it shows beside the question.
 */
export const POST = route(
  {
    guard: "respondent:write",
    input: { from: "json", schema: ZAnswerSave, maxBytes: ANSWER_BODY_LIMIT, tooLarge: ANSWER_TOO_LARGE },
    onInvalid: (error) =>
      new AppError("invalid-input", error.issues[0]?.code === "unrecognized_keys" ? "Unexpected field in the request" : "Unknown question"),
  },
  async ({ respondent, input }) => {
    const { savedAt } = await saveAnswer(respondent, input.itemKey, input.value);
    return Response.json({ ok: true, savedAt }, { headers: { "Cache-Control": "no-store" } });
  },
);
