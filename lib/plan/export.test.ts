import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { planCsv, planIcs } from "./export";
import type { PlanActionView } from "./types";

const action = (over: Partial<PlanActionView>): PlanActionView => ({
  id: "a1",
  assessmentId: "as1",
  waveNumber: 1,
  title: "Title",
  description: null,
  imperative: "trust",
  itemKeys: [],
  ownerParticipantId: null,
  ownerName: null,
  dueDate: null,
  status: "planned",
  priority: "medium",
  checklist: [],
  visibleToParticipants: false,
  origin: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  ...over,
});

describe("plan exports", () => {
  it("CSV: every text cell that a spreadsheet would read as a formula is defused, line by line", () => {
    const csv = planCsv([
      action({ title: '=HYPERLINK("http://evil.example","x")', description: "ok\n+cmd|' /C calc'!A0", ownerName: "@SUM(1+1)", checklist: [{ text: "-2+3", done: true }], itemKeys: ["a", "b"] }),
    ]);
    const [row] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.title).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row!.description).toBe("ok\n'+cmd|' /C calc'!A0");
    expect(row!.owner).toBe("'@SUM(1+1)");
    expect(row!.checklist).toBe("[x] -2+3");
    expect(row).toMatchObject({ checklist_done: "1", checklist_total: "1", linked_items: "a b", imperative_label: "Trust", wave: "1" });
  });

  it("ICS: only actions with a due date, the UID from the action id", () => {
    const ics = planIcs("Plan", [action({ id: "x1", dueDate: "2026-03-04", ownerName: "Jo" }), action({ id: "x2" })], "http://localhost:3000");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain("UID:x1@bridge-plan");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260304");
    expect(ics.replace(/\r\n /g, "")).toContain("Owner: Jo");
  });
});
