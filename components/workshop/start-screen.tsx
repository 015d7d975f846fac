import Link from "next/link";
import type { WorkshopView } from "@/lib/results/workshop";
import { OUTCOME_LABEL } from "@/lib/results/workshop-outcome";
import { QuestionWording } from "./question-wording";

/** The agenda: how many gaps there are and why, each a link; or, plainly, that nothing is credible. */
export function StartScreen({ view, gapHref, resultsHref, practicalGap }: { view: WorkshopView; gapHref: (n: number) => string; resultsHref: string; practicalGap: number }) {
  const { counts } = view;
  const n = view.screens.length;
  const who = `${counts.marketing} marketing and ${counts.it} IT respondent${counts.it === 1 ? "" : "s"}`;
  return (
    <section aria-labelledby="screen-title" className="grid gap-6">
      {view.mode === "credible" ? (
        <>
          <h2 id="screen-title" className="text-3xl font-bold sm:text-4xl">
            {n} credible gap{n === 1 ? "" : "s"} to discuss, widest first
          </h2>
          <p className="text-xl">
            A gap between marketing and IT is shown only when it is credible after allowing for all {view.comparisons} comparisons of these results
            ({who}). Each screen shows how both sides answered, in the words each side saw, the published figures and what each side expected of
            the other. Record what the room concludes: an agreed position, agree to differ, or needs data.
          </p>
        </>
      ) : view.mode === "not-established" ? (
        <>
          <h2 id="screen-title" className="text-3xl font-bold sm:text-4xl">
            No credible gap between the sides
          </h2>
          <p className="text-xl">
            With {who}, no difference between the sides passes the tests: there is no finding to present. The {n} largest observed differences
            (at least {practicalGap} points) are offered as questions for the room, each marked <strong>not established</strong>: they could be
            chance.
          </p>
        </>
      ) : (
        <>
          <h2 id="screen-title" className="text-3xl font-bold sm:text-4xl">
            Nothing credible to discuss
          </h2>
          <p className="text-xl">
            With {who}, no difference between the sides passes the tests, and none reaches {practicalGap} points. The{" "}
            <Link href={resultsHref}>team results</Link> show every question with its interval.
          </p>
        </>
      )}
      {view.evidenceNotes.length && view.mode !== "credible" ? (
        <ul className="list-disc space-y-2 pl-8 text-xl">
          {view.evidenceNotes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {n ? (
        <ol className="grid gap-3 text-xl" aria-label="Gaps">
          {view.screens.map((s) => (
            <li key={s.number} className="rounded-md border-2 border-slate-400 p-4">
              <Link href={gapHref(s.number)} className="font-semibold">
                Gap {s.number}: <QuestionWording wording={s.wording} compact />
              </Link>
              <span className="block text-lg">
                {s.gap.established ? (s.gap.label === "wide" ? "Wide gap" : "Small gap") : "Not established"}
                {" · "}
                {s.outcome ? `Outcome: ${OUTCOME_LABEL[s.outcome.outcome]}` : "No outcome yet"}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
