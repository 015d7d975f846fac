import { z } from "zod";

const ID = z.string().min(1).max(64);

export const ZAssessmentCreate = z.object({
  organizationId: ID,
  title: z.string().trim().min(3, "Enter a title").max(120, "At most 120 characters"),
  questionnaireVersionId: z.string().regex(/^v[0-9]+$/, "Choose a questionnaire version"),
  sourceIds: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1, "Choose at least one benchmark source"),
  quorumMarketing: z.coerce.number().int("Whole number").min(1, "At least 1").max(100, "At most 100"),
  quorumIt: z.coerce.number().int("Whole number").min(1, "At least 1").max(100, "At most 100"),
});
export type TAssessmentCreate = z.infer<typeof ZAssessmentCreate>;

export const ZAssessmentStatus = z.object({ assessmentId: ID, status: z.enum(["open", "closed"]) });

export const ZAssessmentId = z.object({ assessmentId: ID });
