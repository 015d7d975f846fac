import { z } from "zod";
import { POPULATIONS } from "@/lib/domain";

/** Query string of GET /api/benchmarks. */
export const ZBenchmarkQuery = z.object({
  population: z.enum(POPULATIONS).optional(),
  source: z.string().regex(/^[a-z0-9-]{1,64}$/, "must be a source id").optional(),
  topic: z.string().regex(/^[a-z0-9-]{1,64}$/, "must be a topic id").optional(),
  defaultsOnly: z.enum(["true", "false"]).optional(),
});
export type TBenchmarkQuery = z.infer<typeof ZBenchmarkQuery>;

export const ZQuestionnaireVersion = z.string().regex(/^v[0-9]{1,4}$/, "must look like v1");
