import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sqliteFilePath } from "../../lib/db/adapter";

/**
 * Loads .env (if present, without overriding the real environment) and, for the embedded database only,
 * makes sure a BRIDGE_SECRET exists: generated once into data/.secret so a fresh checkout runs with
 * `npm start` alone. Deployments with several instances set BRIDGE_SECRET themselves.
 */
export function loadLocalEnv(root: string) {
  const envFile = path.join(root, ".env");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const url = process.env.DATABASE_URL || "file:./data/bridge.db";
  if (process.env.BRIDGE_SECRET || !url.startsWith("file:")) return;
  const dataDir = path.dirname(sqliteFilePath(url, root));
  const secretFile = path.join(dataDir, ".secret");
  if (!existsSync(secretFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.BRIDGE_SECRET = readFileSync(secretFile, "utf8").trim();
}
