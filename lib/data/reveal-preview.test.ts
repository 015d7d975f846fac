// Who would count if a wave were revealed now: the anonymity rule on consents and counts, in the sealed view the
// owner reads (getTeamResults authorizes; the preview rides on the sealed results).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { completeAnswers } from "@/lib/test/answers";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { facilitatorActor } from "@/lib/test/actor";
import { testDb } from "@/lib/test/db";
import { createSubmittedRespondent } from "@/lib/test/submitted";
import { createAssessment, createOrganization, createParticipant } from "@/prisma/factories";
import { seedReferenceData } from "@/prisma/seed-reference";
import type { SealedTeamResults } from "@/lib/results/types";
import { revealResults } from "./reveal-results";
import { getTeamResults } from "./team-results";

const db = testDb();
let owner: Actor;
let stranger: Actor;

const user = (name: string) => facilitatorActor(db, name);

beforeAll(async () => {
  await seedReferenceData(db);
  owner = await user("PreviewOwner");
  stranger = await user("PreviewStranger");
});

describe("reveal preview", () => {
  it("counts by the anonymity rule, reads no answer, and is the owner's only; none once revealed", async () => {
    const org = await createOrganization(db, { ownerId: owner.id });
    const a = await createAssessment(db, org.id);
    const waveId = a.waves[0]!.id;
    const add = (side: "marketing" | "it", tier: "leader" | "team", name: string, consentShowName = false) =>
      createSubmittedRespondent(db, { assessmentId: a.id, waveId, side, tier, name, consentShowName, answers: completeAnswers(QUESTIONNAIRE_V1, side, 1) });
    await add("marketing", "leader", "Secret Solo");
    await add("marketing", "team", "T1");
    await add("marketing", "team", "T2");
    await add("it", "leader", "Ravi Patel", true);
    await createParticipant(db, { assessmentId: a.id, waveId, side: "it", tier: "team" }); // invited only

    expect(await getTeamResults(stranger, a.id)).toBeNull();
    const sealed = (await getTeamResults(owner, a.id)) as SealedTeamResults;
    expect(sealed.sealed).toBe(true);
    const preview = sealed.preview!;
    expect(preview.counted).toEqual({ marketing: 0, it: 1 });
    expect(preview.soleRespondent).toEqual({ marketing: null, it: "Ravi Patel" });
    expect(preview.groups.filter((g) => g.suppressed).map((g) => `${g.side}:${g.tier}:${g.n}:${g.reason}`)).toEqual([
      "marketing:leader:1:sole-unnamed-leader",
      "marketing:team:2:small-team",
    ]);
    expect(JSON.stringify(preview)).not.toContain("Secret Solo");

    await add("marketing", "leader", "Second Leader");
    expect(((await getTeamResults(owner, a.id)) as SealedTeamResults).preview!.counted.marketing).toBe(2);
    await revealResults(owner, a.id);
    expect(await getTeamResults(owner, a.id)).not.toHaveProperty("preview");
  });
});
