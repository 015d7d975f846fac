import { newestPublished } from "./versions";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BENCHMARK_FIGURES, getFigure } from "../benchmarks/builtin";
import { IMPERATIVES, SIDES } from "../domain";
import { completeAnswers } from "../test/answers";
import { checkAnswer } from "../validation/answer";
import { V1_CONTEXT_ONLY, v1ContextOnlyReason, withContextOnly } from "./comparability";
import {
  DEFAULT_QUESTIONNAIRE_VERSION,
  QUESTIONNAIRES,
  QUESTIONNAIRE_V1,
  QUESTIONNAIRE_V2,
  textFor,
  validateQuestionnaire,
} from "./builtin";
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
    expect(QUESTIONNAIRE_V1.items.filter((i) => !i.sides || i.sides.includes("it")).length).toBe(QUESTIONNAIRE_V1.items.length);
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

describe("questionnaire v1 stays immutable", () => {
  it("its definition is byte for byte the one stored in databases (change wording only in a new version)", () => {
    expect(createHash("sha256").update(JSON.stringify(QUESTIONNAIRE_V1)).digest("hex")).toBe(
      "2b5d4c6ecbd851bf096cd4117921a5a3fe0c6e5040a9c34f1ce9389c2590d8b8",
    );
  });
});

describe("questionnaire v2", () => {
  const V2 = QUESTIONNAIRE_V2;
  const assessed = V2.items.filter((i) => i.section !== "context");
  const SCORABLE = new Set(["agreement", "yes-no", "percentage"]);
  const links = V2.items.flatMap((item) => item.benchmarks.map((link) => ({ item, link, figure: getFigure(link.figureId)! })));

  it("is published on 2026-12-01, registered, valid against the catalogue and the default for new assessments", () => {
    expect(V2).toMatchObject({ version: "v2", status: "published", publishedAt: "2026-12-01" });
    expect(QUESTIONNAIRES.map((q) => q.version)).toEqual(["v1", "v2"]);
    expect(validateQuestionnaire(V2, BENCHMARK_FIGURES)).toEqual([]);
    expect(DEFAULT_QUESTIONNAIRE_VERSION).toBe("v2");
  });

  it("keeps v1's sections and context items (same keys and options, so the organization's facts prefill them)", () => {
    expect(V2.sections).toEqual(QUESTIONNAIRE_V1.sections);
    const context = (q: QuestionnaireDef) => q.items.filter((i) => i.section === "context");
    expect(context(V2)).toEqual(context(QUESTIONNAIRE_V1));
    expect(assessed.length).toBeGreaterThanOrEqual(30);
    expect(assessed.length).toBeLessThanOrEqual(45);
  });

  it("measures every imperative with at least six scored items, and the CMO as experience officer directly", () => {
    for (const imperative of IMPERATIVES) {
      const scored = assessed.filter((i) => i.imperatives.includes(imperative.id) && i.polarity !== "none" && SCORABLE.has(i.kind));
      expect(scored.length, imperative.id).toBeGreaterThanOrEqual(6);
    }
    const cxo = V2.items.filter((i) => i.imperatives.includes("cxo") && i.polarity !== "none").map((i) => textFor(i.prompt, "it"));
    expect(cxo.filter((p) => /^Our CMO /.test(p)).length).toBeGreaterThanOrEqual(2);
  });

  it("splits or rewords v1's double-barrelled items", () => {
    const keys = V2.items.map((i) => i.key);
    for (const key of ["cxo-owns-experience", "cxo-joint-outcomes", "bl-agenda", "sm-cross-training", "tr-shared-meetings"]) expect(keys).not.toContain(key);
    for (const item of assessed) {
      for (const side of SIDES) {
        // "X and Y" joining two demands in one agreement statement was the v1 pattern; v2's scale items state one thing
        if (item.kind === "agreement") expect(textFor(item.prompt, side), item.key).not.toMatch(/, and |and the rest of|agendas and/);
      }
    }
  });

  it("compares like with like: no contextOnly link, no scale item linked to a published share", () => {
    expect(links.filter(({ link }) => link.contextOnly)).toEqual([]);
    expect(links.filter(({ item }) => item.kind === "agreement").map(({ item }) => item.key)).toEqual([]);
    expect(withContextOnly(V2)).toBe(V2); // the seed writes nothing onto v2's links
    for (const item of V2.items) for (const r of item.rankBenchmarks ?? []) expect(r.contextOnly).toBeUndefined();
  });

  it("links each figure with its own population; a figure for CMOs and CIOs together only with both sides pooled", () => {
    for (const { item, link, figure } of links) {
      expect(link.population, `${item.key} → ${figure.id}`).toBe(figure.population);
      expect(figure.unit, figure.id).toBe("percent");
      expect(figure.isDefault, `${figure.id} is a variant: link its default`).toBe(true);
      expect(figure.base.kind, `${figure.id}: a subgroup's share needs the subgroup's question`).toBe("full");
    }
    expect(links.filter(({ link }) => link.population === "both").map(({ figure }) => figure.id).sort()).toEqual([
      "a12-budget-over-30-percent-tech-marketing-both",
      "a12-collaboration-right-level-both",
      "a12-customer-data-integrated-both",
      "a12-customer-data-struggling-both",
      "a12-need-alignment-both",
    ]);
  });

  it("asks each published threshold: yes/no items match yes, single choices and lists match the option", () => {
    for (const { item, link } of links) {
      if (item.kind === "yes-no") expect(link.match, item.key).toEqual({ type: "equals", value: true });
      if (item.kind === "single-choice") expect(link.match, item.key).toEqual({ type: "equals", value: link.option });
      if (item.kind === "choose-up-to") expect(link.match, item.key).toEqual({ type: "includes", option: link.option });
      if (item.kind === "percentage") expect(link.match, item.key).toEqual({ type: "more-than", min: 30 });
    }
    for (const item of V2.items) if (item.mirror) expect(["yes-no", "agreement"]).toContain(item.kind);
  });

  it("asks every list as 'choose all that apply' over the whole list", () => {
    const lists = V2.items.filter((i) => i.kind === "choose-up-to");
    expect(lists.length).toBeGreaterThan(0);
    for (const item of lists) {
      expect(item.max, item.key).toBe(item.options!.length);
      for (const side of SIDES) expect(textFor(item.prompt, side), item.key).toMatch(/Choose all/);
    }
  });

  it("asks Figure 8's eleven obstacles in full, and names bypassing only there", () => {
    const obstacles = V2.items.find((i) => i.key === "tr-obstacles")!;
    const figure8 = BENCHMARK_FIGURES.filter((f) => f.topic === "obstacles" && f.unit === "percent");
    expect(figure8.length).toBe(22);
    expect(obstacles.benchmarks.map((l) => l.figureId).sort()).toEqual(figure8.map((f) => f.id).sort());
    expect(obstacles.options!.filter((o) => o.id !== "none").length).toBe(11);
    // the recommendation rules recognize these option ids
    expect(obstacles.options!.map((o) => o.id)).toEqual(expect.arrayContaining(["marketing-bypassing-it", "marketing-out-of-loop"]));
    // an obstacle figure is compared only with the obstacle list, never with agreeing that marketing bypasses IT
    expect(links.filter(({ figure }) => figure.topic === "obstacles" && !figure.id.startsWith("a12-implementation")).every(({ item }) => item.key === "tr-obstacles")).toBe(true);
    const bypass = V2.items.find((i) => i.key === "tr-bypass-it")!;
    expect(bypass).toMatchObject({ kind: "yes-no", polarity: "lower-is-better", benchmarks: [] });
  });

  it("does not link 'improved the most' to a question about improving", () => {
    expect(links.some(({ figure }) => figure.id === "a12-relationship-improved-cmo")).toBe(false);
    expect(links.find(({ figure }) => figure.id === "a12-relationship-improved-cio")?.item.key).toBe("tr-relationship-improved");
  });

  it("words items for each side where the sides were asked differently, and for team members as well as leaders", () => {
    const ready = V2.items.find((i) => i.key === "cxo-digital-ready")!;
    expect(textFor(ready.prompt, "marketing")).toBe("Is your company prepared to leverage digital channels?");
    expect(textFor(ready.prompt, "it")).toBe("Is your company prepared for the digital future?");
    for (const item of assessed) {
      for (const side of SIDES) expect(textFor(item.prompt, side), item.key).not.toMatch(/\bas (a |the )?(CMO|CIO)\b|\byour team\b/i);
    }
  });

  it("has a complete set of answers for each side that the answer schema accepts (test fixtures and seeds)", () => {
    for (const side of SIDES) {
      const answers = completeAnswers(V2, side, 3);
      for (const item of V2.items.filter((i) => !i.sides || i.sides.includes(side))) {
        if (!(item.key in answers)) continue;
        const check = checkAnswer(item, answers[item.key], "final");
        expect(check.ok, `${side} ${item.key}: ${JSON.stringify(check)}`).toBe(true);
      }
    }
  });
});

