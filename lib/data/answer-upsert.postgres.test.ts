// PostgreSQL only: reads under READ COMMITTED see the last committed row, so the autosave's "not submitted yet"
// check needs a share lock to notice a submit that is committing on another connection (another instance). On
// SQLite, writers run one at a time (BEGIN IMMEDIATE, lib/db/adapter.test.ts), and the app's synchronous driver
// cannot wait on a second connection held open by the same test process.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { upsertAnswerRow } from "./answer-upsert";
import { recordConsent } from "./respondent";

const db = testDb();
let assessmentId = "";
let waveId = "";
beforeAll(async () => {
  ({ assessmentId, waveId } = await seededAssessment(db));
});

/** A submit in progress on a separate connection: the row is updated, the transaction not yet committed. */
async function openSubmit(responseId: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`UPDATE "Response" SET "status" = 'submitted', "submittedAt" = CURRENT_TIMESTAMP WHERE "id" = $1`, [responseId]);
  return {
    commit: async () => {
      await client.query("COMMIT");
      await client.end();
    },
    rollback: async () => {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

describe("the autosave write against a submit committing elsewhere", () => {
  it("waits for the submit, then writes nothing", async () => {
    const { token, response } = await createParticipant(db, { assessmentId, waveId, side: "it", tier: "leader" });
    await recordConsent(token, { showName: false });
    const submit = await openSubmit(response.id);
    const write = upsertAnswerRow(response.id, "v1:bl-agenda", 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await submit.commit();
    expect(await write).toBe(false);
    expect(await db.answer.count({ where: { responseId: response.id, itemId: "v1:bl-agenda" } })).toBe(0);
  });

  it("writes once a submit that was rolled back has released the row", async () => {
    const { token, response } = await createParticipant(db, { assessmentId, waveId, side: "it", tier: "leader" });
    await recordConsent(token, { showName: false });
    const submit = await openSubmit(response.id);
    const write = upsertAnswerRow(response.id, "v1:bl-agenda", 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await submit.rollback();
    expect(await write).toBe(true);
    expect((await db.answer.findFirstOrThrow({ where: { responseId: response.id, itemId: "v1:bl-agenda" } })).value).toBe(4);
  });
});
