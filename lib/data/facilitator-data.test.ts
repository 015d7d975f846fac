// Facilitator data functions against a real SQLite file: every query is scoped to the actor, and a list import
// is all or nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { testDb } from "@/lib/test/db";
import { seedReferenceData } from "@/prisma/seed-reference";
import { ActionError } from "@/lib/actions/action-error";
import { getAssessmentForActor } from "./access";
import { createAssessment, getAssessmentOverview, setWaveStatus } from "./assessments";
import { createOrganization, listOrganizationsForActor } from "./organizations";
import { addParticipants, regenerateInvite, revokeInvite } from "./participants";
import { loadRespondent } from "./respondent";
import { parseParticipantList } from "@/lib/validation/participant";

const db = testDb();
const actors: Record<"a" | "b" | "admin", Actor> = {} as never;

async function user(key: string, role: "facilitator" | "admin"): Promise<Actor> {
  const u = await db.user.create({ data: { name: `User ${key}`, email: `${key}@test.example`, role } });
  return { id: u.id, email: u.email, name: u.name, role, twoFactorEnabled: role === "admin" };
}

const orgInput = { name: "Acme", industry: "Retail", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" } as const;
const assessmentInput = (organizationId: string) => ({
  organizationId,
  title: "Alignment 2026",
  questionnaireVersionId: "v1",
  sourceIds: ["accenture-2012"],
  quorumMarketing: 2,
  quorumIt: 2,
});

beforeAll(async () => {
  await seedReferenceData(db);
  actors.a = await user("a", "facilitator");
  actors.b = await user("b", "facilitator");
  actors.admin = await user("admin", "admin");
});

describe("organizations and assessments are scoped to the actor", () => {
  it("a facilitator sees only their own organizations; an admin sees all", async () => {
    const org = await createOrganization(actors.a, { ...orgInput, name: "A's organization" });
    expect((await listOrganizationsForActor(actors.a)).map((o) => o.id)).toContain(org.id);
    expect((await listOrganizationsForActor(actors.b)).map((o) => o.id)).not.toContain(org.id);
    expect((await listOrganizationsForActor(actors.admin)).map((o) => o.id)).toContain(org.id);
    expect(await db.auditLog.count({ where: { action: "organization.create", targetId: org.id } })).toBe(1);
  });

  it("B can neither create an assessment in A's organization nor read, change or invite into A's assessment", async () => {
    const org = await createOrganization(actors.a, orgInput);
    await expect(createAssessment(actors.b, assessmentInput(org.id))).rejects.toBeInstanceOf(ActionError);
    const assessment = await createAssessment(actors.a, assessmentInput(org.id));
    expect(await getAssessmentForActor(actors.b, assessment.id)).toBeNull();
    expect(await getAssessmentOverview(actors.b, assessment.id)).toBeNull();
    await expect(setWaveStatus(actors.b, assessment.id, "closed")).rejects.toThrow("Assessment not found");
    await expect(addParticipants(actors.b, assessment.id, [{ name: "X", side: "it", tier: "team" }])).rejects.toThrow("Assessment not found");
    const [link] = await addParticipants(actors.a, assessment.id, [{ name: "Ravi", side: "it", tier: "leader" }]);
    await expect(regenerateInvite(actors.b, link!.participantId)).rejects.toThrow("Participant not found");
    await expect(revokeInvite(actors.b, link!.participantId)).rejects.toThrow("Participant not found");
    expect(await getAssessmentForActor(actors.admin, assessment.id)).not.toBeNull();
  });

  it("refuses an unknown benchmark source or questionnaire version", async () => {
    const org = await createOrganization(actors.a, orgInput);
    await expect(createAssessment(actors.a, { ...assessmentInput(org.id), sourceIds: ["made-up"] })).rejects.toThrow(/benchmark source/);
    await expect(createAssessment(actors.a, { ...assessmentInput(org.id), questionnaireVersionId: "v9" })).rejects.toThrow(/published questionnaire/);
  });
});

describe("participants and invitations", () => {
  it("adds participants with working links, counts completion, and regenerates or revokes links", async () => {
    const org = await createOrganization(actors.a, orgInput);
    const assessment = await createAssessment(actors.a, assessmentInput(org.id));
    const links = await addParticipants(actors.a, assessment.id, [
      { name: "Maya", side: "marketing", tier: "leader", email: "" },
      { name: "Ravi", side: "it", tier: "leader" },
    ]);
    expect(links).toHaveLength(2);
    const token = (l: string) => l.split("/r/")[1]!;
    expect((await loadRespondent(token(links[0]!.link))).context?.participantName).toBe("Maya");
    const overview = await getAssessmentOverview(actors.a, assessment.id);
    expect(overview!.completion.marketing.leader.invited).toBe(1);
    expect(overview!.completion.it.team.invited).toBe(0);

    const fresh = await regenerateInvite(actors.a, links[0]!.participantId);
    expect((await loadRespondent(token(links[0]!.link))).problem).toBe("unknown"); // the old link is dead
    expect((await loadRespondent(token(fresh.link))).context?.participantName).toBe("Maya");
    await revokeInvite(actors.a, links[1]!.participantId);
    expect((await loadRespondent(token(links[1]!.link))).problem).toBe("revoked");
  });

  it("a pasted list with one bad row is rejected whole, naming the row", async () => {
    const { rows, errors } = parseParticipantList("Maya Chen, maya@example.com, marketing, leader\nBad Row, not-an-email, sales, boss\n\nTom, , it, team");
    expect(rows.map((r) => r.name)).toEqual(["Maya Chen", "Tom"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(2);
    expect(errors[0]!.message).toMatch(/email/i);
    expect(errors[0]!.message).toMatch(/Side must be marketing or it/);
  });
});
