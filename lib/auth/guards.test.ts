// The page guards with Next's request APIs replaced: headers() returns the test's cookie, redirect() and
// notFound() throw as they do in Next. Sessions are real rows in this file's SQLite database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser as createE2eUser, sessionCookieValue } from "@/e2e/support/auth";
import { env } from "@/lib/env";
import { testDb } from "@/lib/test/db";

const requestHeaders = { current: new Headers() };
class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect ${url}`);
  }
}
class NotFound extends Error {}

vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
  notFound: () => {
    throw new NotFound();
  },
}));

const { actorFromSession, requireActor, requireAdmin, getActor, signInPath } = await import("./guards");

const db = testDb();
const createUser = (options: Parameters<typeof createE2eUser>[1] = {}) => createE2eUser(db, { ...options, secret: env().BRIDGE_SECRET });

async function sessionFor(userId: string, expiresAt = new Date(Date.now() + 3600_000)) {
  const token = `tok${Math.random().toString(36).slice(2)}${Date.now().toString(36)}xxxxxxxxxxxx`.slice(0, 32);
  await db.session.create({ data: { userId, token, expiresAt } });
  return `bridge.session_token=${await sessionCookieValue(token, env().BRIDGE_SECRET)}`;
}

async function thrown(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

beforeEach(() => {
  requestHeaders.current = new Headers();
});

describe("requireActor", () => {
  it("signed out: redirects to /signin with the requested page (from proxy.ts) as next", async () => {
    requestHeaders.current = new Headers({ "x-bridge-path": "/app/organizations/abc?tab=2" });
    const e = await thrown(requireActor());
    expect(e).toBeInstanceOf(Redirect);
    expect((e as Redirect).url).toBe(`/signin?next=${encodeURIComponent("/app/organizations/abc?tab=2")}`);
  });

  it("an explicit next wins; an off-site next is replaced by /app", async () => {
    expect(((await thrown(requireActor({ next: "/account/security" }))) as Redirect).url).toBe("/signin?next=%2Faccount%2Fsecurity");
    expect(((await thrown(requireActor({ next: "//evil.example" }))) as Redirect).url).toBe("/signin?next=%2Fapp");
  });

  it("returns the facilitator of a valid session", async () => {
    const user = await createUser();
    requestHeaders.current = new Headers({ cookie: await sessionFor(user.id) });
    await expect(requireActor()).resolves.toEqual({ id: user.id, email: user.email, name: user.name, role: "facilitator", twoFactorEnabled: false });
  });

  it("an expired or deleted session counts as signed out", async () => {
    const user = await createUser();
    requestHeaders.current = new Headers({ cookie: await sessionFor(user.id, new Date(Date.now() - 1000)) });
    expect(await thrown(requireActor())).toBeInstanceOf(Redirect);
    const cookie = await sessionFor(user.id);
    await db.session.deleteMany({ where: { userId: user.id } });
    requestHeaders.current = new Headers({ cookie });
    expect(await getActor()).toBeNull();
  });

  it("an admin without two-factor is sent to /account/security, except where allowed", async () => {
    const admin = await createUser({ role: "admin" });
    requestHeaders.current = new Headers({ cookie: await sessionFor(admin.id) });
    expect(((await thrown(requireActor())) as Redirect).url).toBe("/account/security");
    expect(((await thrown(requireAdmin())) as Redirect).url).toBe("/account/security");
    await expect(requireActor({ allowWithoutTwoFactor: true })).resolves.toMatchObject({ role: "admin", twoFactorEnabled: false });
  });
});

describe("requireAdmin", () => {
  it("a facilitator gets not-found", async () => {
    const user = await createUser();
    requestHeaders.current = new Headers({ cookie: await sessionFor(user.id) });
    expect(await thrown(requireAdmin())).toBeInstanceOf(NotFound);
  });

  it("an admin with two-factor passes", async () => {
    const admin = await createUser({ role: "admin", twoFactor: true });
    requestHeaders.current = new Headers({ cookie: await sessionFor(admin.id) });
    await expect(requireAdmin()).resolves.toMatchObject({ id: admin.id, role: "admin", twoFactorEnabled: true });
  });

  it("signed out: redirect to sign-in, not not-found", async () => {
    expect(await thrown(requireAdmin({ next: "/admin" }))).toBeInstanceOf(Redirect);
  });
});

describe("actorFromSession", () => {
  const user = {
    id: "u1",
    email: "u@x.example",
    name: "U",
    role: "facilitator",
    twoFactorEnabled: false,
    banned: false,
    banExpires: null,
    banReason: null,
    disabledAt: null,
  };
  const session = (u: Partial<typeof user> | Record<string, unknown>) => ({ user: { ...user, ...u } }) as unknown as Parameters<typeof actorFromSession>[0];

  it("maps the two roles and refuses anything else", () => {
    expect(actorFromSession(session({}))?.role).toBe("facilitator");
    expect(actorFromSession(session({ role: "admin" }))?.role).toBe("admin");
    expect(actorFromSession(session({ role: "user" }))).toBeNull();
    expect(actorFromSession(session({ role: "admin,facilitator" }))).toBeNull();
    expect(actorFromSession(null)).toBeNull();
  });

  it("refuses banned (until the ban expires) and disabled users", () => {
    expect(actorFromSession(session({ banned: true }))).toBeNull();
    expect(actorFromSession(session({ banned: true, banExpires: new Date(Date.now() + 60_000) }))).toBeNull();
    expect(actorFromSession(session({ banned: true, banExpires: new Date(Date.now() - 60_000) }))).not.toBeNull();
    expect(actorFromSession(session({ disabledAt: new Date() }))).toBeNull();
  });
});

describe("signInPath", () => {
  it("keeps same-site paths only", () => {
    expect(signInPath()).toBe("/signin");
    expect(signInPath("/app/x")).toBe("/signin?next=%2Fapp%2Fx");
    expect(signInPath("https://evil.example")).toBe("/signin?next=%2Fapp");
  });
});
