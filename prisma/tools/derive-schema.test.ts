// The PostgreSQL schema is derived from the one schema to edit, and the committed copy is current.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_SCHEMA, SOURCE_SCHEMA } from "./derive-schema";

describe("derived PostgreSQL schema", () => {
  const source = readFileSync(SOURCE_SCHEMA, "utf8");

  it("is what prisma/schema.prisma derives (run npm run db:derive after editing the schema)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(source));
  });

  it("differs only in the provider, the client's output and a header", () => {
    const derived = derivePostgresSchema(source);
    expect(derived).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(derived).toContain('output       = "../../lib/generated/prisma-postgresql"');
    const strip = (s: string) => s.replace(/^\/\/ GENERATED.*\n\n/, "").replace('"postgresql"', '"sqlite"').replace("../../lib/generated/prisma-postgresql", "../lib/generated/prisma");
    expect(strip(derived)).toBe(source);
  });

  it("refuses a source it does not recognise rather than derive a wrong schema", () => {
    expect(() => derivePostgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/datasource provider/);
    expect(() => derivePostgresSchema(source.replace('"../lib/generated/prisma"', '"./elsewhere"'))).toThrow(/generator output/);
  });
});
