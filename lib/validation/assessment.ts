import { z } from "zod";
import { singleLine } from "@/lib/validation/text";

const ID = z.string().min(1).max(64);
/** More benchmark sources than the library holds; caps the array (a crafted post of thousands answered 500). */
export const MAX_SOURCES = 50;

export const ZAssessmentCreate = z.object({
  organizationId: ID,
  title: singleLine({ min: 3, max: 120, required: "Enter a title" }),
  questionnaireVersionId: z.string().regex(/^v[0-9]+$/, "Choose a questionnaire version"),
  sourceIds: z
    .array(z.string().max(64).regex(/^[a-z0-9-]+$/))
    .min(1, "Choose at least one benchmark source")
    .max(MAX_SOURCES, `At most ${MAX_SOURCES} benchmark sources`),
  quorumMarketing: z.coerce.number().int("Whole number").min(1, "At least 1").max(100, "At most 100"),
  quorumIt: z.coerce.number().int("Whole number").min(1, "At least 1").max(100, "At most 100"),
});
export type TAssessmentCreate = z.infer<typeof ZAssessmentCreate>;

export const ZAssessmentStatus = z.object({ assessmentId: ID, status: z.enum(["open", "closed"]) });

export const ZAssessmentId = z.object({ assessmentId: ID });
