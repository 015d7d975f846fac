import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { utcMinute } from "@/lib/time";

export function isEmailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

let transport: ReturnType<typeof nodemailer.createTransport> | undefined;

/** Sends one invitation; returns false (never throws) so a mail failure never loses the created invitation. */
export async function sendInvitationEmail(input: { to: string; name: string; organization: string; link: string }): Promise<boolean> {
  const url = env().SMTP_URL;
  if (!url) return false;
  transport ??= nodemailer.createTransport(url);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Bridge <no-reply@bridge.invalid>",
      to: input.to,
      subject: `${input.organization}: your CMO-CIO alignment assessment`,
      text: [
        `Hello ${input.name},`,
        "",
        `${input.organization} invites you to a ten-minute assessment of how marketing and IT work together.`,
        "Your personal link (do not share it):",
        input.link,
        "",
        "Your answers are saved as you go; you can stop and come back with the same link.",
      ].join("\n"),
    });
    return true;
  } catch (error) {
    console.error(`[mail] invitation to ${input.to} failed: ${(error as Error).message}`);
    return false;
  }
}

/** Invites a facilitator or admin to choose a password; returns false (never throws), as above. */
export async function sendAccountInvitationEmail(input: { to: string; name: string; link: string; expiresAt: Date }): Promise<boolean> {
  const url = env().SMTP_URL;
  if (!url) return false;
  transport ??= nodemailer.createTransport(url);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? "Bridge <no-reply@bridge.invalid>",
      to: input.to,
      subject: "Your Bridge account: choose a password",
      text: [
        `Hello ${input.name},`,
        "",
        "A Bridge administrator has created an account for you.",
        `Choose your password with this link; it works once, until ${utcMinute(input.expiresAt)} UTC:`,
        input.link,
        "",
        "Then sign in with this e-mail address and your new password.",
      ].join("\n"),
    });
    return true;
  } catch (error) {
    console.error(`[mail] account invitation to ${input.to} failed: ${(error as Error).message}`);
    return false;
  }
}
