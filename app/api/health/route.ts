import { checkDatabase } from "@/lib/data/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when the database answers and is migrated, 503 with a reason otherwise. */
export async function GET() {
  const database = await checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (database.ok) return Response.json({ status: "ok", database: "ok" }, { headers });
  return Response.json({ status: "error", database: "unavailable", reason: database.reason }, { status: 503, headers });
}