describe("newestPublished", () => {
  it("picks the latest published date, then the highest version number", () => {
    const versions = [
      { id: "v1", publishedAt: "2026-11-22" },
      { id: "v10", publishedAt: "2026-12-01" },
      { id: "v2", publishedAt: "2026-12-01" },
      { id: "v11", publishedAt: null },
    ];
    expect(newestPublished(versions)?.id).toBe("v10");
    expect(newestPublished([{ id: "v1", publishedAt: new Date("2026-11-22") }, { id: "v2", publishedAt: new Date("2026-12-01") }])?.id).toBe("v2");
    expect(newestPublished([])).toBeUndefined();
  });
});

describe("v1 links that compare differently asked questions (context only)", () => {
  const v1Links = new Set(
    QUESTIONNAIRE_V1.items.flatMap((item) => [...item.benchmarks, ...(item.rankBenchmarks ?? [])].map((l) => `${item.key} ${l.figureId}`)),
  );

  it("lists only links that exist in v1, each once, with a reason", () => {
    const listed = V1_CONTEXT_ONLY.map((l) => `${l.itemKey} ${l.figureId}`);
    expect(new Set(listed).size).toBe(listed.length);
    for (const l of V1_CONTEXT_ONLY) {
      expect(v1Links.has(`${l.itemKey} ${l.figureId}`), `${l.itemKey} → ${l.figureId}`).toBe(true);
      expect(l.reason.length).toBeGreaterThan(20);
      const stored = withContextOnly(QUESTIONNAIRE_V1).items.find((i) => i.key === l.itemKey)!;
      const link = [...stored.benchmarks, ...(stored.rankBenchmarks ?? [])].find((x) => x.figureId === l.figureId)!;
      expect(link.contextOnly).toBe(l.reason); // the seed writes the reason onto the stored link
    }
  });

  it("covers every v1 agreement item linked to a published share, every pooled figure compared with one side, every choose-up-to-three list", () => {
    for (const item of QUESTIONNAIRE_V1.items) {
      for (const link of item.benchmarks) {
        const figure = getFigure(link.figureId)!;
        const reason = v1ContextOnlyReason(item.key, link.figureId);
        if (item.kind === "agreement" || item.kind === "choose-up-to") expect(reason, `${item.key} → ${link.figureId}`).not.toBeNull();
        if (figure.population === "both") expect(reason, `${item.key} → ${link.figureId}`).not.toBeNull();
      }
    }
    expect(v1ContextOnlyReason("tr-bypass-vendor", "a12-obstacle-cmo-marketing-bypassing-it")).toMatch(/naming it as an obstacle/);
    expect(v1ContextOnlyReason("tr-relationship-improved", "a12-relationship-improved-cmo")).toMatch(/improved the most/);
    expect(v1ContextOnlyReason("sp-need-alignment", "a12-need-alignment-cmo")).toMatch(/forced yes\/no/);
  });

  it("leaves like-with-like v1 links comparable", () => {
    expect(v1ContextOnlyReason("cxo-single-view", "f14-single-view-cmo")).toBeNull();
    expect(v1ContextOnlyReason("tr-relationship-improved", "a12-relationship-improved-cio")).toBeNull();
    expect(v1ContextOnlyReason("tr-collaboration-level", "a12-collaboration-much-more-required-cmo")).toBeNull();
    expect(v1ContextOnlyReason("tr-common-vision", "f14-common-vision-cmo")).toBeNull();
  });
});
