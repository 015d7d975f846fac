import { z } from "zod";

export const CONSENT_REQUIRED = "Please confirm that you agree to take part";

/** The welcome page's consent form (checkbox values arrive as "on" from a form post). */
export const ZConsent = z.object({
  agree: z.literal("on", { error: CONSENT_REQUIRED }),
  showName: z.enum(["on"]).optional(),
});
export type TConsent = z.infer<typeof ZConsent>;
