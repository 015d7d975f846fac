import Link from "next/link";
import type { PlanSource } from "@/lib/plan/origin";
import type { PlanOriginKind } from "@/lib/plan/vocabulary";

const GROUPS: { kind: PlanOriginKind; title: string; empty: string }[] = [
  { kind: "recommendation", title: "Recommendations", empty: "No recommendation: nothing in these results is strong enough to recommend an action." },
  { kind: "gap", title: "Credible gaps", empty: "No credible gap between the sides." },
  { kind: "outcome", title: "Workshop outcomes", empty: "No workshop outcome recorded yet." },
];

/** "Add to plan" from the latest revealed wave: each entry opens the new-action form pre-filled (/plan/new?from=kind:ref). */
export function AddFromResults({ assessmentId, waveNumber, waveLabel, sources }: { assessmentId: string; waveNumber: number; waveLabel: string; sources: Record<PlanOriginKind, PlanSource[]> }) {
  return (
    <section aria-labelledby="add-title">
      <h2 id="add-title" className="text-xl font-semibold">
        Add to the plan from {waveLabel}
      </h2>
      <div className="mt-3 grid gap-6 md:grid-cols-3">
        {GROUPS.map((group) => (
          <section key={group.kind} aria-labelledby={`add-${group.kind}`}>
            <h3 id={`add-${group.kind}`} className="font-semibold">
              {group.title}
            </h3>
            {sources[group.kind].length ? (
              <ul className="mt-2 space-y-2 text-sm">
                {sources[group.kind].map((s) => (
                  <li key={s.ref}>
                    <Link href={`/app/assessments/${assessmentId}/plan/new?from=${s.kind}:${encodeURIComponent(s.ref)}&wave=${waveNumber}`} aria-label={`Add to plan: ${s.label}`}>
                      {s.label}
                    </Link>
                    <span className="block text-muted">{s.detail}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-muted">{group.empty}</p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
