// The respondent data layer against a real SQLite file: every rule a tampered or buggy client could break.
import { beforeAll, describe, expect, it } from "vitest";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createAssessment, createOrganization, createParticipant } from "@/prisma/factories";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { loadRespondent, loadWriter, recordConsent, saveAnswer, submitResponse, missingItems } from "./respondent";
import { completeAnswers } from "@/lib/test/answers";

const db = testDb();
let waveId = "";
let assessmentId = "";

beforeAll(async () => {
  ({ assessmentId, waveId } = await seededAssessment(db));
});

async function newRespondent(side: "marketing" | "it" = "marketing", consent = true) {
  const { token, response } = await createParticipant(db, { assessmentId, waveId, side, tier: "leader" });
  if (consent) await recordConsent(token, { showName: true });
  return { token, responseId: response.id };
}

async function storedAnswers(responseId: string) {
  const rows = await db.answer.findMany({ where: { responseId }, include: { item: true } });
  return Object.fromEntries(rows.map((r) => [r.item.key, r.value]));
}

async function expectRefused(promise: Promise<unknown>, status: number, message?: RegExp, code?: AppErrorCode) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  if (message) expect((error as AppError).message).toMatch(message);
  if (code) expect((error as AppError).code).toBe(code);
}

describe("loading a respondent by token", () => {
  it("explains unknown, revoked and expired links", async () => {
    expect((await loadRespondent("nope")).problem).toBe("unknown");
    const revoked = await newRespondent("it", false);
    await db.response.update({ where: { id: revoked.responseId }, data: { tokenRevokedAt: new Date() } });
    expect((await loadRespondent(revoked.token)).problem).toBe("revoked");
    const expired = await newRespondent("it", false);
    await db.response.update({ where: { id: expired.responseId }, data: { tokenExpiresAt: new Date(Date.now() - 1000) } });
    expect((await loadRespondent(expired.token)).problem).toBe("expired");
  });

  it("a closed wave stops an unsubmitted link; a submitted one stays readable (results) but not writable", async () => {
    const open = await newRespondent("it");
    const done = await newRespondent("marketing");
    await db.response.update({ where: { id: done.responseId }, data: { status: "submitted", submittedAt: new Date() } });
    const org = await createOrganization(db);
    const closed = await createAssessment(db, org.id);
    const late = await createParticipant(db, { assessmentId: closed.id, waveId: closed.waves[0]!.id, side: "it", tier: "team" });
    await recordConsent(late.token, { showName: false });
    await db.wave.update({ where: { id: closed.waves[0]!.id }, data: { status: "closed" } });
    expect((await loadRespondent(late.token)).problem).toBe("closed");
    expect((await loadWriter(late.token)).problem).toBe("closed");
    expect((await loadRespondent(done.token)).context?.status).toBe("submitted");
    expect((await loadWriter(done.token)).problem).toBe("submitted");
    expect((await loadWriter(open.token)).writer?.responseId).toBe(open.responseId);
    expect((await loadWriter("x".repeat(201))).problem).toBe("unknown");
  });

  it("consent and submit through a dead link are refused with the link's code", async () => {
    await expectRefused(recordConsent("no-such-token", { showName: false }), 401, /not valid/, "unauthenticated");
    const revoked = await newRespondent("it");
    await db.response.update({ where: { id: revoked.responseId }, data: { tokenRevokedAt: new Date() } });
    await expectRefused(submitResponse(revoked.token), 410, /can no longer be used/, "gone");
    await expectRefused(saveAnswer(revoked.token, "bl-agenda", 3), 410, /can no longer be used/, "gone");
  });

  it("stores only the token's hash", async () => {
    const { token, responseId } = await newRespondent();
    const row = await db.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
  });
});

describe("consent", () => {
  it("records consent once and fills side and tier from the invitation", async () => {
    const { token, responseId } = await newRespondent("it", false);
    await recordConsent(token, { showName: false });
    const row = await db.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.status).toBe("started");
    expect(await storedAnswers(responseId)).toMatchObject({ "context-side": "it", "context-tier": "leader" });
  });

  it("autosave is refused before consent", async () => {
    const { token } = await newRespondent("marketing", false);
    await expectRefused(saveAnswer(token, "bl-agenda", 4), 409, /welcome page/, "conflict");
  });
});

