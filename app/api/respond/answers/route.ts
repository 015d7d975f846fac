import { RespondentError, saveAnswer } from "@/lib/data/respondent";
import { currentInviteToken } from "@/lib/respondent/session";
import { isSameOrigin } from "@/lib/security/same-origin";
import { ZAnswerSave } from "@/lib/validation/answer";

export const dynamic = "force-dynamic";

/** Largest body accepted: a 2,000-character answer is far below it; a 1 MB text is refused unread. */
const MAX_BODY_BYTES = 16 * 1024;

function error(status: number, message: string) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Autosave of one answer, authorized by the invite cookie alone (the body cannot name a response). */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return error(403, "Cross-origin requests are not allowed");
  const token = await currentInviteToken();
  if (!token) return error(401, "Open your invitation link first");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return error(413, "This answer is too long");
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return error(413, "This answer is too long");
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return error(400, "The request is not valid JSON");
  }
  const parsed = ZAnswerSave.safeParse(body);
  if (!parsed.success) return error(400, parsed.error.issues[0]?.code === "unrecognized_keys" ? "Unexpected field in the request" : "Unknown question");
  try {
    const { savedAt } = await saveAnswer(token, parsed.data.itemKey, parsed.data.value);
    return Response.json({ ok: true, savedAt }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof RespondentError) return error(e.status, e.message);
    throw e;
  }
}
