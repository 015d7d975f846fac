/** The problems validateQuestionnaire finds in a version, each naming its item, or a line saying there are none. */
export function QuestionnaireProblems({ problems, isDraft }: { problems: string[]; isDraft: boolean }) {
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="text-xl font-semibold">
        {problems.length === 0 ? "Validation: no problems" : `Validation: ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}`}
      </h2>
      {problems.length === 0 ? (
        <p className="mt-1 text-sm text-muted">Every item is consistent with the version and the benchmark library (the same checks as the built-in versions).</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            {isDraft ? "The draft is saved as it is, but cannot be published until these are fixed." : "Checked against the benchmark library as it is today."}
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-red-800">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
