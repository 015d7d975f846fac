import { saveAnswer } from "@/lib/data/respondent";
import { AppError } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";
import { ZAnswerSave } from "@/lib/validation/answer";

export const dynamic = "force-dynamic";

/** Largest body accepted: a 2,000-character answer is far below it; a 1 MB text is refused unread. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Autosave of one answer, authorized by the invite cookie alone (the body cannot name a response). A link that
 * can no longer be written answers 401, 403, 409 or 410, which the autosave island reads as "stop and keep the
 * answers on this device"; a refused answer 400, 413 or 422 with the message it shows beside the question.
 */
export const POST = route(
  {
    guard: "respondent:write",
    input: { from: "json", schema: ZAnswerSave, maxBytes: MAX_BODY_BYTES, tooLarge: "This answer is too long" },
    onInvalid: (error) =>
      new AppError("invalid-input", error.issues[0]?.code === "unrecognized_keys" ? "Unexpected field in the request" : "Unknown question"),
  },
  async ({ respondent, input }) => {
    const { savedAt } = await saveAnswer(respondent, input.itemKey, input.value);
    return Response.json({ ok: true, savedAt }, { headers: { "Cache-Control": "no-store" } });
  },
);
