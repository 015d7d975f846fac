// Tests only: which test files touch the database, so the PostgreSQL Vitest project runs exactly those (pure
// tests run once, on the SQLite project). A file touches the database when its import graph reaches the client
// factory or the migration tool.
import { importsOf, isTest, walk } from "./import-graph.ts";

const DATABASE_ENTRY_POINTS = new Set(["lib/db/create-db.ts", "lib/db/client.ts", "lib/db/adapter.ts", "prisma/tools/schema-engine.ts"]);

/** Tests of the embedded database's own machinery, with no PostgreSQL counterpart to run. */
export const SQLITE_ONLY_TEST_FILES = new Set([
  "lib/db/adapter.test.ts", // BEGIN IMMEDIATE on better-sqlite3 (PostgreSQL has row locks, tested in the race tests)
  "prisma/tools/migrate.test.ts", // SQLite files; prisma/tools/migrate.postgres.test.ts is its PostgreSQL counterpart
  "scripts/start.test.ts", // SQLite files and pragmas; scripts/start.postgres.test.ts is its PostgreSQL counterpart
]);

export function databaseTestFiles(dirs: readonly string[] = ["lib", "prisma", "scripts", "app", "components"]): string[] {
  const memo = new Map<string, boolean>();
  const reaches = (file: string, path: Set<string>): boolean => {
    if (DATABASE_ENTRY_POINTS.has(file)) return true;
    const known = memo.get(file);
    if (known !== undefined) return known;
    if (path.has(file)) return false;
    path.add(file);
    const result = importsOf(file).some((next) => reaches(next, path));
    path.delete(file);
    memo.set(file, result);
    return result;
  };
  return dirs.flatMap((dir) => walk(dir)).filter(isTest)
    .filter((file) => file.endsWith(".postgres.test.ts") || (!SQLITE_ONLY_TEST_FILES.has(file) && reaches(file, new Set())));
}
