// `npm start`: validate the configuration, apply migrations, seed demo data into an empty database, build when
// the build is missing or stale, then serve. Prints the URL, the demo logins and links, and the time from
// start to the first request served.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { loadLocalEnv } from "./lib/local-env";
import { buildIfStale } from "./lib/build";
import { prepareDatabase } from "./lib/prepare-database";
import { printBanner } from "./lib/banner";

const startedAt = performance.now();
const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function main() {
  loadLocalEnv(root);
  let env;
  try {
    env = parseEnv({ ...process.env, NODE_ENV: "production" });
  } catch (error) {
    if (error instanceof EnvError) fail(error.message);
    throw error;
  }

  const seeded = await prepareDatabase(env.DATABASE_URL, { seedDemo: env.BRIDGE_SEED_DEMO === "true" });
  await buildIfStale(root);

  if (!existsSync(path.join(root, "node_modules/next/package.json"))) fail("Next.js is not installed: run npm ci first");
  // scripts/serve.ts: Next's handler behind a server that decides which client address to believe
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts")], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BRIDGE_SECRET: env.BRIDGE_SECRET,
      PORT: String(env.PORT),
      HOST: env.HOST,
      BRIDGE_TRUSTED_PROXY_HOPS: String(env.BRIDGE_TRUSTED_PROXY_HOPS),
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));

  const local = `http://${env.HOST === "0.0.0.0" || env.HOST === "::" ? "localhost" : env.HOST}:${env.PORT}`;
  const firstServedMs = await waitForFirstRequest(`${local}/api/health`, startedAt);
  if (firstServedMs === null) {
    server.kill("SIGTERM");
    fail(`the server did not answer ${local}/api/health within 60 s`);
  }
  await printBanner({ url: env.BRIDGE_URL, databaseUrl: env.DATABASE_URL, seeded, firstServedMs });
}

async function waitForFirstRequest(url: string, since: number): Promise<number | null> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return performance.now() - since;
      if (res.status === 503) fail(`the server started but ${(await res.json()).reason ?? "the database is unavailable"}`);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message.split("\n")[0]! : String(error)));
