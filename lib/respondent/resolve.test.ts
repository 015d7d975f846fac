// resolveRespondent against real respondents in this file's SQLite database: one entry for pages (a parsed
// cookie), routes (the Cookie header) and /r/<token> (the path's token).
import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { recordConsent } from "@/lib/data/respondent";
import { INVITE_COOKIE } from "./cookie";
import { inviteTokenOf, resolveRespondent } from "./resolve";

const db = testDb();
let assessmentId = "";
let waveId = "";

beforeAll(async () => {
  ({ assessmentId, waveId } = await seededAssessment(db));
});

const routeRequest = (token?: string) => new Request("http://app.test/api/respond/answers", { headers: token ? { cookie: `other=1; ${INVITE_COOKIE}=${token}` } : {} });
function pageRequest(token?: string) {
  const req = new IncomingMessage(new Socket()) as IncomingMessage & { cookies: Partial<Record<string, string>> };
  req.cookies = token ? { [INVITE_COOKIE]: token } : {};
  return req;
}

describe("inviteTokenOf", () => {
  it("reads the invite cookie of a route's request and of a page's request", () => {
    expect(inviteTokenOf(routeRequest("abc"))).toBe("abc");
    expect(inviteTokenOf(pageRequest("abc"))).toBe("abc");
    expect(inviteTokenOf(routeRequest())).toBeNull();
    expect(inviteTokenOf(pageRequest())).toBeNull();
    expect(inviteTokenOf(new Request("http://app.test/", { headers: { cookie: `${INVITE_COOKIE}x=nope` } }))).toBeNull();
  });
});

describe("resolveRespondent", () => {
  it("no cookie: refused as missing (401)", async () => {
    expect(await resolveRespondent(routeRequest(), "read")).toEqual({ ok: false, refusal: { problem: "missing", code: "unauthenticated", message: "Open your invitation link first" } });
  });

  it("read: the full context from a page or a route; write: the writer, once consented", async () => {
    const { token, response } = await createParticipant(db, { assessmentId, waveId, side: "it", tier: "leader" });
    const read = await resolveRespondent(pageRequest(token), "read");
    expect(read.ok && read.respondent.responseId).toBe(response.id);
    expect(read.ok && read.respondent.questionnaire.items.length).toBeGreaterThan(0);
    const early = await resolveRespondent(routeRequest(token), "write");
    expect(early.ok ? null : early.refusal).toMatchObject({ problem: "not-consented", code: "conflict" });
    await recordConsent(token, { showName: false });
    const write = await resolveRespondent(routeRequest(token), "write");
    expect(write.ok && write.respondent).toMatchObject({ responseId: response.id, side: "it", tier: "leader" });
  });

  it("the token of a link being opened replaces the cookie's", async () => {
    const { token, response } = await createParticipant(db, { assessmentId, waveId, side: "marketing", tier: "team" });
    const opened = await resolveRespondent(routeRequest("someone-elses-cookie"), "read", { token });
    expect(opened.ok && opened.respondent.responseId).toBe(response.id);
    const unknown = await resolveRespondent(routeRequest(token), "read", { token: "not-a-token" });
    expect(unknown.ok ? null : unknown.refusal.problem).toBe("unknown");
  });
});
