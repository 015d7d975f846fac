// Admin user management and the invitee's set-password form: one schema per input, shared by form and server.
import { z } from "zod";
import { personName } from "@/lib/validation/text";
import { ROLES } from "@/lib/domain";
import { newPassword } from "@/lib/validation/auth";

const ID = z.string().min(1).max(64);

export const ZUserInvite = z.object({
  name: personName(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter an e-mail address")
    .max(254, "This e-mail address is too long")
    .pipe(z.email("Enter a valid e-mail address, like name@example.com")),
  role: z.enum(ROLES, { error: "Role must be facilitator or admin" }).default("facilitator"),
});
export type TUserInvite = z.infer<typeof ZUserInvite>;

export const ZUserRoleChange = z.object({ userId: ID, role: z.enum(ROLES, { error: "Role must be facilitator or admin" }) });
export type TUserRoleChange = z.infer<typeof ZUserRoleChange>;

/** The account changes an admin confirms on the users page. `new-link`: a fresh set-password link for an invitee. */
export const USER_CHANGES = ["disable", "enable", "reset-two-factor", "new-link"] as const;
export const ZUserAccountChange = z.object({ userId: ID, change: z.enum(USER_CHANGES) });
export type TUserAccountChange = z.infer<typeof ZUserAccountChange>;

/** The invitee chooses a password; the length rules match every other password path (lib/auth/server.ts). */
export const ZSetPassword = z
  .object({
    token: z.string().min(1).max(200),
    newPassword,
    confirmPassword: z.string().min(1, "Enter the password again"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match" });
export type TSetPassword = z.input<typeof ZSetPassword>;
