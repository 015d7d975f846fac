import { z } from "zod";

/** The CSV text of an import (preview and import both send it; the server parses it each time). */
export const ZBenchmarkImport = z.object({ text: z.string().max(2_000_000, "The file is too large") });
export type TBenchmarkImport = z.output<typeof ZBenchmarkImport>;
