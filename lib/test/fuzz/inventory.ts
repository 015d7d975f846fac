// Tests only: what the fuzz tests must cover, read from the sources at test time, so a new route handler or
// server action that the tests do not know fails them instead of going unfuzzed.
import fs from "node:fs";
import path from "node:path";
import { ROOT, walk } from "../import-graph";

/** Every App Router route handler file (app/**\/route.ts), repository-relative. */
export function routeFiles(): string[] {
  return walk("app").filter((f) => /(^|\/)route\.tsx?$/.test(f)).sort();
}

const USE_SERVER = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;

/**
 * Every server action module: a file whose first statement is "use server". A "use server" inside a function
 * (an inline action in a page) is listed too, by its file, so the test names it.
 */
export function serverActionFiles(): { file: string; inline: boolean }[] {
  const out: { file: string; inline: boolean }[] = [];
  for (const dir of ["app", "components", "lib"]) {
    if (!fs.existsSync(path.join(ROOT, dir))) continue;
    for (const file of walk(dir)) {
      if (/\.test\.tsx?$/.test(file) || file.startsWith("lib/test/")) continue;
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      if (USE_SERVER.test(text)) out.push({ file, inline: false });
      else if (/["']use server["']/.test(text)) out.push({ file, inline: true });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** The exported functions of a loaded module (what a "use server" file exposes as actions, or a route file's methods). */
export function exportedFunctions(mod: Record<string, unknown>): string[] {
  return Object.keys(mod).filter((k) => typeof mod[k] === "function").sort();
}
