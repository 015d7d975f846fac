import { z } from "zod";

/** The "Reveal results" form: only which assessment; who may reveal is decided on the server from the session. */
const WAVE = z.coerce.number().int().min(1).max(9999);

export const ZReveal = z.object({
  assessmentId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Unknown assessment"),
  waveNumber: WAVE.optional(),
});
export type TReveal = z.infer<typeof ZReveal>;

/** The export route's parameters (path) and its optional `?wave=` (default: the latest wave). */
export const ZExportParams = z.object({
  assessmentId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/),
  format: z.enum(["csv", "xlsx", "pdf"]),
  wave: WAVE.optional(),
});
export type TExportParams = z.infer<typeof ZExportParams>;