describe("autosave", () => {
  it("upserts one answer per item (idempotent) and can clear it", async () => {
    const { token, responseId } = await newRespondent();
    await saveAnswer(token, "bl-agenda", 2);
    await saveAnswer(token, "bl-agenda", 5);
    await saveAnswer(token, "bl-agenda", 5);
    expect(await db.answer.count({ where: { responseId, item: { key: "bl-agenda" } } })).toBe(1);
    expect((await storedAnswers(responseId))["bl-agenda"]).toBe(5);
    await saveAnswer(token, "bl-agenda", null);
    expect((await storedAnswers(responseId))["bl-agenda"]).toBeUndefined();
  });

  it.each([
    ["an unknown item", "no-such-item", 3, 400, /Unknown question/],
    ["a scale value out of range", "bl-agenda", 6, 422, /scale/],
    ["a trade-off summing to 101", "bl-tradeoff", { "data-access": 50, "privacy-security": 50, speed: 1 }, 422, /more than 100/],
    ["an option that does not exist", "tr-obstacles", ["made-up"], 422, /listed options/],
    ["four choices where three are allowed", "tr-obstacles", ["it-expertise", "it-resistance", "wrong-solution", "solution-complexity"], 422, /up to 3/],
    ["a text over 2,000 characters", "tr-one-change", "x".repeat(2001), 422, /2000/],
    ["a prediction over 100", "sp-priority", { self: 4, predicted: 101 }, 422, /0 to 100/],
    ["a side taken from the invitation", "context-side", "it", 400, /invitation/],
    ["an industry taken from the organization's profile", "context-industry", "retail", 400, /organization's profile/],
    ["a ranking with an option twice", "tr-relationships", ["ceo", null, "ceo"], 422, /once/],
    ["a ranking with five positions of four", "tr-relationships", ["ceo", "cfo", "coo", "sales", "product"], 422, /at most 4/],
  ])("refuses %s and stores nothing", async (_label, key, value, status, message) => {
    const { token, responseId } = await newRespondent();
    const before = await storedAnswers(responseId);
    await expectRefused(saveAnswer(token, key, value), status, message);
    expect(await storedAnswers(responseId)).toEqual(before);
  });

  it("accepts partial answers while drafting (a trade-off below 100, a mirror without prediction, a ranking with an empty 1st)", async () => {
    const { token, responseId } = await newRespondent();
    await saveAnswer(token, "bl-tradeoff", { "data-access": 40 });
    await saveAnswer(token, "sp-priority", { self: 2 });
    await saveAnswer(token, "tr-relationships", [null, "cfo"]);
    expect(await storedAnswers(responseId)).toMatchObject({ "bl-tradeoff": { "data-access": 40 }, "sp-priority": { self: 2 }, "tr-relationships": [null, "cfo"] });
    // reloading gives the ranking back as saved, and it is not complete until every position is filled
    const { context } = await loadRespondent(token);
    expect(context!.answers["tr-relationships"]).toEqual([null, "cfo"]);
    expect(missingItems(QUESTIONNAIRE_V1, "marketing", context!.answers).map((i) => i.key)).toContain("tr-relationships");
  });
});

describe("submit", () => {
  it("enforces required items on the server and names what is missing", async () => {
    const { token, responseId } = await newRespondent();
    await saveAnswer(token, "bl-agenda", 4);
    const error = (await submitResponse(token).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("unprocessable");
    expect(error.status).toBe(422);
    expect(Object.keys(error.fieldErrors ?? {})).toContain("sp-priority");
    expect(Object.keys(error.fieldErrors ?? {})).not.toContain("bl-agenda");
    expect((await db.response.findUniqueOrThrow({ where: { id: responseId } })).status).toBe("started");
  });

  it("is idempotent: concurrent submits create one submission, then the response is read-only", async () => {
    const { token, responseId } = await newRespondent("it");
    const { prefilled } = (await loadRespondent(token)).context!;
    for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, "it", 1, prefilled))) await saveAnswer(token, key, value);
    expect(missingItems(QUESTIONNAIRE_V1, "it", await storedAnswers(responseId))).toEqual([]);
    const results = await Promise.all([submitResponse(token), submitResponse(token), submitResponse(token)]);
    const times = new Set(results.map((r) => r.submittedAt.toISOString()));
    expect(times.size).toBe(1);
    const row = await db.response.findUniqueOrThrow({ where: { id: responseId } });
    expect(row.status).toBe("submitted");
    expect(row.submittedAt?.toISOString()).toBe([...times][0]);
    await expectRefused(saveAnswer(token, "bl-agenda", 1), 409, /submitted/, "conflict");
  });

  it("a consent or an autosave racing a submit never reopens the response", async () => {
    for (let i = 0; i < 5; i++) {
      const { token, responseId } = await newRespondent("marketing");
      const { prefilled } = (await loadRespondent(token)).context!;
      for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, "marketing", 1, prefilled))) await saveAnswer(token, key, value);
      await Promise.allSettled([recordConsent(token, { showName: false }), submitResponse(token), saveAnswer(token, "bl-agenda", 1), recordConsent(token, { showName: true })]);
      const row = await db.response.findUniqueOrThrow({ where: { id: responseId } });
      expect(row.status).toBe("submitted");
      expect(row.submittedAt).toBeInstanceOf(Date);
    }
  });

  it("no autosave racing a submit writes into the submitted response (30 races of 6 saves and a submit)", async () => {
    const keys = QUESTIONNAIRE_V1.items.filter((i) => i.kind === "agreement" && !i.mirror).map((i) => i.key).slice(0, 6);
    const late: string[] = [];
    for (let round = 0; round < 30; round++) {
      const { token, responseId } = await newRespondent("it");
      const { prefilled } = (await loadRespondent(token)).context!;
      const filled = completeAnswers(QUESTIONNAIRE_V1, "it", 1, prefilled);
      for (const [key, value] of Object.entries(filled)) await saveAnswer(token, key, value);
      const saves = keys.map((key) => saveAnswer(token, key, 2));
      const [submitted, ...saved] = await Promise.allSettled([submitResponse(token), ...saves]);
      expect(submitted.status).toBe("fulfilled");
      const row = await db.response.findUniqueOrThrow({ where: { id: responseId } });
      const answers = await db.answer.findMany({ where: { responseId, item: { key: { in: keys } } }, include: { item: true } });
      for (const a of answers) if (a.updatedAt > row.submittedAt!) late.push(`${round}:${a.item.key}`);
      // an acknowledged save is stored; a refused one wrote nothing (the key keeps its earlier answer)
      for (const [i, key] of keys.entries()) {
        const value = answers.find((a) => a.item.key === key)?.value;
        expect(value, `${round}:${key}`).toEqual(saved[i]!.status === "fulfilled" ? 2 : filled[key]);
      }
    }
    expect(late).toEqual([]);
  });

  it("the answer write itself refuses a submitted response", async () => {
    const { token, responseId } = await newRespondent("it");
    await db.response.update({ where: { id: responseId }, data: { status: "submitted", submittedAt: new Date() } });
    const { upsertAnswerRow } = await import("./answer-upsert");
    expect(await upsertAnswerRow(responseId, "v1:bl-agenda", 3)).toBe(false);
    expect(await db.answer.count({ where: { responseId, itemId: "v1:bl-agenda" } })).toBe(0);
    await expectRefused(saveAnswer(token, "bl-agenda", 3), 409);
  });
});

