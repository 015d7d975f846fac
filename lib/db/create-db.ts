import { PrismaClient } from "../generated/prisma/client";
import { createAdapterFactory } from "./adapter";

export type Db = PrismaClient;

/** A Prisma client on DATABASE_URL's driver adapter (used by the app, scripts, the seed and tests). */
export function createDb(url: string, options: { mustExist?: boolean } = {}): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(url, options) });
}
