import { defineConfig } from "vitest/config";
import path from "node:path";
import { databaseTestFiles } from "./lib/test/db-test-files.ts";

const ALL = ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"];

// Two projects: "sqlite" runs every test on the embedded database; "postgresql" runs again the test files that
// reach the database, on a private PostgreSQL cluster (scripts/test.mjs starts it and passes BRIDGE_TEST_PG_URL;
// without it, lib/test/global-setup.ts starts its own). Files named *.postgres.test.ts run on PostgreSQL only. Set BRIDGE_TEST_DB=sqlite or =postgresql to run one.
const only = process.env.BRIDGE_TEST_DB;
// Per project (the root must not have its own, or it runs a third time).
const setup = { globalSetup: ["./lib/test/global-setup.ts"], setupFiles: ["./lib/test/worker-setup.ts"] };

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/data modules are marked server-only; tests are a server context too (what react-server resolves to).
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      ...(only === "postgresql" ? [] : [{ extends: true as const, test: { name: "sqlite", include: ALL, exclude: ["**/node_modules/**", "**/*.postgres.test.ts"], ...setup } }]),
      ...(only === "sqlite" ? [] : [{ extends: true as const, test: { name: "postgresql", include: databaseTestFiles(), ...setup } }]),
    ],
  },
});
