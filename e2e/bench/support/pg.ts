// Typed access to the private PostgreSQL cluster of scripts/lib/pg-cluster.mjs (plain JavaScript, shared with
// scripts/test.mjs), and a new database on it for one benchmark.
import pg from "pg";
// @ts-expect-error plain JavaScript module without types
import { startPgCluster as startCluster, withDatabase as databaseUrlOf } from "../../../scripts/lib/pg-cluster.mjs";

export interface PgCluster {
  /** The `postgres` database as superuser. */
  url: string;
  port: number;
  dir: string;
  /** Stops the server and removes the cluster's folder. */
  stop: () => void;
  /** pg_ctl stop with a shutdown mode ("fast": sessions are terminated; "immediate": no checkpoint). */
  stopServer: (mode?: "smart" | "fast" | "immediate") => Promise<void>;
  startServer: () => Promise<void>;
  restart: (mode?: "smart" | "fast" | "immediate") => Promise<void>;
}

/** `durable`: fsync, synchronous_commit and full_page_writes as PostgreSQL ships them (what a production server runs). */
export const startPgCluster = startCluster as (options?: { maxConnections?: number; durable?: boolean }) => Promise<PgCluster>;

/** Creates `name` on the cluster and returns its URL. */
export async function createPgDatabase(cluster: PgCluster, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return (databaseUrlOf as (url: string, database: string) => string)(cluster.url, name);
}

/** The server's settings that decide what a commit costs, as one line for the bench's header. */
export async function durabilitySettings(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'server_version') ORDER BY name`,
    );
    return rows.map((r) => `${r.name}=${r.setting}`).join(" ");
  } finally {
    await client.end();
  }
}
