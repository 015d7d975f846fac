// The database is the only catalogue read at runtime: no module the app runs (pages, routes, components, lib)
// may reach the built-in seed input, directly or through other modules. The seed (prisma/) and tests may.
import { describe, expect, it } from "vitest";
import { importsOf, isTest, resolve, walk } from "@/lib/test/import-graph";

const SEED_INPUT = [
  /^lib\/benchmarks\/(builtin|figures|sources)\.ts$/,
  /^lib\/questionnaire\/(builtin|v1|v2|comparability)\.ts$/,
  /^lib\/questionnaire\/v\d+\//,
  /^prisma\/seed[^/]*\.ts$/, // the seed itself: a page that ran it would reach the built-in catalogue
];
const isSeedInput = (rel: string) => SEED_INPUT.some((re) => re.test(rel));
const isTestOnly = (rel: string) => isTest(rel) || rel.startsWith("lib/test/") || rel === "lib/export/test-fixture.ts" || /^lib\/scoring\/(test-|worked-example)/.test(rel);

/** Runtime modules that reach seed input, each with the chain of imports that gets there. */
function leaks(entries: string[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue: { file: string; chain: string[] }[] = entries.map((file) => ({ file, chain: [file] }));
  while (queue.length) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of importsOf(file)) {
      if (isSeedInput(target)) found.push([...chain, target].join(" → "));
      else if (!isTestOnly(target)) queue.push({ file: target, chain: [...chain, target] });
    }
  }
  return found;
}

describe("runtime code and the built-in catalogue", () => {
  const entries = [...walk("app"), ...walk("components"), ...walk("pages"), ...walk("lib"), "proxy.ts", "instrumentation.ts"].filter(
    (rel) => !isTestOnly(rel) && !isSeedInput(rel),
  );

  it("no page, route, component or library module imports the seed catalogue, directly or indirectly", () => {
    expect(entries.length).toBeGreaterThan(100);
    expect(leaks(entries)).toEqual([]);
  });

  it("would catch one that did (the check itself works)", () => {
    expect(isSeedInput("lib/benchmarks/figures.ts")).toBe(true);
    expect(isSeedInput("lib/questionnaire/v1/context.ts")).toBe(true);
    expect(isSeedInput("lib/questionnaire/v2.ts")).toBe(true);
    expect(isSeedInput("prisma/seed-reference.ts")).toBe(true);
    expect(leaks(["lib/test/catalogue.ts"]).some((l) => l.endsWith("lib/benchmarks/builtin.ts"))).toBe(true);
    expect(resolve("app/page.tsx", "@/lib/benchmarks/builtin")).toBe("lib/benchmarks/builtin.ts");
    expect(resolve("lib/questionnaire/builtin.ts", "./v1")).toBe("lib/questionnaire/v1.ts");
  });
});
