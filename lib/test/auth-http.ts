// Test helper: better-auth as configured for Bridge, called over HTTP (auth.handler) with a chosen client address,
// and a cookie jar as a browser keeps it. Used by the auth tests (lib/auth/server.test.ts, two-factor.test.ts).
import { getAuth } from "@/lib/auth/server";
import { env } from "@/lib/env";

let ipCounter = 0;
/** A fresh client address per call unless one is given (198.18.0.0/15 is for tests). */
export const newIp = () => `198.18.${Math.floor(ipCounter / 250) % 256}.${(ipCounter++ % 250) + 1}`;

export interface AuthResponse {
  status: number;
  json: Record<string, unknown> | null;
  headers: Headers;
  setCookies: string[];
  /** The Cookie header a browser would send next. */
  cookie: string;
}

export interface AuthCallOptions {
  body?: unknown;
  cookie?: string;
  ip?: string;
  /** The Origin header; a browser's same-origin one by default, null for none. */
  origin?: string | null;
  method?: "GET" | "POST";
}

/** Calls /api/auth`path` from `ip`: a POST sends `body` as JSON (`{}` when none), a GET nothing. */
export async function callAuth(path: string, { body, cookie, ip = newIp(), origin = env().BRIDGE_URL, method = "POST" }: AuthCallOptions = {}): Promise<AuthResponse> {
  const headers = new Headers({ "x-forwarded-for": ip });
  if (method === "POST") headers.set("content-type", "application/json");
  if (origin) headers.set("origin", origin);
  if (cookie) headers.set("cookie", cookie);
  const res = await getAuth().handler(
    new Request(`${env().BRIDGE_URL}/api/auth${path}`, { method, headers, body: method === "POST" ? JSON.stringify(body ?? {}) : undefined }),
  );
  const text = await res.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = { text };
  }
  const setCookies = res.headers.getSetCookie();
  return { status: res.status, json, headers: res.headers, setCookies, cookie: cookieHeader(setCookies, cookie) };
}

/** The Cookie header a browser would send next: the old cookies updated by Set-Cookie (Max-Age=0 removes one). */
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
