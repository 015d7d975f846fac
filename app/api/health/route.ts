import { checkDatabase } from "@/lib/data/health";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness and readiness: 200 when the database answers and is migrated, 503 with a reason otherwise. */
export const GET = route({ guard: "public" }, async () => {
  const database = await checkDatabase();
  const headers = { "Cache-Control": "no-store" };
  if (database.ok) return Response.json({ status: "ok", database: "ok" }, { headers });
  // monitors read this body (not an application error): kept as it always was
  return Response.json({ status: "error", database: "unavailable", reason: database.reason }, { status: 503, headers });
});
