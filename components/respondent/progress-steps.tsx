import Link from "next/link";
import type { SectionProgress } from "@/lib/respondent/navigation";

/** Where the respondent is: every section with its completion, the current one marked for screen readers. */
export function ProgressSteps({ sections, current }: { sections: SectionProgress[]; current: string }) {
  const answered = sections.reduce((s, x) => s + x.answered, 0);
  const total = sections.reduce((s, x) => s + x.total, 0);
  const percent = total ? Math.round((answered / total) * 100) : 0;
  return (
    <nav aria-label="Progress" className="mb-6">
      <p className="text-sm text-muted" id="progress-label">
        {answered} of {total} questions answered
      </p>
      <div role="progressbar" aria-labelledby="progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="mt-1 h-2 rounded bg-slate-200">
        <div className="h-2 rounded bg-brand" style={{ width: `${percent}%` }} />
      </div>
      <ol className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((s, i) => (
          <li key={s.id}>
            <Link href={`/respond/${s.id}`} aria-current={s.id === current ? "step" : undefined} className={s.id === current ? "font-semibold text-ink" : ""}>
              {i + 1}. {s.title}
              <span className="sr-only">
                {" "}
                ({s.answered} of {s.total} answered)
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/respond/review" aria-current={current === "review" ? "step" : undefined} className={current === "review" ? "font-semibold text-ink" : ""}>
            Review and submit
          </Link>
        </li>
      </ol>
    </nav>
  );
}
