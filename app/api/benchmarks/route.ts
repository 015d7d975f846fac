import { listBenchmarkCatalogue } from "@/lib/data/benchmarks";
import { ZBenchmarkQuery } from "@/lib/validation/benchmark-query";

export const dynamic = "force-dynamic";

/** GET /api/benchmarks[?population=&source=&topic=&defaultsOnly=true]: sources and figures with provenance. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = ZBenchmarkQuery.safeParse(params);
  if (!query.success) {
    const issue = query.error.issues[0]!;
    return Response.json({ error: `${String(issue.path[0])}: ${issue.message}` }, { status: 400 });
  }
  return Response.json(await listBenchmarkCatalogue(query.data), { headers: { "Cache-Control": "no-cache" } });
}
