import "server-only";
import { cookies } from "next/headers";
import { INVITE_COOKIE } from "./cookie";

/** The invite token of the respondent making this request (route handlers; Pages Router pages read req.cookies). */
export async function currentInviteToken(): Promise<string | null> {
  return (await cookies()).get(INVITE_COOKIE)?.value ?? null;
}
