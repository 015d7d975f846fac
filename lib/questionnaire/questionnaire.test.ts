import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES } from "../benchmarks";
import { IMPERATIVES } from "../domain";
import { QUESTIONNAIRE_V1, itemsFor, textFor, validateQuestionnaire } from "./index";
import type { QuestionnaireDef } from "./types";

const seedsDir = process.env.BRIDGE_SEEDS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/seeds");
const normalize = (s: string) => s.replace(/[‐-―]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();

function clone(q: QuestionnaireDef): QuestionnaireDef {
  return structuredClone(q);
}

describe("questionnaire v1", () => {
  it("is valid against the benchmark catalogue", () => {
    expect(validateQuestionnaire(QUESTIONNAIRE_V1, BENCHMARK_FIGURES)).toEqual([]);
  });

  it("has 30-45 items over the imperatives, a context section and every imperative with at least four scored items", () => {
    const assessed = QUESTIONNAIRE_V1.items.filter((i) => i.section !== "context");
    expect(assessed.length).toBeGreaterThanOrEqual(30);
    expect(assessed.length).toBeLessThanOrEqual(45);
    const contextKeys = QUESTIONNAIRE_V1.items.filter((i) => i.section === "context").map((i) => i.key);
    for (const key of ["context-side", "context-tier", "context-title", "context-industry", "context-region", "context-revenue", "context-business-model", "context-growth"]) {
      expect(contextKeys).toContain(key);
    }
    for (const imperative of IMPERATIVES) {
      const scored = QUESTIONNAIRE_V1.items.filter((i) => i.imperatives.includes(imperative.id) && i.polarity !== "none");
      expect(scored.length, imperative.id).toBeGreaterThanOrEqual(4);
    }
  });

  it("uses every item kind the surveys imply, including mirror items", () => {
    const kinds = new Set(QUESTIONNAIRE_V1.items.map((i) => i.kind));
    for (const kind of ["agreement", "yes-no", "single-choice", "choose-up-to", "ranking", "percentage", "trade-off", "free-text"]) {
      expect(kinds, kind).toContain(kind);
    }
    const mirrors = QUESTIONNAIRE_V1.items.filter((i) => i.mirror);
    expect(mirrors.map((m) => m.key)).toEqual(expect.arrayContaining(["sp-priority", "sp-need-alignment"]));
  });

  it("words items for each side: the CIO is asked about marketing, the CMO about IT", () => {
    const item = QUESTIONNAIRE_V1.items.find((i) => i.key === "sp-need-alignment")!;
    expect(textFor(item.prompt, "marketing")).toBe("Marketing needs to be aligned with IT.");
    expect(textFor(item.prompt, "it")).toBe("IT needs to be aligned with marketing.");
    expect(itemsFor(QUESTIONNAIRE_V1, "it").length).toBe(QUESTIONNAIRE_V1.items.length);
  });

  it("states the five imperatives in the report's own words", () => {
    const report = normalize(readFileSync(path.join(seedsDir, "003_23b1ccd4d58906db.txt"), "utf8"));
    const expected = [
      "identify the cmo as the chief experience officer (cxo).",
      "accept it as a strategic partner with marketing, not just as a platform provider.",
      "agree on key business levers for marketing and it alignment, such as access to customer data vs. privacy and security.",
      "change the skill mix to ensure that both organizations are more marketing- and tech-savvy.",
      "develop trust by doing just that-trusting.",
    ];
    IMPERATIVES.forEach((imperative, i) => {
      expect(normalize(imperative.title)).toBe(expected[i]);
      expect(report).toContain(expected[i]);
    });
  });
});

describe("validateQuestionnaire catches bad data and names the record", () => {
  it("an item pointing at a missing figure", () => {
    const q = clone(QUESTIONNAIRE_V1);
    q.items.find((i) => i.key === "tr-promises")!.benchmarks[0]!.figureId = "no-such-figure";
    expect(validateQuestionnaire(q, BENCHMARK_FIGURES)).toContainEqual(expect.stringContaining('item tr-promises: figure "no-such-figure" does not exist'));
  });

  it("a duplicate item key", () => {
    const q = clone(QUESTIONNAIRE_V1);
    q.items.push(structuredClone(q.items[10]!));
    expect(validateQuestionnaire(q, BENCHMARK_FIGURES)).toContainEqual(`item ${q.items[10]!.key}: duplicate key`);
  });

  it("a figure of the wrong population, an unknown option, an unknown section", () => {
    const q = clone(QUESTIONNAIRE_V1);
    const item = q.items.find((i) => i.key === "sp-deliverables-fall-short")!;
    item.benchmarks[0]!.population = "it";
    const obstacles = q.items.find((i) => i.key === "tr-obstacles")!;
    obstacles.benchmarks[0] = { ...obstacles.benchmarks[0]!, option: "nope" };
    q.items.find((i) => i.key === "bl-agenda")!.section = "nowhere";
    const errors = validateQuestionnaire(q, BENCHMARK_FIGURES);
    expect(errors).toContainEqual(expect.stringMatching(/^item sp-deliverables-fall-short: figure .* is about marketing, linked to it$/));
    expect(errors).toContainEqual(expect.stringMatching(/^item tr-obstacles: .*unknown option "nope"/));
    expect(errors).toContainEqual('item bl-agenda: unknown section "nowhere"');
  });

  it("fidelity must match provenance", () => {
    const q = clone(QUESTIONNAIRE_V1);
    q.items.find((i) => i.key === "bl-agenda")!.fidelity = "exact";
    q.items.find((i) => i.key === "tr-promises")!.fidelity = "new";
    const errors = validateQuestionnaire(q, BENCHMARK_FIGURES);
    expect(errors).toContainEqual('item bl-agenda: fidelity "exact" needs at least one published figure');
    expect(errors).toContainEqual('item tr-promises: fidelity "new" but it links published figures');
  });
});
