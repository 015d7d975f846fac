// Playwright fixtures: data is created through Prisma on the e2e database (never through the UI).
import { test as base } from "@playwright/test";
import { createDb, type Db } from "../../lib/db/create-db";
import type { Side, Tier } from "../../lib/domain";
import { createAssessment, createOrganization, createParticipant } from "../../prisma/factories";

/** The e2e server's database: set by playwright.postgres.config.ts (a PostgreSQL URL), else playwright.config.ts's SQLite file. */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || `file:./${process.env.E2E_TMP ?? "e2e/.tmp"}/e2e.db`;

/** The profile of the invite fixture's organization (the facilitator's facts: prefilled, not asked). */
export const E2E_ORGANIZATION = { industry: "Banking", region: "eala", revenueBand: "1-5bn", businessModel: "b2c" };

export interface Invite {
  token: string;
  responseId: string;
  link: string;
}

interface Fixtures {
  db: Db;
  invite: (side: Side, tier?: Tier, name?: string) => Promise<Invite>;
}

export const test = base.extend<Fixtures>({
  db: async ({}, use) => {
    const db = createDb(E2E_DATABASE_URL);
    await use(db);
    await db.$disconnect();
  },
  invite: async ({ db }, use) => {
    const org = await createOrganization(db, { name: `E2E organization ${Date.now()}`, ...E2E_ORGANIZATION });
    const assessment = await createAssessment(db, org.id, { title: "E2E assessment" });
    const waveId = assessment.waves[0]!.id;
    await use(async (side, tier = "leader", name) => {
      const { token, response } = await createParticipant(db, { assessmentId: assessment.id, waveId, side, tier, name: name ?? `E2E ${side} ${tier}` });
      return { token, responseId: response.id, link: `/r/${token}` };
    });
  },
});

export { expect } from "@playwright/test";
