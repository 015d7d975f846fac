import { describe, expect, it } from "vitest";
import { workshopOutcomeFromForm, ZWorkshopOutcome, ZWorkshopQuery } from "./workshop";

const base = { assessmentId: "a1", waveNumber: "1", itemKey: "sp-need-alignment", outcome: "needs-data" };

describe("ZWorkshopOutcome", () => {
  it("normalizes free text (line breaks, spaces, empty = none) and keeps only counted votes", () => {
    const parsed = ZWorkshopOutcome.parse({
      ...base,
      position: "  Line one\r\nline two  ",
      notes: "   ",
      votes: [
        { option: "yes", count: "3" },
        { option: "no", count: "" },
      ],
    });
    expect(parsed).toEqual({ assessmentId: "a1", waveNumber: 1, itemKey: "sp-need-alignment", outcome: "needs-data", position: "Line one\nline two", notes: null, votes: { yes: 3 } });
    expect(ZWorkshopOutcome.parse(base)).toMatchObject({ position: null, notes: null, votes: null });
  });

  it("keeps markup and formula-like text as text (it is escaped where shown, defused in files)", () => {
    const text = `<script>alert(1)</script><img src=x onerror=alert(2)> =HYPERLINK("http://x","y")`;
    expect(ZWorkshopOutcome.parse({ ...base, notes: text }).notes).toBe(text);
  });

  it("refuses control characters, bidirectional overrides and over-long text, naming the field", () => {
    for (const bad of ["a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085", "rtl\u202Eevil", "iso\u2066x"]) {
      const r = ZWorkshopOutcome.safeParse({ ...base, notes: bad });
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error!.issues[0]!.path).toEqual(["notes"]);
    }
    expect(ZWorkshopOutcome.safeParse({ ...base, notes: "tab\tand\nnew line" }).success).toBe(true);
    expect(ZWorkshopOutcome.safeParse({ ...base, position: "x".repeat(2000) }).success).toBe(true);
    const long = ZWorkshopOutcome.safeParse({ ...base, position: "x".repeat(2001) });
    expect(long.error!.issues[0]).toMatchObject({ path: ["position"], message: "At most 2,000 characters" });
    // a textarea's CRLF line breaks count once
    expect(ZWorkshopOutcome.safeParse({ ...base, position: "x\r\n".repeat(666) + "xx" }).success).toBe(true);
  });

  it("an agreed outcome needs its position; the outcome must be one of three", () => {
    expect(ZWorkshopOutcome.safeParse({ ...base, outcome: "agreed" }).error!.issues[0]!.path).toEqual(["position"]);
    expect(ZWorkshopOutcome.safeParse({ ...base, outcome: "agreed", position: "Shared" }).success).toBe(true);
    expect(ZWorkshopOutcome.safeParse({ ...base, outcome: "decided" }).error!.issues[0]!.message).toBe("Choose an outcome");
  });

  it("votes: whole numbers from 0 to 10,000, each answer once, option ids only", () => {
    const votes = (v: unknown) => ZWorkshopOutcome.safeParse({ ...base, votes: v });
    expect(votes([{ option: "yes", count: 0 }]).data?.votes).toEqual({ yes: 0 });
    expect(votes([{ option: "yes", count: "10000" }]).success).toBe(true);
    for (const bad of ["-1", "1.5", "10001", "abc", "1e9"]) expect(votes([{ option: "yes", count: bad }]).success, bad).toBe(false);
    expect(votes([{ option: "yes", count: "1" }, { option: "yes", count: "2" }]).success).toBe(false);
    expect(votes([{ option: "Yes <b>", count: "1" }]).success).toBe(false);
    expect(votes([{ option: "__proto__", count: "1" }]).success).toBe(false);
    expect(votes(Array.from({ length: 101 }, (_, i) => ({ option: `o${i}`, count: "1" }))).success).toBe(false);
  });

  it("refuses malformed ids", () => {
    expect(ZWorkshopOutcome.safeParse({ ...base, assessmentId: "../x" }).success).toBe(false);
    expect(ZWorkshopOutcome.safeParse({ ...base, itemKey: "Sp Need" }).success).toBe(false);
    expect(ZWorkshopOutcome.safeParse({ ...base, waveNumber: "0" }).success).toBe(false);
  });
});

describe("workshopOutcomeFromForm", () => {
  it("reads a form post as react-hook-form names its fields", () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    for (const [k, v] of Object.entries(base)) form.set(k, v);
    form.set("notes", "n");
    form.set("votes.1.option", "no");
    form.set("votes.1.count", "2");
    form.set("votes.0.option", "yes");
    form.set("votes.0.count", "");
    form.set("votes.1000.count", "9");
    expect(workshopOutcomeFromForm(form)).toEqual({ ...base, notes: "n", votes: [{ option: "yes", count: "" }, { option: "no", count: "2" }] });
    expect(ZWorkshopOutcome.parse(workshopOutcomeFromForm(form)).votes).toEqual({ no: 2 });
  });
});

describe("ZWorkshopQuery", () => {
  it("reads the wave, the screen and present mode, ignoring anything else", () => {
    expect(ZWorkshopQuery.parse({ wave: "2", gap: "3", present: "1" })).toEqual({ wave: 2, gap: 3, present: "1" });
    expect(ZWorkshopQuery.parse({ gap: "summary" })).toEqual({ gap: "summary" });
    expect(ZWorkshopQuery.parse({ wave: "x", gap: "-1", present: "yes" })).toEqual({});
  });
});
