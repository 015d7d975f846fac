// Where each database's schema and migration history live. prisma/schema.prisma is the one edited; the
// PostgreSQL schema beside its own history is derived from it (npm run db:derive). Each history is in Prisma's
// standard layout: the migrations folder next to its schema, with a migration_lock.toml naming the provider.
import path from "node:path";
import { databaseKind, type DatabaseKind } from "./adapter";

const root = path.resolve(import.meta.dirname, "../..");

const PATHS: Record<DatabaseKind, { schemaPath: string; migrationsDir: string }> = {
  sqlite: { schemaPath: "prisma/schema.prisma", migrationsDir: "prisma/migrations" },
  postgresql: { schemaPath: "prisma/postgresql/schema.prisma", migrationsDir: "prisma/postgresql/migrations" },
};

/** Paths relative to the project root (what prisma.config.ts wants). */
export function relativePrismaPaths(databaseUrl: string) {
  return PATHS[databaseKind(databaseUrl)];
}

/** Absolute schema and migrations paths for DATABASE_URL's database. */
export function prismaPaths(databaseUrl: string): { schemaPath: string; migrationsDir: string } {
  const { schemaPath, migrationsDir } = relativePrismaPaths(databaseUrl);
  return { schemaPath: path.join(root, schemaPath), migrationsDir: path.join(root, migrationsDir) };
}
