import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import base from "./playwright.config";
import { E2E_SECRET } from "./e2e/support/auth";

// The respondent and facilitator journeys (and e2e/multi-instance.spec.ts) against two app instances on one
// PostgreSQL database, behind a round-robin proxy (e2e/support/round-robin-proxy.mjs), so consecutive requests land
// on different instances. `npm test` runs it after the SQLite run, on the private cluster it starts; by hand:
//
//   BRIDGE_TEST_PG_URL=postgresql://postgres@127.0.0.1:5432/postgres npx playwright test -c playwright.postgres.config.ts
//
// The server of BRIDGE_TEST_PG_URL gets a fresh database e2e_<random> for the run, dropped at its end. Ports:
// E2E_PG_PORT (default 3200) for the proxy, the two next ones for the instances. Instance A is `npm start` (migrates,
// seeds, builds only when the build in .next is stale, so it reuses the SQLite run's); instance B is `npm run serve`
// on the same build and database. Playwright starts the webServers one after another, each once the previous one
// answers, so B starts after A has migrated and seeded.
const PG_URL = process.env.BRIDGE_TEST_PG_URL;
if (!PG_URL) {
  throw new Error(
    "playwright.postgres.config.ts needs a PostgreSQL server: set BRIDGE_TEST_PG_URL=postgresql://user@host:port/postgres " +
      "(a role that may create databases), or run `npm test`, which starts a private cluster and sets it.",
  );
}
const PROXY_PORT = Number(process.env.E2E_PG_PORT ?? 3200);
const INSTANCE_PORTS = [PROXY_PORT + 1, PROXY_PORT + 2];
const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;

// Playwright loads this module in the runner and again in every worker: the database name is chosen once, in the
// runner, and reaches the workers (which inherit its environment) through E2E_PG_DATABASE. The fixtures create
// their data through E2E_DATABASE_URL, and signInAs sets its cookie for E2E_PORT: both point at this run.
process.env.E2E_PG_DATABASE ??= `e2e_${randomBytes(5).toString("hex")}`;
const databaseUrl = new URL(PG_URL);
databaseUrl.pathname = `/${process.env.E2E_PG_DATABASE}`;
const DATABASE_URL = databaseUrl.toString();
process.env.E2E_DATABASE_URL = DATABASE_URL;
process.env.E2E_PORT = String(PROXY_PORT);

const instanceEnv = (port: number) => ({
  DATABASE_URL,
  PORT: String(port),
  HOST: "127.0.0.1",
  // both instances: one secret (sessions, invite cookies), and the public URL is the proxy's (auth's trusted origin)
  BRIDGE_SECRET: E2E_SECRET,
  BRIDGE_URL: PROXY_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  // two proxies in front: the test runner (each test may give itself a client address in X-Forwarded-For, as in
  // playwright.config.ts) and the round-robin proxy, which appends the runner's address; so the instances believe
  // the second entry from the right, the test's address, exactly as the SQLite run's single hop does
  BRIDGE_TRUSTED_PROXY_HOPS: "2",
});

const chromium = { ...devices["Desktop Chrome"] };

export default defineConfig({
  ...base,
  testIgnore: ["bench/**"], // the SQLite config ignores multi-instance.spec.ts; this one runs it
  outputDir: "test-results/e2e-postgres",
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-postgres.json" }]],
  use: { ...base.use, baseURL: PROXY_URL },
  projects: [
    // runs first and alone (one worker, in order), so its requests are the only ones through the proxy and
    // their upstreams alternate exactly
    { name: "two instances", testMatch: "multi-instance.spec.ts", use: chromium },
    { name: "journeys on two instances", testMatch: ["respondent.spec.ts", "facilitator.spec.ts"], dependencies: ["two instances"], use: chromium },
  ],
  webServer: [
    {
      // first up, last down: the database is dropped after the instances have stopped
      name: "database",
      command: `node e2e/support/pg-e2e-database.mjs ${DATABASE_URL}`,
      wait: { stdout: /Database \S+ created/ },
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      stdout: "pipe",
      timeout: 30_000,
    },
    {
      name: "instance A",
      command: "npx tsx scripts/start.ts",
      url: `http://127.0.0.1:${INSTANCE_PORTS[0]}/api/health`,
      reuseExistingServer: false,
      timeout: 240_000, // builds when the sources changed since the last build
      stdout: "pipe",
      env: instanceEnv(INSTANCE_PORTS[0]!),
    },
    {
      name: "instance B",
      command: "npm run serve",
      url: `http://127.0.0.1:${INSTANCE_PORTS[1]}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: instanceEnv(INSTANCE_PORTS[1]!),
    },
    {
      name: "proxy",
      command: `node e2e/support/round-robin-proxy.mjs --port ${PROXY_PORT} ${INSTANCE_PORTS.map((p) => `--upstream http://127.0.0.1:${p}`).join(" ")}`,
      url: `${PROXY_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 }, // prints how many requests each instance served
    },
  ],
});
