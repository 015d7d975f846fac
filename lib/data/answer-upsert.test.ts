// The autosave write on both databases; on SQLite, its group commit (several saves, one statement).
import { beforeAll, describe, expect, it } from "vitest";
import { isPostgres } from "@/lib/db/dialect";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { answerWrites, clearAnswerRow, upsertAnswerRow } from "./answer-upsert";
import { recordConsent } from "./respondent";

const db = testDb();
let assessmentId = "";
let waveId = "";
beforeAll(async () => {
  ({ assessmentId, waveId } = await seededAssessment(db));
});

async function respondent(side: "it" | "marketing" = "it") {
  const { token, response } = await createParticipant(db, { assessmentId, waveId, side, tier: "leader" });
  await recordConsent(token, { showName: false });
  return response.id;
}

/**
 * 600 saves over 6 respondents × 2 questions: save n goes to question n mod 12, so every 12 consecutive saves hold
 * each question once, and each question gets 50.
 */
async function sixHundredSaves(value: (n: number) => unknown) {
  const ids = await Promise.all(Array.from({ length: 6 }, () => respondent()));
  const items = ["v1:bl-agenda", "v1:bl-data-without-it"];
  const saves = Array.from({ length: 600 }, (_, n) => ({ responseId: ids[n % 6]!, itemId: items[Math.floor(n / 6) % 2]!, value: value(n) }));
  const stored = () => db.answer.findMany({ where: { responseId: { in: ids }, itemId: { in: items } } });
  return { saves, stored };
}

const questionOf = (v: { responseId: string; itemId: string }) => `${v.responseId}/${v.itemId}`;
const save = (v: { responseId: string; itemId: string; value: unknown }) => upsertAnswerRow(v.responseId, v.itemId, v.value);

