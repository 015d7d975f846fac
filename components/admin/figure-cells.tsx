// How a benchmark figure's statement and provenance read in the admin tables (the library, a source's page).

/** The statement, with the figure's id and a detail under it, and the subgroup it is of when it is not the whole sample. */
export function FigureStatement({ statement, id, detail, subgroup }: { statement: string; id: string; detail?: string; subgroup?: string | null }) {
  return (
    <>
      {statement}
      <span className="block font-mono text-xs text-muted">
        {id}
        {detail}
      </span>
      {subgroup ? <span className="block text-xs text-muted">Of a subgroup: {subgroup}</span> : null}
    </>
  );
}

/** Where the figure is printed: the document, its figure label, and the verbatim quote. */
export function FigureLocator({ file, figure, quote }: { file: string; figure?: string | null; quote: string }) {
  return (
    <>
      <span className="font-mono text-xs">{file}</span>
      {figure ? ` · ${figure}` : ""}
      <q className="block text-xs text-muted">{quote}</q>
    </>
  );
}
