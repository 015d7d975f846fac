import type { SourceOrigin } from "@/lib/admin/types";
import { utcDay } from "@/lib/time";

/** "Built-in: …/seed file" or "Added by … on … (CSV import)". Server component (plain text). */
export function BenchmarkOrigin({ origin }: { origin: SourceOrigin | undefined }) {
  if (!origin) return null;
  if (origin.builtIn) {
    return (
      <span className="text-sm text-muted">
        Built-in, read-only: traced to <span className="font-mono">../shared/seeds/{origin.seedFile}</span>
      </span>
    );
  }
  const when = origin.at ? ` on ${utcDay(origin.at)}` : "";
  const how = origin.via === "import" ? " (CSV import)" : origin.via === "form" ? " (form)" : "";
  return (
    <span className="text-sm text-muted">
      Added by an admin: {origin.by ?? "unknown account"}
      {when}
      {how}
    </span>
  );
}
