// Sizes, gzip, of questionnaire scripts that are not today's, bundled in the same run with the same esbuild
// settings as scripts/lib/islands.ts, for comparison:
// - the questionnaire island as it was before decision 47 (React hydrating the whole form, react-hook-form,
//   zod/mini), from git commit BEFORE_DECISION_47 of this repository;
// - the least any React island needs: react and react-dom/client's hydrateRoot and nothing else.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ISLAND_BUNDLE_OPTIONS } from "../../../scripts/lib/islands";
import { ROOT } from "./server";

/** The last commit with the React questionnaire island (93.5 KB gzip when issue 17 was filed). */
export const BEFORE_DECISION_47 = "7b53faa";

async function bundleSize(workingDir: string, entry: string): Promise<number> {
  const result = await build({
    absWorkingDir: workingDir,
    entryPoints: [entry],
    ...ISLAND_BUNDLE_OPTIONS,
    write: false,
    nodePaths: [path.join(ROOT, "node_modules")],
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0]!.contents).length;
}

/** The React island of BEFORE_DECISION_47, or null when this checkout has no such commit (a shallow clone). */
export async function reactIslandSize(): Promise<number | null> {
  // outside the checkout: the old sources (tests included) must not be seen by Vitest or tsc
  const dir = mkdtempSync(path.join(tmpdir(), "bridge-island-before-47-"));
  try {
    const tar = execFileSync("git", ["archive", BEFORE_DECISION_47, "components", "lib", "tsconfig.json"], { cwd: ROOT, maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    return await bundleSize(dir, "components/islands/questionnaire.tsx");
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** react + react-dom/client hydrating nothing: the floor under any React island. */
export async function reactFloorSize(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "bridge-react-floor-"));
  try {
    writeFileSync(path.join(dir, "entry.tsx"), 'import { hydrateRoot } from "react-dom/client";\nconst root = document.getElementById("root");\nif (root) hydrateRoot(root, <p>x</p>);\n');
    return await bundleSize(dir, "entry.tsx");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
