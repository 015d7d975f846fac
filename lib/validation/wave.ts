// Starting an assessment's next wave: its own questionnaire version, benchmark sources and quorum (defaults: the
// previous wave's), optionally a label, and who is invited to it in which side and tier. The same rules as a new
// assessment's settings.
import { z } from "zod";
import { singleLine } from "@/lib/validation/text";
import { SIDES, TIERS } from "@/lib/domain";
import { ZAssessmentCreate } from "./assessment";

/** More participants than any assessment holds; caps the array so a crafted post cannot send millions. */
export const MAX_WAVE_PARTICIPANTS = 5000;

/** One current participant in the next wave: invited or not (removed from the assessment), and their side and tier. */
export const ZWaveParticipant = z.object({
  id: z.string().min(1).max(64),
  invite: z.boolean(),
  side: z.enum(SIDES, { error: "Side must be marketing or it" }),
  tier: z.enum(TIERS, { error: "Tier must be leader or team" }),
});

export const ZWaveStart = z.object({
  assessmentId: z.string().min(1).max(64),
  label: singleLine({ max: 60 }).optional(),
  questionnaireVersionId: ZAssessmentCreate.shape.questionnaireVersionId,
  sourceIds: ZAssessmentCreate.shape.sourceIds,
  quorumMarketing: ZAssessmentCreate.shape.quorumMarketing,
  quorumIt: ZAssessmentCreate.shape.quorumIt,
  /** Changes to the current participants; anyone not listed is invited with their current side and tier. */
  participants: z
    .array(ZWaveParticipant)
    .max(MAX_WAVE_PARTICIPANTS, `At most ${MAX_WAVE_PARTICIPANTS} participants`)
    .refine((rows) => new Set(rows.map((r) => r.id)).size === rows.length, "A participant is listed twice")
    .optional(),
});
export type TWaveStart = z.infer<typeof ZWaveStart>;
export type TWaveParticipant = z.infer<typeof ZWaveParticipant>;
