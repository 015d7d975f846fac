#!/usr/bin/env node
// Runs the ordinary Prisma CLI offline. Every `prisma` command first tries to download a native schema
// engine from Prisma's binary host, which this machine cannot reach; pointing PRISMA_SCHEMA_ENGINE_BINARY at
// any existing file skips that download. `generate`, `validate` and `format` need no engine at all.
// Migrations go through prisma/tools/migrate.ts (the WASM schema engine) instead.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("prisma/package.json")), "build/index.js");

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "package.json",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/bridge.db",
  },
});
process.exit(result.status ?? 1);
