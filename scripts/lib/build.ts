import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { dataErrors } from "./check-data";
import { buildIslands } from "./islands";

const INPUTS = ["app", "pages", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
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

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Two `npm start` on one checkout (two instances on one machine) must not run `next build` into the same folder
 * at once: the first takes a lock file (created exclusively, holding its pid), the other waits for it to go and
 * then finds the build current. A lock left by a process that died is taken over.
 */
async function withBuildLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: number;
      try {
        holder = Number(readFileSync(lockFile, "utf8").trim());
      } catch {
        continue; // released between our attempt and the read: try again at once
      }
      if (holder && !isAlive(holder)) {
        rmSync(lockFile, { force: true });
        continue;
      }
      if (waited === 0) console.log("• Another start is building; waiting for it");
      if (waited > 15 * 60_000) throw new Error(`waited 15 minutes for the build lock ${lockFile}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

export async function buildIfStale(root: string) {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  return withBuildLock(path.join(root, distDir, "..", `${path.basename(distDir)}.build-lock`), () => buildUnderLock(root, distDir));
}

async function buildUnderLock(root: string, distDir: string) {
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
