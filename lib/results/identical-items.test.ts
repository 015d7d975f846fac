import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { identicalItemKeys } from "./identical-items";

describe("identicalItemKeys", () => {
  it("keeps every item of a version compared with itself", () => {
    expect(identicalItemKeys(QUESTIONNAIRE_V2, QUESTIONNAIRE_V2)).toEqual(QUESTIONNAIRE_V2.items.map((i) => i.key));
  });

  it("leaves out an item whose wording or options changed, and one asked only in one version", () => {
    const [first, second, ...rest] = QUESTIONNAIRE_V2.items;
    const prompt = first!.prompt;
    const reworded = { ...first!, prompt: typeof prompt === "string" ? `${prompt} (reworded)` : { ...prompt, it: `${prompt.it} (reworded)` } };
    const later = { ...QUESTIONNAIRE_V2, items: [reworded, ...rest] };
    const keys = identicalItemKeys(QUESTIONNAIRE_V2, later);
    expect(keys).not.toContain(first!.key);
    expect(keys).not.toContain(second!.key);
    expect(keys).toHaveLength(rest.length);
  });

  it("between v1 and v2 keeps only keys both ask the same way", () => {
    const keys = identicalItemKeys(QUESTIONNAIRE_V1, QUESTIONNAIRE_V2);
    const v1 = new Map(QUESTIONNAIRE_V1.items.map((i) => [i.key, i]));
    for (const key of keys) {
      const a = v1.get(key)!;
      const b = QUESTIONNAIRE_V2.items.find((i) => i.key === key)!;
      expect(b.prompt).toEqual(a.prompt);
      expect(b.kind).toBe(a.kind);
    }
    expect(keys.length).toBeLessThan(QUESTIONNAIRE_V2.items.length);
  });
});
