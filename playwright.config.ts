import { defineConfig, devices } from "@playwright/test";
import { E2E_SECRET } from "./e2e/support/auth";

// End-to-end tests run against a production build served by `npm start` itself (migrate, seed, build,
// serve) on a fresh database, in Debian's Chromium (override the path with CHROMIUM_PATH).
const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_TMP lets a second run (another port) keep its own database and build folder.
const TMP = process.env.E2E_TMP ?? "e2e/.tmp";

export default defineConfig({
  testDir: "./e2e",
  testIgnore: ["bench/**", "**/multi-instance.spec.ts"], // multi-instance: playwright.postgres.config.ts only
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: `test-results/e2e${process.env.E2E_TMP ? "-" + PORT : ""}`,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_TMP ? `test-results/playwright-${PORT}.json` : "test-results/playwright.json" }]],
  // journeys with several axe runs take 12-35 s on a 2-core CI machine running two workers beside the server;
  // 30 s timed out at random (31 s, 34 s), so every test gets 60 s
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf ${TMP} && npx tsx scripts/start.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:./${TMP}/e2e.db`,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      BRIDGE_SECRET: E2E_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      // the test runner plays the reverse proxy: each test may give itself a client address (X-Forwarded-For),
      // so rate limits count only that test's requests
      BRIDGE_TRUSTED_PROXY_HOPS: "1",
    },
  },
});
