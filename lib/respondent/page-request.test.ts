// A respondent page while the database cannot be reached: a 503 with Retry-After and the "briefly unavailable"
// view (pages/_app.tsx), not the generic 500; any other error stays an error. The respondent is resolved from this
// file's real database; the failure is the real error of a client whose PostgreSQL server is down.
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import App from "@/pages/_app";
import { createDb } from "@/lib/db/create-db";
import { recordConsent } from "@/lib/data/respondent";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { hashToken } from "@/lib/tokens";
import { INVITE_COOKIE, INVITE_IDLE_SECONDS, inviteCookieMaxAge } from "./cookie";
import { respondentPage } from "./page-request";
import { isUnavailableProps } from "./unavailable-props";

const db = testDb();
const down = createDb("postgresql://postgres@127.0.0.1:1/bridge"); // nothing listens on port 1
let token = "";

beforeAll(async () => {
  const { assessmentId, waveId } = await seededAssessment(db);
  ({ token } = await createParticipant(db, { assessmentId, waveId, side: "marketing", tier: "leader" }));
  await recordConsent(token, { showName: false });
});

function request() {
  const req = new IncomingMessage(new Socket()) as IncomingMessage & { cookies: Partial<Record<string, string>> };
  req.cookies = { [INVITE_COOKIE]: token };
  return { req, res: new ServerResponse(req) };
}

describe("respondentPage", () => {
  it("answers 503 with Retry-After and the unavailable props when the database cannot be reached", async () => {
    const { req, res } = request();
    const result = await respondentPage(req, res, () => {
      throw new Error("unreachable"); // replaced below by the real error
    }).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(Error); // a plain error is a bug: rethrown, no 503

    const real = await down.user.count().then(
      () => null,
      (e: unknown) => e,
    );
    expect(real).not.toBeNull();
    const second = request();
    const outcome = await respondentPage(second.req, second.res, () => {
      throw real;
    });
    expect(second.res.statusCode).toBe(503);
    expect(second.res.getHeader("Retry-After")).toBe("2");
    expect(second.res.getHeader("Cache-Control")).toBe("private, no-store");
    expect("props" in outcome && isUnavailableProps(outcome.props)).toBe(true);
  });

  it("still resolves the respondent and builds the page when the database is there", async () => {
    const { req, res } = request();
    const outcome = await respondentPage(req, res, (r) => ({ props: { side: r.side } }));
    expect(outcome).toEqual({ props: { side: "marketing" } });
    expect(res.statusCode).toBe(200);
  });
});

describe("the invite cookie", () => {
  it("lives 30 days from each use, or until the wave's close date when that comes first", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    expect(inviteCookieMaxAge(null, now)).toBe(INVITE_IDLE_SECONDS);
    expect(INVITE_IDLE_SECONDS).toBe(30 * 24 * 3600);
    expect(inviteCookieMaxAge(new Date("2026-12-04T10:00:00Z"), now)).toBe(2 * 24 * 3600);
    expect(inviteCookieMaxAge(new Date("2027-06-01T10:00:00Z"), now)).toBe(INVITE_IDLE_SECONDS);
    expect(inviteCookieMaxAge(new Date("2026-12-01T10:00:00Z"), now)).toBe(INVITE_IDLE_SECONDS); // passed: the pages say "closed"
  });

  it("every respondent page renews it for 30 days, or until the wave closes", async () => {
    const { req, res } = request();
    await respondentPage(req, res, () => ({ props: {} }));
    expect(res.getHeader("Set-Cookie")).toBe(`${INVITE_COOKIE}=${token}; Path=/; Max-Age=${INVITE_IDLE_SECONDS}; HttpOnly; SameSite=Lax`);

    const response = await db.response.findFirstOrThrow({ where: { tokenHash: hashToken(token) } });
    await db.wave.update({ where: { id: response.waveId }, data: { closesAt: new Date(Date.now() + 2 * 24 * 3600 * 1000) } });
    const second = request();
    await respondentPage(second.req, second.res, () => ({ props: {} }));
    const maxAge = Number(/Max-Age=(\d+)/.exec(String(second.res.getHeader("Set-Cookie")))![1]);
    expect(maxAge).toBeGreaterThan(2 * 24 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(2 * 24 * 3600);
    await db.wave.update({ where: { id: response.waveId }, data: { closesAt: null } });
  });

  it("a link that can no longer be used loses its cookie", async () => {
    const { assessmentId, waveId } = await seededAssessment(db);
    const withdrawn = await createParticipant(db, { assessmentId, waveId, side: "it", tier: "leader" });
    await db.response.update({ where: { id: withdrawn.response.id }, data: { tokenRevokedAt: new Date() } });
    const req = new IncomingMessage(new Socket()) as IncomingMessage & { cookies: Partial<Record<string, string>> };
    req.cookies = { [INVITE_COOKIE]: withdrawn.token };
    const res = new ServerResponse(req);
    const outcome = await respondentPage(req, res, () => ({ props: {} }));
    expect(outcome).toEqual({ redirect: { destination: "/respond/link-problem?reason=revoked", permanent: false } });
    expect(res.getHeader("Set-Cookie")).toBe(`${INVITE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
  });
});

describe("pages/_app", () => {
  it("shows the briefly-unavailable view for those props and the page otherwise", () => {
    const Page = () => createElement("p", null, "PAGE-BODY");
    const app = (pageProps: Record<string, unknown>) => renderToStaticMarkup(createElement(App, { Component: Page, pageProps, router: undefined as never }));
    const unavailable = app({ unavailable: true });
    expect(unavailable).toContain("Briefly unavailable");
    expect(unavailable).toContain("Your saved answers are kept");
    expect(unavailable).not.toContain("PAGE-BODY");
    expect(app({})).toContain("PAGE-BODY");
  });
});
