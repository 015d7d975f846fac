// The one text rule: control characters refused in one-line names and titles (line breaks too) and in several-line
// text (line breaks and tabs allowed there); the limits; and every schema that writes a name or title uses it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZAssessmentCreate } from "./assessment";
import { ZOrganizationCreate } from "./organization";
import { ZParticipant } from "./participant";
import { ZPlanActionFields } from "./plan-action";
import { hasControlCharacters, multiLine, NO_CONTROL_MESSAGE, personName, singleLine } from "./text";
import { ZUserInvite } from "./user";
import { ZWaveStart } from "./wave";

const CONTROLS = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\u2028", "\u2029", "\u202e", "\u2066"];
const BREAKS = ["\n", "\r", "\t"];

describe("hasControlCharacters", () => {
  it("finds every control, separator and bidirectional override anywhere in a text; line breaks and tabs only in one-line text", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...CONTROLS), fc.string(), (a, c, b) => {
        expect(hasControlCharacters(`${a}${c}${b}`, "one")).toBe(true);
        expect(hasControlCharacters(`${a}${c}${b}`, "several")).toBe(true);
      }),
    );
    for (const br of BREAKS) {
      expect(hasControlCharacters(`a${br}b`, "one")).toBe(true);
      expect(hasControlCharacters(`a${br}b`, "several")).toBe(false);
    }
  });
  it("passes printable text of any script", () => {
    for (const s of ["Maya Chen", "Ravi Patel-O'Neil", "Zoë Ångström", "李小龙", "محمد", "Ολυμπία", "👩‍💼 CMO", "a\u00a0b"]) expect(hasControlCharacters(s, "one")).toBe(false);
  });
});

describe("singleLine, multiLine, personName", () => {
  it("trims, then applies the limits and the rule", () => {
    expect(personName().parse("  Maya Chen  ")).toBe("Maya Chen");
    expect(personName().safeParse("   ").error?.issues[0]?.message).toBe("Enter a name");
    expect(personName().safeParse("x".repeat(121)).error?.issues[0]?.message).toBe("At most 120 characters");
    expect(personName().safeParse("\u0000\u0000").error?.issues.map((i) => i.message)).toContain(NO_CONTROL_MESSAGE);
    expect(singleLine({ max: 60 }).parse("")).toBe("");
    expect(multiLine({ max: 20 }).parse(" line one\nline two ")).toBe("line one\nline two");
    expect(multiLine({ max: 20 }).safeParse("a\u0000b").success).toBe(false);
  });
});

describe("every schema that writes a name or title refuses control characters", () => {
  // each case: the input with `text` in the name or title; clean text passes, so a refusal is the text's doing
  const cases: [string, string, (text: string) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }][] = [
    ["organization name", "name", (t) => ZOrganizationCreate.safeParse({ name: t, industry: "Other", region: "eala", revenueBand: "1-5bn", businessModel: "b2b", panelOptIn: false })],
    ["participant name", "name", (t) => ZParticipant.safeParse({ name: t, side: "it", tier: "leader" })],
    ["user name", "name", (t) => ZUserInvite.safeParse({ name: t, email: "sam@example.com" })],
    ["assessment title", "title", (t) => ZAssessmentCreate.safeParse({ organizationId: "o1", title: t, questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 })],
    ["wave label", "label", (t) => ZWaveStart.safeParse({ assessmentId: "a1", label: t, questionnaireVersionId: "v1", sourceIds: ["accenture-2012"], quorumMarketing: 1, quorumIt: 1 })],
    [
      "action title",
      "title",
      (t) =>
        ZPlanActionFields.safeParse({ title: t, description: "", imperative: "trust", itemKeys: [], ownerParticipantId: "", ownerName: "", dueDate: "", status: "planned", priority: "low", checklist: [], visibleToParticipants: false }),
    ],
  ];
  it.each(cases)("%s", (_name, field, parse) => {
    expect(parse("Acme Corp").success).toBe(true);
    for (const bad of ["\u0000\u0000\u0000", "Acme\u0000Corp", "Sam\u202eevil", "Spring\n2027"]) {
      const r = parse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error!.issues.map((i) => i.path.join("."))).toEqual([field]);
    }
  });
});

describe("arrays are capped", () => {
  it("sourceIds: at most 50, the error on the field", () => {
    const r = ZAssessmentCreate.safeParse({ organizationId: "o1", title: "Alignment", questionnaireVersionId: "v1", sourceIds: Array.from({ length: 998 }, (_, i) => `s-${i}`), quorumMarketing: 1, quorumIt: 1 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["sourceIds"]);
  });
});
