import { listBenchmarkCatalogue } from "@/lib/data/benchmarks";
import { route } from "@/lib/http/route";
import { ZBenchmarkQuery } from "@/lib/validation/benchmark-query";

export const dynamic = "force-dynamic";

/** GET /api/benchmarks[?population=&source=&topic=&defaultsOnly=true]: sources and figures with provenance. */
export const GET = route({ guard: "public", input: { from: "query", schema: ZBenchmarkQuery } }, async ({ input }) =>
  Response.json(await listBenchmarkCatalogue(input), { headers: { "Cache-Control": "no-cache" } }),
);
