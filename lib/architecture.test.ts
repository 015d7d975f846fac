// Rules of the layout (README, Code layout): no import circles, and components never import a data module
// (they take view types from lib/results, lib/admin and the like, and the data as props).
import { describe, expect, it } from "vitest";
import { cycles, importsOf, isTest, walk } from "@/lib/test/import-graph";

const runtime = [...walk("app"), ...walk("components"), ...walk("lib"), ...walk("pages")].filter((f) => !isTest(f));

describe("the layout", () => {
  it("has no import circles among the app's modules", () => {
    expect(runtime.length).toBeGreaterThan(100);
    expect(cycles(runtime)).toEqual([]);
  });

  it("finds a circle when there is one (the check itself works)", () => {
    const edges: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["a"], d: ["a"], e: [] };
    expect(cycles(Object.keys(edges), (f) => edges[f]!)).toEqual([["a", "b", "c"]]);
    expect(importsOf("lib/architecture.test.ts")).toContain("lib/test/import-graph.ts");
  });

  it("keeps data modules out of components", () => {
    const offenders = walk("components").flatMap((f) => importsOf(f).filter((t) => t.startsWith("lib/data/")).map((t) => `${f} → ${t}`));
    expect(offenders).toEqual([]);
  });
});
