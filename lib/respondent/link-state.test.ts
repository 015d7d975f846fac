import { describe, expect, it } from "vitest";
import { httpStatusOf } from "@/lib/errors/app-error";
import { linkProblem, linkProblemPath, linkRefusal, type LinkFacts, type LinkProblem } from "./link-state";

const now = new Date("2026-12-01T12:00:00Z");
const before = new Date("2026-11-30T12:00:00Z");
const after = new Date("2026-12-02T12:00:00Z");

const live: LinkFacts = { removedAt: null, tokenRevokedAt: null, tokenExpiresAt: null, status: "started", consentAt: before, waveStatus: "open" };

describe("linkProblem", () => {
  it.each<[string, LinkFacts | null, LinkProblem | null, LinkProblem | null]>([
    // label, facts, read, write
    ["a live, consented link", live, null, null],
    ["a live link that expires later", { ...live, tokenExpiresAt: after }, null, null],
    ["no response with this token", null, "unknown", "unknown"],
    ["a removed participant", { ...live, removedAt: before }, "unknown", "unknown"],
    ["a withdrawn link", { ...live, tokenRevokedAt: before }, "revoked", "revoked"],
    ["a withdrawn link of a removed participant", { ...live, tokenRevokedAt: before, removedAt: before }, "unknown", "unknown"],
    ["an expired link", { ...live, tokenExpiresAt: before }, "expired", "expired"],
    ["a link expiring this instant", { ...live, tokenExpiresAt: now }, "expired", "expired"],
    ["a withdrawn and expired link", { ...live, tokenRevokedAt: before, tokenExpiresAt: before }, "revoked", "revoked"],
    ["a closed wave", { ...live, waveStatus: "closed" }, "closed", "closed"],
    ["a closed wave, not yet consented", { ...live, waveStatus: "closed", consentAt: null, status: "invited" }, "closed", "closed"],
    ["a submitted response", { ...live, status: "submitted" }, null, "submitted"],
    ["a submitted response in a closed wave (results stay readable)", { ...live, status: "submitted", waveStatus: "closed" }, null, "submitted"],
    ["a submitted response with a withdrawn link", { ...live, status: "submitted", tokenRevokedAt: before }, "revoked", "revoked"],
    ["a withdrawn link of an earlier wave (the next one started)", { ...live, tokenRevokedAt: before, waveStatus: "closed", laterWave: true }, "closed", "closed"],
    ["a submitted response of an earlier wave", { ...live, status: "submitted", tokenRevokedAt: before, waveStatus: "closed", laterWave: true }, "closed", "closed"],
    ["a link withdrawn in the current wave, then the wave closed", { ...live, tokenRevokedAt: before, waveStatus: "closed", laterWave: false }, "revoked", "revoked"],
    ["an invited respondent before consent", { ...live, status: "invited", consentAt: null }, null, "not-consented"],
  ])("%s", (_label, facts, read, write) => {
    expect(linkProblem(facts, "read", now)).toBe(read);
    expect(linkProblem(facts, "write", now)).toBe(write);
  });
});

describe("linkRefusal", () => {
  it.each<[LinkProblem, number, RegExp]>([
    ["missing", 401, /Open your invitation link first/],
    ["unknown", 401, /not valid/],
    ["revoked", 410, /can no longer be used/],
    ["expired", 410, /can no longer be used/],
    ["closed", 410, /closed/],
    ["submitted", 409, /submitted/],
    ["not-consented", 409, /welcome page/],
  ])("%s answers %i", (problem, status, message) => {
    const refusal = linkRefusal(problem);
    expect(refusal.problem).toBe(problem);
    expect(httpStatusOf(refusal.code)).toBe(status);
    expect(refusal.message).toMatch(message);
  });

  it("the link-problem page is named by the problem", () => {
    expect(linkProblemPath("revoked")).toBe("/respond/link-problem?reason=revoked");
  });
});
