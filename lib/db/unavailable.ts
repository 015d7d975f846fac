// Whether an error means "the database cannot be reached right now" (PostgreSQL restarting or failing over, the
// pool exhausted, a connection cut, SQLite's write lock held past its timeout) rather than a bug. Such errors
// become a fast 503 with Retry-After at the one boundary (lib/http/route.ts); the autosave keeps the answers on
// the device and retries, and the next request opens new connections: no restart needed.

/** Prisma's codes for an unreachable server, a timeout, a closed connection, a pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Prisma's driver adapter error kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutting down or starting (57P01-57P03), too many connections. */
const PG_STATE = /^(08\d{3}|57P0[123]|53300)$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "SQLITE_BUSY"]);
const MESSAGES =
  /Can't reach database server|Connection terminated|timeout exceeded when trying to connect|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Timed out fetching a new connection|Operation has timed out|Unable to start a transaction in the given time/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
    name?: unknown;
  };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || PG_STATE.test(e.code) || NODE_CODES.has(e.code))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  const adapter = e.meta?.driverAdapterError?.cause;
  if (adapter && typeof adapter.kind === "string" && ADAPTER_KINDS.has(adapter.kind)) return true;
  if (adapter && typeof adapter.originalCode === "string" && PG_STATE.test(adapter.originalCode)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client should wait before retrying when the database is unavailable (the Retry-After of every 503). */
export const UNAVAILABLE_RETRY_AFTER_S = 2;

/** One log line per refused request: the error's last line (Prisma's messages end with the driver's). */
export function logUnavailable(error: unknown) {
  console.warn(`[bridge] database unavailable: ${String((error as Error)?.message ?? error).split("\n").filter(Boolean).at(-1)}`);
}
