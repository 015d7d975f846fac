// Starting an assessment's next wave: its own questionnaire version, benchmark sources and quorum (defaults: the
// previous wave's), optionally a label. The same rules as a new assessment's settings.
import { z } from "zod";
import { ZAssessmentCreate } from "./assessment";

export const ZWaveStart = z.object({
  assessmentId: z.string().min(1).max(64),
  label: z.string().trim().max(60, "At most 60 characters").optional(),
  questionnaireVersionId: ZAssessmentCreate.shape.questionnaireVersionId,
  sourceIds: ZAssessmentCreate.shape.sourceIds,
  quorumMarketing: ZAssessmentCreate.shape.quorumMarketing,
  quorumIt: ZAssessmentCreate.shape.quorumIt,
});
export type TWaveStart = z.infer<typeof ZWaveStart>;
