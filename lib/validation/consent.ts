import { z } from "zod";

/** The welcome page's consent form (checkbox values arrive as "on" from a form post). */
export const ZConsent = z.object({
  agree: z.literal("on", { error: "Please confirm that you agree to take part" }),
  showName: z.enum(["on"]).optional(),
});
export type TConsent = z.infer<typeof ZConsent>;
