/** Five scores as CSS bars with the number in text (no chart library on respondent pages). */
export function ImperativeBars({ scores }: { scores: { id: string; label: string; title: string; score: number | null }[] }) {
  return (
    <dl className="mt-4 grid gap-3">
      {scores.map((s) => (
        <div key={s.id} className="grid gap-1 sm:grid-cols-[14rem_1fr_3rem] sm:items-center sm:gap-3">
          <dt className="font-medium" title={s.title}>
            {s.label}
          </dt>
          <dd className="h-3 rounded bg-slate-200" aria-hidden="true">
            {s.score !== null ? <div className="h-3 rounded bg-brand" style={{ width: `${s.score}%` }} /> : null}
          </dd>
          <dd className="font-semibold tabular-nums">{s.score === null ? "n/a" : Math.round(s.score)}</dd>
        </div>
      ))}
    </dl>
  );
}
