import { z } from "zod";

/** Filters of the audit log page and its CSV export (query string). */
export const ZAuditQuery = z.object({
  action: z.string().regex(/^[a-z0-9.-]{1,40}$/, "must be an action name").optional(),
  actor: z.string().max(200).optional(),
  from: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
  to: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;
