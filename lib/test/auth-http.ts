// Test helper: better-auth as configured for Bridge, called over HTTP (auth.handler) with a chosen client address,
// and a cookie jar as a browser keeps it. The same shape as the helpers in lib/auth/server.test.ts.
import { getAuth } from "@/lib/auth/server";
import { env } from "@/lib/env";

let ipCounter = 0;
/** A fresh client address per call unless one is given (198.18.0.0/15 is for tests; this file uses 198.19.x.x). */
export const newIp = () => `198.19.${Math.floor(ipCounter / 250) % 256}.${(ipCounter++ % 250) + 1}`;

export interface AuthResponse {
  status: number;
  json: Record<string, unknown> | null;
  headers: Headers;
  /** The Cookie header a browser would send next. */
  cookie: string;
}

/** POSTs `body` to /api/auth`path` from `ip` with the same-origin header a browser sends. */
export async function callAuth(path: string, options: { body?: unknown; cookie?: string; ip?: string } = {}): Promise<AuthResponse> {
  const base = env().BRIDGE_URL;
  const headers = new Headers({ "x-forwarded-for": options.ip ?? newIp(), origin: base, "content-type": "application/json" });
  if (options.cookie) headers.set("cookie", options.cookie);
  const res = await getAuth().handler(
    new Request(`${base}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(options.body ?? {}) }),
  );
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = { text };
  }
  return { status: res.status, json, headers: res.headers, cookie: cookieHeader(res.headers.getSetCookie(), options.cookie) };
}

function cookieHeader(setCookies: string[], previous?: string): string {
  const jar = new Map((previous ?? "").split("; ").filter(Boolean).map((c) => c.split(/=(.*)/s).slice(0, 2) as [string, string]));
  for (const sc of setCookies) {
    const [pair] = sc.split(";");
    const [name, value] = pair!.split(/=(.*)/s) as [string, string];
    if (/max-age=0/i.test(sc) || value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([n, v]) => `${n}=${v}`).join("; ");
}

/** The password step of a sign-in from `ip`; with two-factor on, the answer carries the two-factor cookie. */
export function signInWithPassword(user: { email: string; password: string }, ip = newIp()): Promise<AuthResponse> {
  return callAuth("/sign-in/email", { body: { email: user.email, password: user.password }, ip });
}
