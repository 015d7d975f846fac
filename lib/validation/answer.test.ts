import { describe, expect, it } from "vitest";
import { QUESTIONNAIRE_V2 } from "@/lib/questionnaire/builtin";
import { checkAnswer, NONE_OPTION } from "./answer";

const obstacles = QUESTIONNAIRE_V2.items.find((i) => i.key === "tr-obstacles")!;
const some = (obstacles.options ?? []).filter((o) => o.id !== NONE_OPTION).map((o) => o.id);

describe("choose all that apply", () => {
  it("accepts any number of the listed options, up to all of them", () => {
    expect(obstacles.max).toBe(obstacles.options!.length);
    expect(checkAnswer(obstacles, some, "final").ok).toBe(true);
    expect(checkAnswer(obstacles, some.slice(0, 1), "final").ok).toBe(true);
  });
  it("accepts “None of these” alone, and refuses it with any other choice (browser and server share this rule)", () => {
    expect(checkAnswer(obstacles, [NONE_OPTION], "final").ok).toBe(true);
    const mixed = checkAnswer(obstacles, [NONE_OPTION, some[0]], "draft");
    expect(mixed.ok).toBe(false);
    expect(JSON.stringify(mixed)).toContain("None of these");
  });
});