describe("upsertAnswerRow", () => {
  it("saves many answers at once, each acknowledged only when stored, later saves of a question winning", async () => {
    const [a, b] = [await respondent(), await respondent("marketing")];
    const statsBefore = isPostgres() ? null : answerWrites().stats();
    const saves = [upsertAnswerRow(a, "v1:bl-agenda", 1), upsertAnswerRow(b, "v1:bl-agenda", 2), upsertAnswerRow(a, "v1:bl-data-without-it", 3)];
    // the same question again: the later save wins. On SQLite it joins the same batch, which writes in arrival
    // order; PostgreSQL runs concurrent statements on separate connections in no set order, so there it is sent
    // after the first one is acknowledged, as the browser's queue does (one request per question at a time)
    if (isPostgres()) await saves[0];
    saves.push(upsertAnswerRow(a, "v1:bl-agenda", 5));
    expect(await Promise.all(saves)).toEqual([true, true, true, true]);
    const rows = await db.answer.findMany({ where: { responseId: { in: [a, b] }, itemId: { in: ["v1:bl-agenda", "v1:bl-data-without-it"] } }, orderBy: [{ responseId: "asc" }, { itemId: "asc" }] });
    expect(rows.map((r) => [r.responseId === a ? "a" : "b", r.itemId, r.value]).sort()).toEqual([
      ["a", "v1:bl-agenda", 5],
      ["a", "v1:bl-data-without-it", 3],
      ["b", "v1:bl-agenda", 2],
    ]);
    if (statsBefore) {
      const after = answerWrites().stats();
      expect(after.jobs - statsBefore.jobs).toBe(4);
      expect(after.batches - statsBefore.batches).toBe(1); // one statement, one commit
    }
  });

  it("in a batch, writes nothing into a submitted response and says so to that save alone", async () => {
    const open = await respondent();
    const submitted = await respondent();
    await db.response.update({ where: { id: submitted }, data: { status: "submitted", submittedAt: new Date() } });
    expect(await Promise.all([upsertAnswerRow(open, "v1:bl-agenda", 4), upsertAnswerRow(submitted, "v1:bl-agenda", 4)])).toEqual([true, false]);
    expect(await db.answer.count({ where: { responseId: submitted, itemId: "v1:bl-agenda" } })).toBe(0);
    expect(await db.answer.count({ where: { responseId: open, itemId: "v1:bl-agenda" } })).toBe(1);
  });

  it("a save for a response that does not exist fails alone; the others in its batch are stored", async () => {
    const open = await respondent();
    const results = await Promise.allSettled([upsertAnswerRow(open, "v1:bl-agenda", 3), upsertAnswerRow(open, "v1:no-such-item", 3)]);
    expect(results[0]).toEqual({ status: "fulfilled", value: true });
    expect(results[1]!.status).toBe("rejected"); // the item's foreign key
    expect(await db.answer.count({ where: { responseId: open, itemId: "v1:bl-agenda" } })).toBe(1);
  });

  it("keeps up with 600 concurrent saves (more than one statement's worth) without losing one", async () => {
    const { saves, stored } = await sixHundredSaves((n) => 1 + (n % 5));
    // SQLite: all 600 at once; its queue writes them in arrival order, so the last sent wins. PostgreSQL runs
    // concurrent statements on separate connections and commits them in no set order, so there a question's saves
    // go one after another (as the browser's queue sends them): 50 rounds of 12 at once, one per question
    const saved: boolean[] = [];
    if (isPostgres()) for (let n = 0; n < saves.length; n += 12) saved.push(...(await Promise.all(saves.slice(n, n + 12).map(save))));
    else saved.push(...(await Promise.all(saves.map(save))));
    expect(saved).toHaveLength(600);
    expect(saved.every(Boolean)).toBe(true);
    // the last value sent for each (response, question) is the one stored
    const last = new Map(saves.map((v) => [questionOf(v), v.value]));
    const rows = await stored();
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row.value, questionOf(row)).toBe(last.get(questionOf(row)));
  });

  it("600 saves at once, 50 to each question at the same time: every one acknowledged, each row holding a value sent for it", async () => {
    // on PostgreSQL, which of a question's concurrent saves commits last is not set (two tabs, two instances); none
    // may fail (the unique key under concurrent inserts) or be refused, and no row may hold another question's value
    const { saves, stored } = await sixHundredSaves((n) => n); // each value names its save
    expect((await Promise.all(saves.map(save))).every(Boolean)).toBe(true);
    const rows = await stored();
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(questionOf(saves[row.value as number]!), `the save stored in ${questionOf(row)}`).toBe(questionOf(row));
  });

  it("a clear keeps its place in the queue: saved then cleared at once ends cleared, cleared then saved ends saved", async () => {
    const id = await respondent();
    // SQLite: both in one queue, sent at once; PostgreSQL has no queue (concurrent requests have no order there), so
    // one after the other
    const inOrder = async <T>(first: () => Promise<T>, second: () => Promise<T>) => (isPostgres() ? [await first(), await second()] : Promise.all([first(), second()]));
    expect(await inOrder(() => upsertAnswerRow(id, "v1:tr-one-change", "first"), () => clearAnswerRow(id, "v1:tr-one-change"))).toEqual([true, true]);
    expect(await db.answer.count({ where: { responseId: id, itemId: "v1:tr-one-change" } })).toBe(0);
    expect(await inOrder(() => clearAnswerRow(id, "v1:tr-one-change"), () => upsertAnswerRow(id, "v1:tr-one-change", "second"))).toEqual([true, true]);
    expect((await db.answer.findFirstOrThrow({ where: { responseId: id, itemId: "v1:tr-one-change" } })).value).toBe("second");
  });

  it("a clear of a submitted response is refused", async () => {
    const id = await respondent();
    await db.response.update({ where: { id }, data: { status: "submitted", submittedAt: new Date() } });
    expect(await clearAnswerRow(id, "v1:bl-agenda")).toBe(false);
  });
});
