// The seed: reference data always (idempotent), demo data only into an empty database.
// Run directly with `npm run db:seed`; `npm start` calls seedDatabase after migrating.
import { pathToFileURL } from "node:url";
import type { Db } from "../lib/db/create-db";
import { seedReferenceData } from "./seed-reference";
import { seedDemo } from "./seed-demo";

export interface SeedSummary {
  demoCreated: boolean;
  logins: { role: string; email: string; password: string }[];
  links: { label: string; path: string }[];
}

export async function seedDatabase(db: Db, { demo = true }: { demo?: boolean } = {}): Promise<SeedSummary> {
  await seedReferenceData(db);
  if (!demo) return { demoCreated: false, logins: [], links: [] };
  return seedDemo(db);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { createDb } = await import("../lib/db/create-db");
  const { parseEnv } = await import("../lib/env");
  const { withStartLock } = await import("../lib/db/start-lock");
  const url = parseEnv().DATABASE_URL;
  const db = createDb(url);
  const summary = await withStartLock(url, () => seedDatabase(db));
  console.log(summary.demoCreated ? "Seeded demo data." : "Reference data up to date; demo data already present.");
  await db.$disconnect();
}
