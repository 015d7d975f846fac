import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { IMPERATIVE_IDS } from "@/lib/domain";
import { ACTIONS, actionById, actionsFor, normalizeForQuote } from "./actions";
import { ANSWER_FLAGS } from "./rules";

const SEEDS_DIR = process.env.BRIDGE_SEEDS_DIR ?? path.resolve(import.meta.dirname, "../../../shared/seeds");
const seed = (file: string) => normalizeForQuote(readFileSync(path.join(SEEDS_DIR, file), "utf8"));

describe("action library", () => {
  it.each(ACTIONS.map((a) => [a.id, a] as const))("%s: its quote occurs verbatim in its seed file", (_id, a) => {
    expect(a.source.quote.length).toBeGreaterThan(20);
    expect(seed(a.source.file)).toContain(normalizeForQuote(a.source.quote));
  });
  it("ids are unique kebab-case; every imperative has actions; every action responds to something", () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const imp of IMPERATIVE_IDS) expect(actionsFor(imp).length).toBeGreaterThanOrEqual(3);
    for (const a of ACTIONS) {
      expect(a.responds.length).toBeGreaterThan(0);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.text.length).toBeGreaterThan(a.title.length);
    }
    for (const imp of IMPERATIVE_IDS) expect(actionsFor(imp).some((a) => a.responds.includes("low-imperative"))).toBe(true);
  });
  it("uses both seeds, including the four recommendations of seed 000", () => {
    expect(ACTIONS.filter((a) => a.source.file.startsWith("000_")).length).toBe(4);
    expect(ACTIONS.filter((a) => a.source.file.startsWith("003_")).length).toBeGreaterThanOrEqual(10);
  });
  it("the answer flags point to existing actions", () => {
    for (const f of ANSWER_FLAGS) for (const id of f.actions) expect(actionById(id)).toBeDefined();
  });
  it("normalizeForQuote joins hyphenated line breaks and collapses whitespace", () => {
    expect(normalizeForQuote("more cross-\n  training  to\tbetter")).toBe("more cross-training to better");
  });
});
