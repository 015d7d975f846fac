// Demo data for a fresh installation: clearly labelled, excluded from any benchmark panel (isDemo).
import type { Db } from "../lib/db/create-db";
import type { Side, Tier } from "../lib/domain";
import { parseEnv } from "../lib/env";
import { DEFAULT_QUESTIONNAIRE_VERSION } from "../lib/questionnaire/builtin";
import { demoInviteToken } from "../lib/tokens";
import { createAssessment, createOrganization, createParticipant } from "./factories";
import { seedDemoPanel } from "./seed-panel-demo";
import { seedDemoUsers } from "./seed-users";
import type { SeedSummary } from "./seed";

export const DEMO_ORGANIZATION = "Northwind Mutual (demo)";

export const DEMO_PARTICIPANTS: { key: string; name: string; side: Side; tier: Tier; title: string }[] = [
  { key: "marketing-leader", name: "Maya Chen", side: "marketing", tier: "leader", title: "Chief Marketing Officer" },
  { key: "it-leader", name: "Ravi Patel", side: "it", tier: "leader", title: "Chief Information Officer" },
  { key: "marketing-team-1", name: "Sofia Alvarez", side: "marketing", tier: "team", title: "Head of Digital Marketing" },
  { key: "marketing-team-2", name: "Tom Becker", side: "marketing", tier: "team", title: "Marketing Analytics Lead" },
  { key: "it-team-1", name: "Aisha Okafor", side: "it", tier: "team", title: "Head of Marketing Technology" },
  { key: "it-team-2", name: "Lukas Novak", side: "it", tier: "team", title: "Enterprise Architect" },
];

/** Links to print: derived from the secret, so they are the same on every start. */
export function demoLinks(secret: string): SeedSummary["links"] {
  return DEMO_PARTICIPANTS.map((p) => ({
    label: `${p.title} (${p.name})`,
    path: `/r/${demoInviteToken(secret, p.key)}`,
  }));
}

export async function seedDemo(db: Db): Promise<SeedSummary> {
  const secret = parseEnv().BRIDGE_SECRET;
  const isEmpty = (await db.organization.count()) === 0 && (await db.user.count()) === 0;
  const logins = await seedDemoUsers(db); // after the emptiness check, which counts users
  if (isEmpty) {
    const facilitatorId = logins.find((l) => l.role === "facilitator")?.userId;
    await db.$transaction(async (tx) => {
      const client = tx as unknown as Db;
      const org = await createOrganization(client, {
        name: DEMO_ORGANIZATION,
        industry: "Insurance",
        region: "eala",
        revenueBand: "1-5bn",
        businessModel: "b2b2c",
        isDemo: true,
        ownerId: facilitatorId,
      });
      // a new assessment, as a facilitator would create it today: the newest published questionnaire (v2)
      const assessment = await createAssessment(client, org.id, {
        title: "Marketing-IT alignment (demo)",
        questionnaireVersionId: DEFAULT_QUESTIONNAIRE_VERSION,
        // the four surveys v2's items are compared with (the 2012 press article only restates the 2012 report)
        sourceIds: ["accenture-2012", "accenture-2014", "cmo-council-2010", "forrester-2014"],
        createdById: facilitatorId,
      });
      const wave = assessment.waves[0]!;
      for (const p of DEMO_PARTICIPANTS) {
        await createParticipant(client, {
          assessmentId: assessment.id,
          waveId: wave.id,
          side: p.side,
          tier: p.tier,
          name: p.name,
          title: p.title,
          email: `${p.key}@northwind.example`,
          token: demoInviteToken(secret, p.key),
        });
      }
    });
    await seedDemoPanel(db);
  }
  return { demoCreated: isEmpty, logins: logins.map(({ role, email, password }) => ({ role, email, password })), links: demoLinks(secret) };
}
