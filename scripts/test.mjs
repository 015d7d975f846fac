#!/usr/bin/env node
// `npm test`: type-check, lint, Vitest (unit tests, and integration tests on real SQLite files and on a private
// PostgreSQL cluster), then Playwright against a production build in Chromium. Stops at the first failing stage.
// Ends with each runner's summary and one combined line, "N passed, N failed". The PostgreSQL cluster (Debian's
// postgresql package, in a temporary folder on a free port) is started first and removed at the end, whatever
// happens; set BRIDGE_TEST_PG_URL to use a running server instead (each test file gets its own database there).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { startPgCluster } from "./lib/pg-cluster.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
let cluster = null;
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds} s`);
    return false;
  }
  console.log(`✔ ${title} (${seconds} s)`);
  return true;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function finish(ok) {
  cluster?.stop();
  const vitest = readJson("test-results/vitest.json");
  if (vitest) {
    totals.passed += vitest.numPassedTests;
    totals.failed += vitest.numFailedTests;
    totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  }
  for (const file of ["test-results/playwright.json", "test-results/playwright-postgres.json"]) {
    const pw = readJson(file);
    if (pw?.stats) {
      totals.passed += pw.stats.expected;
      totals.failed += pw.stats.unexpected + pw.stats.flaky;
      totals.skipped += pw.stats.skipped;
    }
  }
  if (!ok && totals.failed === 0) totals.failed = 1; // a failing type-check or lint counts as a failure
  console.log(`\nvitest + playwright: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

rmSync("test-results", { recursive: true, force: true });
if (!env.BRIDGE_TEST_PG_URL) {
  const t0 = performance.now();
  try {
    cluster = await startPgCluster();
  } catch (error) {
    console.error(`✖ Could not start a PostgreSQL cluster for the tests: ${error.message}`);
    finish(false);
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => finish(false));
  env.BRIDGE_TEST_PG_URL = cluster.url;
  console.log(`✔ PostgreSQL test cluster on port ${cluster.port} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const npx = "npx";
const stages = [
  ["Type-check", npx, ["tsc", "--noEmit"]],
  ["Lint", npx, ["eslint", ".", "--max-warnings=0"]],
  ["Vitest", npx, ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json"]],
  ["Playwright", npx, ["playwright", "test"]],
  // the respondent and facilitator journeys on two instances sharing one PostgreSQL database, behind a round-robin proxy
  ["Playwright (PostgreSQL, two instances)", npx, ["playwright", "test", "-c", "playwright.postgres.config.ts"]],
];
for (const [title, command, args] of stages) {
  if (!run(title, command, args)) finish(false);
}
finish(true);
