// Benches that run on either database: `--db=sqlite` (the default), `--db=postgresql` (a private PostgreSQL 15
// cluster with production durability, removed afterwards), or `--db=both`: this script once per database, each in
// its own process (the app's database client is one per process), one after the other, their figures beside each
// other at the end. Each run prints its figures as a last line `BENCH_RESULT {json}`.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "../../../lib/db/create-db";
import { seedReferenceData } from "../../../prisma/seed-reference";
import { createPgDatabase, durabilitySettings, startPgCluster } from "./pg";

export type BenchDb = "sqlite" | "postgresql";
export const BENCH_DBS: BenchDb[] = ["sqlite", "postgresql"];
export type BenchResult = Record<string, number>;

export function dbFlag(argv = process.argv): BenchDb | "both" {
  const value = argv.find((a) => a.startsWith("--db="))?.slice(5) ?? "sqlite";
  if (value === "sqlite" || value === "postgresql" || value === "both") return value;
  throw new Error(`--db must be sqlite, postgresql or both (got ${value})`);
}

export interface BenchDatabase {
  kind: BenchDb;
  url: string;
  /** The SQLite file, for raw better-sqlite3 access (null on PostgreSQL). */
  file: string | null;
  /** One line saying what the database is. */
  description: string;
  cleanup: () => void;
}

/** A new, empty database: a SQLite file in a temporary folder, or a database on a new private PostgreSQL cluster. */
export async function benchDatabase(kind: BenchDb, name: string): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), `bridge-bench-${name}-`));
    const file = path.join(dir, "bench.db");
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    return { kind, url: `file:${file}`, file, description: "SQLite (WAL, synchronous=FULL)", cleanup };
  }
  const cluster = await startPgCluster({ durable: true, maxConnections: 50 });
  const url = await createPgDatabase(cluster, name);
  return { kind, url, file: null, description: `PostgreSQL (${await durabilitySettings(url)})`, cleanup: () => cluster.stop() };
}

/**
 * The reference seed, tried twice: on a busy host its one interactive transaction has outlived Prisma's 5 s
 * timeout on a fresh PostgreSQL database (P2028, prisma/seed-reference.ts seedBenchmarks); said so when it happens.
 */
export async function seedReference(db: Db) {
  try {
    await seedReferenceData(db);
  } catch (error) {
    console.log(`  ! the reference seed failed, trying once more: ${(error as Error).message.split("\n").filter(Boolean).at(-1)}`);
    await seedReferenceData(db);
  }
}

export function printResult(result: BenchResult) {
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
}

/** Runs `script` with --db=<each database> in a child process (same Node flags), passing its output through. */
export async function runOnEachDatabase(script: string): Promise<Record<BenchDb, BenchResult | null>> {
  const results: Record<BenchDb, BenchResult | null> = { sqlite: null, postgresql: null };
  for (const kind of BENCH_DBS) {
    const child = spawn(process.execPath, [...process.execArgv, script, `--db=${kind}`], { stdio: ["ignore", "pipe", "inherit"], env: process.env });
    let partial = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith("BENCH_RESULT ")) results[kind] = JSON.parse(line.slice(13)) as BenchResult;
        else console.log(line);
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    if (!results[kind]) console.log(`  (the ${kind} run failed with exit code ${code} before printing its figures)`);
  }
  return results;
}

/** The figures of both runs side by side, with PostgreSQL ÷ SQLite. */
export function printSideBySide(results: Record<BenchDb, BenchResult | null>, labels: Record<string, string>) {
  const { sqlite, postgresql } = results;
  console.log("\n| figure | SQLite | PostgreSQL | PostgreSQL ÷ SQLite |\n|---|---|---|---|");
  for (const [key, label] of Object.entries(labels)) {
    const a = sqlite?.[key];
    const b = postgresql?.[key];
    const ratio = a !== undefined && b !== undefined && a > 0 ? (b / a).toFixed(2) : "–";
    console.log(`| ${label} | ${a?.toFixed(1) ?? "–"} | ${b?.toFixed(1) ?? "–"} | ${ratio} |`);
  }
}
