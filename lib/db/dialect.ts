// The few places where SQL differs between the embedded SQLite database and PostgreSQL. Everything else the app
// writes as raw SQL is portable (INSERT … ON CONFLICT … DO UPDATE, RETURNING, CAST AS BIGINT, CASE); each
// statement is tested on both databases.
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseKind } from "./adapter";

export const isPostgres = (): boolean => databaseKind(env().DATABASE_URL) === "postgresql";

export const dialect = {
  /** A JSON value bound as text, stored in a Json column (jsonb on PostgreSQL, TEXT on SQLite). */
  json: (text: string) => (isPostgres() ? Prisma.sql`CAST(${text} AS jsonb)` : Prisma.sql`${text}`),
  /** An ISO date-time bound as text, compared with a DateTime column (SQLite stores them as ISO text). */
  timestamp: (iso: string) => (isPostgres() ? Prisma.sql`CAST(${iso} AS TIMESTAMP(3))` : Prisma.sql`${iso}`),
  /** A floating-point type for CAST (REAL on SQLite is already 8 bytes). */
  double: () => Prisma.raw(isPostgres() ? "DOUBLE PRECISION" : "REAL"),
  /**
   * A row lock for a subquery that decides a write: PostgreSQL reads under READ COMMITTED and needs the lock to
   * see a concurrent commit; SQLite's writers already run one at a time (BEGIN IMMEDIATE), so it has none.
   */
  forShare: () => Prisma.raw(isPostgres() ? " FOR SHARE" : ""),
};
