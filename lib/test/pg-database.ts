// Tests only: a new database on the PostgreSQL test cluster (optionally copied from a template), named
// `<prefix>_<random>`; returns its URL. The cluster is removed after the run, so nothing is dropped here.
import { randomUUID } from "node:crypto";
import pg from "pg";

export async function createPgDatabase(serverUrl: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}_${randomUUID().replace(/-/g, "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY` : `CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
