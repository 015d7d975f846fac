"use client";
// The browser side of better-auth: sign-in, two-factor and account calls go to /api/auth over HTTP, so
// better-auth's rate limits and origin checks apply to every one of them.
import { adminClient, twoFactorClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({
  // the sign-in form shows its own code step on `twoFactorRedirect`, so no redirect callback here
  plugins: [twoFactorClient(), adminClient()],
});

/** better-auth's error shape on the client (`{ data, error }` results). */
export interface AuthClientError {
  status: number;
  message?: string;
  code?: string;
}
