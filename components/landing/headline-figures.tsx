import { sampleSize } from "@/lib/benchmarks/sample-size";
import type { Library } from "@/lib/catalogue/types";

/** Three findings that show why the two sides need to compare notes, each with its source, year and n. */
const HEADLINES = [
  { ids: ["a12-need-alignment-cio", "a12-need-alignment-cmo"], title: "say marketing and IT need to be aligned" },
  { ids: ["a12-marketing-it-top-priority-cio", "a12-marketing-it-bottom-priority-cmo"], title: "misjudge each other's priorities" },
  { ids: ["a12-collaboration-right-level-both"], title: "say collaboration is at the right level" },
] as const;

const WHO = { marketing: "CMOs", it: "CIOs", both: "executives" } as const;

/** `library`: the benchmark library as stored; a headline whose figures are not in it is left out. */
export function HeadlineFigures({ library }: { library: Library }) {
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title" className="text-2xl font-semibold">
        What the surveys found
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        {HEADLINES.map((headline) => {
          const figures = headline.ids.map((id) => library.figures.find((f) => f.id === id)).filter((f) => f !== undefined);
          if (!figures.length) return null;
          return (
            <li key={headline.title} className="rounded-lg border border-slate-200 bg-surface p-4">
              <p className="text-sm font-medium text-muted">{headline.title}</p>
              {figures.map((figure) => {
                const source = library.sources.find((s) => s.id === figure.sourceId);
                const n = sampleSize(figure, library.sources);
                return (
                  <figure key={figure.id} className="mt-3">
                    <p className="text-3xl font-bold text-ink">
                      {figure.value}%<span className="ml-2 text-base font-semibold">{WHO[figure.population]}</span>
                    </p>
                    <figcaption className="mt-1 text-sm">
                      {figure.statement}.{" "}
                      <span className="text-muted">
                        {source?.publisher}, {source?.year}
                        {n ? `, n = ${n.toLocaleString("en-US")}` : ""}.
                      </span>
                    </figcaption>
                  </figure>
                );
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
