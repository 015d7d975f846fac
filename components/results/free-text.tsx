import type { RevealedTeamResults } from "@/lib/results/types";
import { SIDE_LABEL, SIDES } from "@/lib/domain";

/** Free-text answers as plain text, only for sides with enough respondents (see lib/scoring/anonymity.ts). */
export function FreeText({ results }: { results: RevealedTeamResults }) {
  const { freeText, anonymity } = results;
  const withheld = SIDES.filter((s) => !anonymity.freeTextAllowed[s]);
  return (
    <>
      {withheld.length ? (
        <p className="mt-1 text-sm text-muted">
          Free-text answers are listed only for a side with at least {anonymity.minFreeText} respondents counted; not listed for{" "}
          {withheld.map((s) => SIDE_LABEL[s]).join(" and ")}.
        </p>
      ) : null}
      {freeText.length === 0 && withheld.length < 2 ? <p className="mt-1">No free-text answers.</p> : null}
      {freeText.map((block) => {
        const info = results.items.find((i) => i.key === block.itemKey);
        return (
          <div key={`${block.itemKey}-${block.side}`} className="mt-3">
            <h4 className="font-semibold">
              {SIDE_LABEL[block.side]}: {info?.prompt[block.side] ?? "a question no longer in the questionnaire"}
            </h4>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {block.answers.map((text, i) => (
                <li key={i} className="whitespace-pre-line">
                  {text}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
