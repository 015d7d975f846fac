#!/usr/bin/env node
// The database of the two-instance Playwright run (playwright.postgres.config.ts): creates it on the server of
// the given URL, prints a ready line, and holds it until SIGTERM/SIGINT, then drops it (WITH (FORCE): connections
// still open are ended). The config starts this as its first webServer, so Playwright stops it last, after the
// instances and the proxy.
//
//   node e2e/support/pg-e2e-database.mjs postgresql://postgres@127.0.0.1:5432/e2e_1a2b3c4d
import pg from "pg";

const url = process.argv[2];
if (!url?.startsWith("postgres")) {
  console.error("✖ usage: node e2e/support/pg-e2e-database.mjs postgresql://user@host:port/<database>");
  process.exit(2);
}
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
  console.error(`✖ not a plain database name: ${name}`);
  process.exit(2);
}
// statements about a database are made from another one on the same server
const maintenance = new URL(url);
maintenance.pathname = "/postgres";

async function onServer(sql) {
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

try {
  await onServer(`CREATE DATABASE "${name}"`);
} catch (error) {
  console.error(`✖ could not create database ${name} on ${maintenance.host}: ${error.message}`);
  process.exit(1);
}
console.log(`• Database ${name} created on ${maintenance.host}`);

let dropping = false;
async function drop() {
  if (dropping) return;
  dropping = true;
  try {
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    console.log(`• Database ${name} dropped`);
  } catch (error) {
    console.error(`✖ could not drop database ${name}: ${error.message}`);
  }
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void drop());
setInterval(() => {}, 1 << 30); // hold until told to stop
