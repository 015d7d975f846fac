// The benchmark CSV fixtures (e2e/fixtures/benchmark-import-*.csv) with unique ids: every spec shares one
// database, so each upload renames source "wave-2027" → "wave-2027-<suffix>" and figures "w27-…" → "w27<suffix>-…".
import { readFileSync } from "node:fs";
import path from "node:path";

export function uniqueFixture(name: string, suffix: string) {
  const text = readFileSync(path.join(import.meta.dirname, "..", "fixtures", name), "utf8");
  return { name, mimeType: "text/csv", buffer: Buffer.from(text.replaceAll("wave-2027", `wave-2027-${suffix}`).replaceAll("w27-", `w27${suffix}-`)) };
}

export const suffixOf = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
