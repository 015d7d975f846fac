import { readFileSync } from "node:fs";
import path from "node:path";

// scripts/lib/islands.ts writes the bundles under public/islands/ with a content hash in their names, and this
// manifest of their addresses; pages read it to link the current bundle (cached for a year, immutable).
export const ISLANDS_DIR = "public/islands";
export type IslandName = "questionnaire";

let cached: Record<string, string> | null = null;

export function islandScript(name: IslandName): string {
  if (!cached || process.env.NODE_ENV !== "production") {
    const file = path.join(process.cwd(), ISLANDS_DIR, "manifest.json");
    cached = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  }
  const src = cached[name];
  if (!src) throw new Error(`The browser bundle "${name}" is missing: run npm run build`);
  return src;
}
