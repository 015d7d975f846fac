import { z } from "zod";
import { personName } from "@/lib/validation/text";
import { SIDES, TIERS } from "@/lib/domain";

const ID = z.string().min(1).max(64);

export const ZParticipant = z.object({
  name: personName(),
  email: z.union([z.literal(""), z.email("Enter a valid email address").max(200)]).optional(),
  side: z.enum(SIDES, { error: "Side must be marketing or it" }),
  tier: z.enum(TIERS, { error: "Tier must be leader or team" }),
});
export type TParticipant = z.infer<typeof ZParticipant>;

export const ZParticipantAdd = ZParticipant.extend({ assessmentId: ID });

export const MAX_LIST_ROWS = 500;
export const ZParticipantList = z.object({
  assessmentId: ID,
  text: z.string().min(1, "Paste at least one line").max(100_000, "The list is too long"),
});

export const ZInviteChange = z.object({ participantId: ID, change: z.enum(["regenerate", "revoke"]) });

/**
 * One participant per line: "name, email, side, tier" (comma, semicolon or tab separated; email may be
 * empty). Returns every row's problem, so the form can show them all; callers import nothing unless
 * `errors` is empty.
 */
export function parseParticipantList(text: string): { rows: TParticipant[]; errors: { line: number; message: string }[] } {
  const rows: TParticipant[] = [];
  const errors: { line: number; message: string }[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    const cells = raw.split(/\t|;|,/).map((c) => c.trim());
    if (cells.length !== 4) {
      errors.push({ line, message: `expected 4 values (name, email, side, tier), found ${cells.length}` });
      return;
    }
    const [name, email, side, tier] = cells;
    const parsed = ZParticipant.safeParse({ name, email, side: side?.toLowerCase(), tier: tier?.toLowerCase() });
    if (parsed.success) rows.push(parsed.data);
    else errors.push({ line, message: parsed.error.issues.map((i) => i.message).join("; ") });
  });
  if (!rows.length && !errors.length) errors.push({ line: 1, message: "Paste at least one line" });
  if (rows.length + errors.length > MAX_LIST_ROWS) errors.push({ line: MAX_LIST_ROWS + 1, message: `At most ${MAX_LIST_ROWS} participants at a time` });
  return { rows, errors };
}
