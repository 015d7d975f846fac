// Prisma 7 reads the datasource URL from here, not from schema.prisma. The CLI is only used offline for
// `generate` (see prisma/tools/prisma-cli.mjs); migrations run through prisma/tools/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/bridge.db" },
});
