// prisma/schema.prisma is the one schema to edit. Prisma cannot take the provider from the environment, so the
// PostgreSQL schema is derived from it: the same models, provider "postgresql", its own generated client
// (lib/generated/prisma-postgresql). `npm run db:derive` writes prisma/postgresql/schema.prisma, and
// derive-schema.test.ts fails when the committed file is not what the source derives.
//   tsx prisma/tools/derive-schema.ts           write prisma/postgresql/schema.prisma
//   tsx prisma/tools/derive-schema.ts --check   exit 1 when it is out of date
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SOURCE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:derive`: do not edit; edit the source and derive again.\n\n";

/** The PostgreSQL schema for a SQLite source schema. Throws when the source is not shaped as expected. */
export function derivePostgresSchema(source: string): string {
  const replace = (text: string, pattern: RegExp, by: string, what: string) => {
    if (!pattern.test(text)) throw new Error(`derive-schema: ${what} not found in prisma/schema.prisma`);
    return text.replace(pattern, by);
  };
  let out = replace(source, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource provider "sqlite"');
  // the derived file sits one folder deeper, and its client is a separate module
  out = replace(out, /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-postgresql"', 'generator output "../lib/generated/prisma"');
  return HEADER + out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const derived = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const current = readFileSync(POSTGRES_SCHEMA, "utf8");
    if (current !== derived) {
      console.error("prisma/postgresql/schema.prisma is out of date: run npm run db:derive");
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, derived);
    console.log("wrote prisma/postgresql/schema.prisma");
  }
}