describe("answers prefilled from the organization's profile", () => {
  async function respondentOf(profile: { industry: string | null; region: string | null; revenueBand: string | null; businessModel: string | null }) {
    const org = await createOrganization(db);
    await db.organization.update({ where: { id: org.id }, data: profile });
    const assessment = await createAssessment(db, org.id);
    const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId: assessment.waves[0]!.id, side: "marketing", tier: "team" });
    return { token, responseId: response.id, organizationId: org.id };
  }

  it("stores the organization's facts as answers at consent, never asks them, and counts them on submit", async () => {
    const { token, responseId } = await respondentOf({ industry: "Consumer Goods & Services", region: "apac", revenueBand: "over-5bn", businessModel: "b2b2c" });
    await recordConsent(token, { showName: false });
    expect(await storedAnswers(responseId)).toEqual({
      "context-side": "marketing",
      "context-tier": "team",
      "context-industry": "consumer-goods-and-services",
      "context-region": "apac",
      "context-revenue": "over-5bn",
      "context-business-model": "b2b2c",
    });
    const { context } = await loadRespondent(token);
    expect(Object.keys(context!.prefilled).sort()).toEqual(["context-business-model", "context-industry", "context-region", "context-revenue", "context-side", "context-tier"]);
    expect(context!.prefilled["context-industry"]).toEqual({ value: "consumer-goods-and-services", source: "organization" });
    // growth is not on the organization: still asked
    await expectRefused(saveAnswer(token, "context-region", "eala"), 400, /organization's profile/);
    await saveAnswer(token, "context-growth", "flat");
    const missing = missingItems(QUESTIONNAIRE_V1, "marketing", context!.answers).map((i) => i.key);
    expect(missing.filter((k) => k.startsWith("context-"))).toEqual(["context-growth"]);
  });

  it("asks what the profile lacks, and an answer outside the item's options is not prefilled", async () => {
    const { token, responseId } = await respondentOf({ industry: "Shipbuilding", region: null, revenueBand: "1-5bn", businessModel: null });
    await recordConsent(token, { showName: false });
    const stored = await storedAnswers(responseId);
    expect(stored["context-revenue"]).toBe("1-5bn");
    expect(stored).not.toHaveProperty("context-industry");
    expect(stored).not.toHaveProperty("context-region");
    await saveAnswer(token, "context-industry", "retail");
    await saveAnswer(token, "context-region", "eala");
    expect(await storedAnswers(responseId)).toMatchObject({ "context-industry": "retail", "context-region": "eala" });
  });

  it("a response that consented before the profile was entered counts it at once and stores it on submit", async () => {
    const { token, responseId, organizationId } = await respondentOf({ industry: null, region: null, revenueBand: null, businessModel: null });
    await recordConsent(token, { showName: false });
    await saveAnswer(token, "context-industry", "retail"); // answered while the profile was empty
    await db.organization.update({ where: { id: organizationId }, data: { industry: "Banking", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" } });
    const { context } = await loadRespondent(token);
    expect(context!.answers["context-industry"]).toBe("banking"); // the organization's profile wins
    for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, "marketing", 3, context!.prefilled))) await saveAnswer(token, key, value);
    await submitResponse(token);
    expect(await storedAnswers(responseId)).toMatchObject({ "context-industry": "banking", "context-region": "eala", "context-revenue": "1-5bn", "context-business-model": "b2c" });
  });
});
