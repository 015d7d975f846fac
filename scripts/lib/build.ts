import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataErrors } from "./check-data";
import { buildIslands } from "./islands";

const INPUTS = ["app", "pages", "components", "lib", "public", "proxy.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["generated", "node_modules", ".next"]);

/** Content hash of everything `next build` reads, so a stale build is rebuilt and a current one reused. */
export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) {
        const child = path.join(rel, name);
        if (!SKIP.has(name) && !name.endsWith(".test.ts") && child !== path.join("public", "islands")) visit(child);
      }
      return;
    }
    hash.update(rel).update("\0").update(readFileSync(abs)).update("\0");
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export async function buildIfStale(root: string) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const stamp = path.join(root, distDir, "bridge-source-hash");
  const current = sourceHash(root);
  const hasBuild = existsSync(path.join(root, distDir, "BUILD_ID"));
  if (hasBuild && existsSync(stamp) && readFileSync(stamp, "utf8") === current) {
    // the islands are outputs, not sources: bundle them again if someone deleted them (same names: same content)
    if (!existsSync(path.join(root, "public/islands/manifest.json"))) await buildIslands(root);
    console.log("• Using the existing production build (sources unchanged)");
    return;
  }
  const errors = dataErrors();
  if (errors.length) throw new Error(`the reference data is inconsistent: ${errors[0]} (npm run check:data lists all)`);
  console.log(hasBuild ? "• Sources changed since the last build: building…" : "• No production build yet: building…");
  const t0 = performance.now();
  await buildIslands(root);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  writeFileSync(stamp, current);
  console.log(`• Built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
