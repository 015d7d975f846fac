// Prisma 7 reads the datasource URL from here, not from schema.prisma. The CLI is only used offline for
// `generate` (see prisma/tools/prisma-cli.mjs, which names each schema); migrations run through
// prisma/tools/migrate.ts. DATABASE_URL picks the schema and migration history: prisma/ for SQLite,
// prisma/postgresql/ (derived from prisma/schema.prisma) for PostgreSQL (lib/db/provider.ts).
import { defineConfig } from "prisma/config";
import { relativePrismaPaths } from "./lib/db/provider";

const url = process.env.DATABASE_URL || "file:./data/bridge.db";
const { schemaPath, migrationsDir } = relativePrismaPaths(url);

export default defineConfig({
  schema: schemaPath,
  migrations: { path: migrationsDir, seed: "tsx prisma/seed.ts" },
  datasource: { url },
});
