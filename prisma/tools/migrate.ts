// CLI for the offline migration tool (prisma/tools/schema-engine.ts):
//   tsx prisma/tools/migrate.ts deploy        apply pending migrations (prisma migrate deploy)
//   tsx prisma/tools/migrate.ts dev <name>    create + apply a migration for schema changes (prisma migrate dev)
//   tsx prisma/tools/migrate.ts status        list pending/failed/edited migrations; exit 1 if any
//   tsx prisma/tools/migrate.ts diff          print the SQL from the live database to schema.prisma
// DATABASE_URL defaults to file:./data/bridge.db; a postgresql:// URL uses prisma/postgresql/ (lib/db/provider.ts).
// Failures print one line and exit non-zero.
import { prismaPaths } from "../../lib/db/provider.ts";
import { applyMigrations, createMigration, migrationStatus, schemaDiff } from "./schema-engine.ts";

process.env.CHECKPOINT_DISABLE = "1";

const USAGE = "Usage: tsx prisma/tools/migrate.ts deploy | dev <name> | status | diff";

class UsageError extends Error {}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const databaseUrl = process.env.DATABASE_URL || "file:./data/bridge.db";
  const opts = { databaseUrl, ...prismaPaths(databaseUrl) };

  switch (command) {
    case "deploy": {
      if (rest.length > 0) throw new UsageError(USAGE);
      const { applied } = await applyMigrations(opts);
      console.log(
        applied.length === 0 ? "No pending migrations" : `Applied ${plural(applied.length, "migration")}: ${applied.join(", ")}`,
      );
      return 0;
    }
    case "dev": {
      const name = rest[0];
      if (!name || rest.length > 1) throw new UsageError(`Missing migration name. ${USAGE}`);
      const { created } = await createMigration({ ...opts, name });
      console.log(created ? `Created and applied migration: ${created}` : "No schema changes: no migration created");
      return 0;
    }
    case "status": {
      if (rest.length > 0) throw new UsageError(USAGE);
      const s = await migrationStatus(opts);
      console.log(`Applied: ${s.applied.length}`);
      const lines: [string, string[]][] = [
        ["Pending", s.pending],
        ["Failed", s.failed],
        ["Edited after being applied", s.edited],
        ["In the database but not in the migrations folder", s.unknownInDb],
      ];
      for (const [label, names] of lines) if (names.length > 0) console.log(`${label}: ${names.join(", ")}`);
      const bad = s.pending.length + s.failed.length + s.edited.length;
      if (bad === 0) console.log("Database is up to date");
      return bad === 0 ? 0 : 1;
    }
    case "diff": {
      if (rest.length > 0) throw new UsageError(USAGE);
      process.stdout.write(await schemaDiff(opts));
      return 0;
    }
    default:
      throw new UsageError(command ? `Unknown command "${command}". ${USAGE}` : USAGE);
  }
}

/** One line, no stack: engine errors carry multi-line messages and a Prisma error code. */
function oneLine(err: unknown): string {
  const e = err as { message?: unknown; code?: unknown };
  const message = String(e?.message ?? err).replace(/\s+/g, " ").trim();
  const code = typeof e?.code === "string" && /^P\d{4}$/.test(e.code) ? ` [${e.code}]` : "";
  return `${message.length > 600 ? `${message.slice(0, 600)}…` : message}${code}`;
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`migrate: ${oneLine(err)}\n`);
  exitCode = err instanceof UsageError ? 2 : 1;
}
// The WASM glue can leave timers behind: exit explicitly.
process.exit(exitCode);
