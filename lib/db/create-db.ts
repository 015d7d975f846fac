import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-postgresql/client";
import { createAdapterFactory, databaseKind } from "./adapter";

// Two generated clients from one schema (prisma/schema.prisma, and prisma/postgresql/schema.prisma derived from it
// by prisma/tools/derive-schema.ts): a generated client is built for one provider and refuses another provider's
// driver adapter. The app is typed with the SQLite client's types; the PostgreSQL client has the same models and
// fields (checked below at compile time) and differs only in provider-specific options such as transaction
// isolation levels, which the app does not use.

export type Db = PrismaClient;

type Models<C> = Exclude<keyof C, `$${string}` | symbol>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameModels: Same<Models<PostgresPrismaClient>, Models<PrismaClient>> = true;
void sameModels;

/** A Prisma client on DATABASE_URL's driver adapter (used by the app, scripts, the seed and tests). */
export function createDb(url: string, options: { mustExist?: boolean; poolSize?: number } = {}): PrismaClient {
  const adapter = createAdapterFactory(url, options);
  if (databaseKind(url) === "postgresql") return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  return new PrismaClient({ adapter });
}
