// Admin user management against a real SQLite file: roles, disabling (sessions end at once), two-factor resets,
// the last-admin rule, audit rows in the same transaction, and the invitation's set-password link through
// better-auth's own reset-password endpoint.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const smtpPort = vi.hoisted(() => {
  const p = 20000 + Math.floor(Math.random() * 20000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${p}`;
  return p;
});

import { createUser as createE2eUser, totp } from "@/e2e/support/auth";
import type { Actor } from "@/lib/auth/actor";
import { storedResetIdentifier } from "@/lib/auth/reset-token";
import { actorFromRequest } from "@/lib/auth/guards";
import { getAuth } from "@/lib/auth/server";
import { ActionError } from "@/lib/actions/action-error";
import { env } from "@/lib/env";
import { testDb } from "@/lib/test/db";
import { startSmtpSink } from "@/lib/test/smtp-sink";
import { ZUserInvite } from "@/lib/validation/user";
import { changeUserRole, disableUser, enableUser, listUsers, resetTwoFactor } from "./user-accounts";
import { findInvitation, inviteUser, renewInvitation } from "./user-invitations";

const db = testDb();
const BASE = env().BRIDGE_URL;
let ipCounter = 0;
const newIp = () => `198.19.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

const createUser = (options: Parameters<typeof createE2eUser>[1] = {}) => createE2eUser(db, { ...options, secret: env().BRIDGE_SECRET });
const actorOf = (u: { id: string; email: string; name: string; role: "admin" | "facilitator" }): Actor => ({ ...u, twoFactorEnabled: true });

async function post(path: string, body: unknown, cookie?: string) {
  const headers = new Headers({ "content-type": "application/json", origin: BASE, "x-forwarded-for": newIp() });
  if (cookie) headers.set("cookie", cookie);
  const res = await getAuth().handler(new Request(`${BASE}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]!).filter((c) => !c.endsWith("="));
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null, cookie: cookies.join("; ") };
}

/** A signed-in session cookie for `user` (through the two-factor step when enrolled). */
async function signIn(user: { email: string; password: string; totpSecret?: string }) {
  const step1 = await post("/sign-in/email", { email: user.email, password: user.password });
  if (!user.totpSecret) return step1;
  return post("/two-factor/verify-totp", { code: totp(user.totpSecret) }, step1.cookie);
}

const requestWith = (cookie: string) => new Request(`${BASE}/app`, { headers: { cookie } });
const audits = (targetId: string, action: string) => db.auditLog.findMany({ where: { targetId, action } });

let admin: Actor;
let facilitatorActor: Actor;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

afterAll(() => sink.close());
beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
  admin = actorOf(await createUser({ role: "admin", twoFactor: true }));
  facilitatorActor = { ...actorOf(await createUser({ role: "facilitator" })), twoFactorEnabled: false };
});

describe("who may manage users", () => {
  it("a facilitator is refused by every function and changes nothing", async () => {
    const target = await createUser();
    expect(await listUsers(facilitatorActor)).toBeNull();
    await expect(inviteUser(facilitatorActor, ZUserInvite.parse({ name: "X", email: "x-refused@test.example" }))).rejects.toBeInstanceOf(ActionError);
    await expect(changeUserRole(facilitatorActor, target.id, "admin")).rejects.toBeInstanceOf(ActionError);
    await expect(disableUser(facilitatorActor, target.id)).rejects.toBeInstanceOf(ActionError);
    await expect(enableUser(facilitatorActor, target.id)).rejects.toBeInstanceOf(ActionError);
    await expect(resetTwoFactor(facilitatorActor, target.id)).rejects.toBeInstanceOf(ActionError);
    await expect(renewInvitation(facilitatorActor, target.id)).rejects.toBeInstanceOf(ActionError);
    expect(await db.user.count({ where: { email: "x-refused@test.example" } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "facilitator", disabledAt: null });
    expect(await db.auditLog.count({ where: { actorId: facilitatorActor.id } })).toBe(0);
  });

  it("an admin without two-factor is refused too", async () => {
    const target = await createUser();
    await expect(changeUserRole({ ...admin, twoFactorEnabled: false }, target.id, "admin")).rejects.toBeInstanceOf(ActionError);
  });

  it("an admin cannot demote, disable or reset their own account", async () => {
    await expect(changeUserRole(admin, admin.id, "facilitator")).rejects.toThrow(/your own account/);
    await expect(disableUser(admin, admin.id)).rejects.toThrow(/your own account/);
    await expect(resetTwoFactor(admin, admin.id)).rejects.toThrow(/your own account/);
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", disabledAt: null, twoFactorEnabled: true });
  });
});

describe("changing roles", () => {
  it("facilitator → admin → facilitator, each with an audit row {from, to}", async () => {
    const target = await createUser();
    await changeUserRole(admin, target.id, "admin");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("admin");
    await changeUserRole(admin, target.id, "facilitator");
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("facilitator");
    const rows = await db.auditLog.findMany({ where: { targetId: target.id, action: "user.role-change" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.actorId, r.detail])).toEqual([
      [admin.id, { from: "facilitator", to: "admin" }],
      [admin.id, { from: "admin", to: "facilitator" }],
    ]);
    await expect(changeUserRole(admin, target.id, "facilitator")).rejects.toThrow(/already a facilitator/);
  });

  it("the last active admin can be neither demoted nor disabled, and nothing is written", async () => {
    const other = await createUser({ role: "admin", twoFactor: true });
    // every admin but `other` disabled meanwhile (the acting admin's session is from before that)
    await db.user.updateMany({ where: { role: "admin", id: { not: other.id } }, data: { disabledAt: new Date(), banned: true } });
    try {
      await expect(changeUserRole(admin, other.id, "facilitator")).rejects.toThrow(/last one/);
      await expect(disableUser(admin, other.id)).rejects.toThrow(/last one/);
      expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ role: "admin", disabledAt: null, banned: false });
      expect(await db.auditLog.count({ where: { targetId: other.id } })).toBe(0);
    } finally {
      await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: null, banned: false } });
    }
  });

  it("two admins demoting (or disabling) each other at the same moment: exactly one wins, 20 times out of 20", async () => {
    const activeAdmins = () => db.user.count({ where: { role: "admin", disabledAt: null, banned: false } });
    const outcomes: string[] = [];
    try {
      for (let round = 0; round < 20; round++) {
        const a = actorOf(await createUser({ role: "admin", twoFactor: true }));
        const b = actorOf(await createUser({ role: "admin", twoFactor: true }));
        await db.user.updateMany({ where: { role: "admin", id: { notIn: [a.id, b.id] } }, data: { disabledAt: new Date(), banned: true } });
        const results = await Promise.allSettled([
          changeUserRole(a, b.id, "facilitator"),
          round % 2 === 0 ? changeUserRole(b, a.id, "facilitator") : disableUser(b, a.id),
        ]);
        const won = results.filter((r) => r.status === "fulfilled").length;
        const refusals = results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message)] : []));
        outcomes.push(`${won}:${refusals.every((m) => /last one/.test(m))}`);
        expect(await activeAdmins()).toBe(1);
        expect(await db.auditLog.count({ where: { targetId: { in: [a.id, b.id] } } })).toBe(1);
        await db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { role: "facilitator", disabledAt: new Date(), banned: true } });
        await db.user.updateMany({ where: { role: "admin", id: { notIn: [a.id, b.id] } }, data: { disabledAt: null, banned: false } });
      }
    } finally {
      await db.user.updateMany({ where: { role: "admin" }, data: { disabledAt: null, banned: false } });
    }
    expect(outcomes).toEqual(Array(20).fill("1:true"));
  });
});

describe("disabling and enabling", () => {
  it("ends every session at once, refuses sign-in, and re-enabling lets the user back in", async () => {
    const target = await createUser();
    const a = await signIn(target);
    const b = await signIn(target);
    expect(await actorFromRequest(requestWith(a.cookie))).not.toBeNull();
    expect(await disableUser(admin, target.id)).toEqual({ sessionsEnded: 2 });
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);
    expect(await actorFromRequest(requestWith(a.cookie))).toBeNull();
    expect(await actorFromRequest(requestWith(b.cookie))).toBeNull();
    expect((await signIn(target)).status).toBe(403);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ banned: true, disabledAt: expect.any(Date) });
    expect((await audits(target.id, "user.disable"))[0]).toMatchObject({ actorId: admin.id, detail: { sessionsEnded: 2 } });
    expect((await listUsers(admin))!.find((u) => u.id === target.id)?.status).toBe("disabled");

    await enableUser(admin, target.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ banned: false, disabledAt: null });
    expect((await signIn(target)).status).toBe(200);
    expect(await audits(target.id, "user.enable")).toHaveLength(1);
    await expect(enableUser(admin, target.id)).rejects.toThrow(/not disabled/);
  });
});

describe("resetting two-factor authentication", () => {
  it("removes the authenticator, ends the sessions and lets the user sign in with the password alone", async () => {
    const target = await createUser({ twoFactor: true });
    const signedIn = await signIn(target);
    expect(await actorFromRequest(requestWith(signedIn.cookie))).toMatchObject({ twoFactorEnabled: true });
    expect(await resetTwoFactor(admin, target.id)).toEqual({ sessionsEnded: 1 });
    expect(await db.twoFactor.count({ where: { userId: target.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).twoFactorEnabled).toBe(false);
    expect(await actorFromRequest(requestWith(signedIn.cookie))).toBeNull();
    const again = await signIn({ email: target.email, password: target.password });
    expect(again.json).not.toMatchObject({ twoFactorRedirect: true });
    expect(await actorFromRequest(requestWith(again.cookie))).toMatchObject({ id: target.id, twoFactorEnabled: false });
    expect(await audits(target.id, "user.2fa-reset")).toHaveLength(1);
    await expect(resetTwoFactor(admin, target.id)).rejects.toThrow(/no two-factor/);
  });
});

describe("inviting a facilitator", () => {
  it("creates an account that cannot sign in until the one-time link sets a password (7 days, checked rules)", async () => {
    const now = new Date();
    const invitation = await inviteUser(admin, ZUserInvite.parse({ name: "Ines Invitee", email: " Ines@Test.example " }), now);
    expect(invitation).toMatchObject({ email: "ines@test.example", emailed: true });
    const mail = sink.messages.find((m) => m.to.some((to) => to.includes("ines@test.example")));
    const text = mail?.data.replace(/=\r?\n/g, "").replace(/=3D/g, "="); // quoted-printable
    expect(text).toContain(invitation.link);
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 3600 * 1000);
    const user = await db.user.findUniqueOrThrow({ where: { email: "ines@test.example" } });
    expect(user.role).toBe("facilitator");
    expect((await audits(user.id, "user.invite"))[0]).toMatchObject({ actorId: admin.id, detail: { email: "ines@test.example", role: "facilitator" } });
    expect((await listUsers(admin))!.find((u) => u.id === user.id)?.status).toBe("invited");
    expect((await post("/sign-in/email", { email: user.email, password: "anything at all here" })).status).toBe(401);

    const token = new URL(invitation.link).searchParams.get("token")!;
    expect(invitation.link.startsWith(`${BASE}/set-password?token=`)).toBe(true);
    // only a hash of the token is stored
    const stored = await db.verification.findMany({ where: { value: user.id } });
    expect(stored.map((v) => v.identifier)).toEqual([await storedResetIdentifier(`reset-password:${token}`)]);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await findInvitation(token)).toEqual({ name: "Ines Invitee", email: "ines@test.example" });
    expect(await findInvitation(token, new Date(now.getTime() + 7 * 24 * 3600 * 1000 + 1000))).toBeNull();
    expect(await findInvitation("not-a-token")).toBeNull();

    expect((await post("/reset-password", { token, newPassword: "password1234" })).json?.code).toBe("PASSWORD_REJECTED");
    const password = "lantern orchard copper swift";
    expect((await post("/reset-password", { token, newPassword: password })).status).toBe(200);
    expect((await post("/reset-password", { token, newPassword: "another harbour lantern" })).status).toBe(400); // once only
    expect(await findInvitation(token)).toBeNull();
    const signedIn = await signIn({ email: user.email, password });
    expect(await actorFromRequest(requestWith(signedIn.cookie))).toMatchObject({ id: user.id, role: "facilitator" });
    expect((await listUsers(admin))!.find((u) => u.id === user.id)).toMatchObject({ status: "active", lastSignInAt: expect.any(Date) });
    await expect(renewInvitation(admin, user.id)).rejects.toThrow(/already chosen a password/);
  });

  it("disabling an invitee kills the set-password link; a disabled account cannot take a password by any link", async () => {
    const invitation = await inviteUser(admin, ZUserInvite.parse({ name: "Dee Disabled", email: "dee@test.example" }));
    const token = new URL(invitation.link).searchParams.get("token")!;
    await disableUser(admin, invitation.userId);
    expect(await findInvitation(token)).toBeNull();
    expect((await post("/reset-password", { token, newPassword: "lantern orchard copper swift" })).status).toBe(400);
    // a link made while disabled (e.g. written straight into the table) is refused by the endpoint itself
    await db.verification.create({ data: { identifier: await storedResetIdentifier(`reset-password:${token}-2`), value: invitation.userId, expiresAt: new Date(Date.now() + 60_000) } });
    const refused = await post("/reset-password", { token: `${token}-2`, newPassword: "lantern orchard copper swift" });
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe("ACCOUNT_DISABLED");
    expect(await db.account.count({ where: { userId: invitation.userId, password: { not: null } } })).toBe(0);
  });

  it("re-inviting an existing e-mail is a field error; a renewed link replaces the old one", async () => {
    const existing = await createUser();
    const error = await inviteUser(admin, ZUserInvite.parse({ name: "Dup", email: existing.email.toUpperCase() })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldErrors?.email).toMatch(/already exists/);

    const first = await inviteUser(admin, ZUserInvite.parse({ name: "Ray", email: "ray@test.example", role: "admin" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: first.userId } })).role).toBe("admin");
    const second = await renewInvitation(admin, first.userId);
    expect(await findInvitation(new URL(first.link).searchParams.get("token")!)).toBeNull();
    expect(await findInvitation(new URL(second.link).searchParams.get("token")!)).toMatchObject({ email: "ray@test.example" });
  });
});
