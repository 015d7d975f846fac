// The export's workshop-outcome and action-plan parts, through the real CSV writer: the question in both sides'
// words, votes in the question's own option words, the page's question order, the plan's labels, text defused.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { PlanActionView } from "@/lib/plan/types";
import type { WorkshopOutcomeRecord } from "@/lib/results/workshop-outcome";
import { teamResultsCsv } from "./csv";
import { actionsPart, workshopOutcomesPart } from "./follow-up-rows";
import { summaryPart } from "./summary-rows";
import { fixtureResults, fixtureWithRecommendations } from "./test-fixture";

const results = fixtureResults();
const exportedAt = new Date("2026-12-02T09:00:00.000Z");
const agreementItems = results.items.filter((i) => i.kind === "agreement");
const [first, second] = [agreementItems[0]!, agreementItems[1]!];

const outcome = (itemKey: string, over: Partial<WorkshopOutcomeRecord> = {}): WorkshopOutcomeRecord => ({
  itemKey,
  outcome: "agreed",
  position: null,
  notes: null,
  votes: null,
  updatedAt: "2026-12-01T10:00:00.000Z",
  updatedBy: "Fran Facilitator",
  ...over,
});

const action = (over: Partial<PlanActionView> = {}): PlanActionView => ({
  id: "act-1",
  assessmentId: "a-1",
  waveNumber: 1,
  title: "Joint roadmap review",
  description: null,
  imperative: "strategic-partner",
  itemKeys: [first.key],
  ownerParticipantId: null,
  ownerName: "Ada CIO",
  dueDate: "2027-03-31",
  status: "ongoing",
  priority: "high",
  checklist: [
    { text: "Book the room", done: true },
    { text: "Agree the agenda", done: false },
  ],
  visibleToParticipants: true,
  origin: { kind: "gap", ref: first.key },
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-01T11:00:00.000Z",
  ...over,
});

describe("workshop outcomes part", () => {
  it("lists outcomes in the page's question order, with the outcome's words and the hands per option", () => {
    const part = workshopOutcomesPart(results, [
      outcome(second.key, { outcome: "needs-data", notes: "Ask finance" }),
      outcome(first.key, { position: "We share one roadmap", votes: { "strongly-agree": 3, disagree: 1 } }),
    ]);
    expect(part.rows.map((r) => r.item_key)).toEqual([first.key, second.key]);
    expect(part.rows[0]).toMatchObject({ outcome: "Agreed position", position: "We share one roadmap", question: first.prompt.marketing === first.prompt.it ? first.prompt.marketing : expect.stringContaining("(IT: ") });
    expect(part.rows[0]!.votes).toBe("Disagree 1; Strongly agree 3"); // the scale's order, not the entry order
    expect(part.rows[1]).toMatchObject({ outcome: "Needs data", notes: "Ask finance", votes: undefined, updated_by: "Fran Facilitator" });
  });

  it("says so for a question no longer in the questionnaire instead of dropping the outcome", () => {
    const part = workshopOutcomesPart(results, [outcome("retired-question")]);
    expect(part.rows).toEqual([expect.objectContaining({ item_key: "retired-question", question: "a question no longer in the questionnaire" })]);
  });
});

describe("actions part", () => {
  it("writes each action with its labels, owner, due date, checklist progress and origin", () => {
    const part = actionsPart([action(), action({ id: "act-2", title: "Data review", ownerName: null, dueDate: null, checklist: [], origin: null, status: "done", priority: "low" })]);
    expect(part.rows[0]).toMatchObject({
      action_title: "Joint roadmap review",
      imperative: expect.not.stringContaining("strategic-partner"),
      owner: "Ada CIO",
      due_date: "2027-03-31",
      status: "Ongoing",
      priority: "High",
      checklist: "1 of 2",
      visible_to_participants: "yes",
      origin: `Credible gap: ${first.key}`,
    });
    expect(part.rows[1]).toMatchObject({ status: "Done", priority: "Low", owner: undefined, due_date: undefined, checklist: undefined, origin: undefined });
  });
});

describe("the CSV with both parts", () => {
  it("appends them after the results' own parts, formula text defused", () => {
    const csv = teamResultsCsv(results, {
      exportedAt,
      extraParts: [workshopOutcomesPart(results, [outcome(first.key, { notes: "=HYPERLINK(\"x\")" })]), actionsPart([action({ title: "+cmd" })])],
    });
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const parts = [...new Set(rows.map((r) => r.part))];
    expect(parts.slice(-2)).toEqual(["workshop outcomes", "actions"]);
    expect(rows.find((r) => r.part === "workshop outcomes")!.notes).toBe("'=HYPERLINK(\"x\")");
    expect(rows.find((r) => r.part === "actions")!.action_title).toBe("'+cmd");
  });
});

describe("the executive summary in the summary part", () => {
  it("carries the page's findings and imperatives to act on first, each in its sentence", () => {
    const withFindings = fixtureWithRecommendations();
    const rows = summaryPart(withFindings, exportedAt).rows;
    expect(rows.find((r) => r.measure === "Executive summary")!.text).toBeTruthy();
    const findings = rows.filter((r) => String(r.measure).startsWith("Finding: "));
    expect(findings.length).toBeGreaterThanOrEqual(1);
    for (const f of findings) expect(f.text).toMatch(/\d/);
    expect(rows.filter((r) => String(r.measure).startsWith("Act on first: ")).length).toBeGreaterThanOrEqual(1);
  });

  it("says why there is no finding for a team that cannot support one", () => {
    const rows = summaryPart(results, exportedAt).rows;
    const none = rows.filter((r) => r.measure === "Finding" || String(r.measure).startsWith("Finding: "));
    expect(none.length).toBeGreaterThanOrEqual(1);
    if (none.every((r) => r.measure === "Finding")) expect(none[0]!.text).toMatch(/\w+/);
    expect(rows.filter((r) => r.measure === "Cannot be concluded with this many respondents").length).toBeGreaterThanOrEqual(1);
  });
});
