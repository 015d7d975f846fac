// The respondent's personal results: their answers beside the published figure for their own side (with n and
// interval), their five imperative scores and their top recommendations with the evidence. Nothing of any
// other participant is read. The figures are the assessment's chosen sources' only (the context carries them,
// lib/catalogue/select.ts), as on the team results. Serializable: rendered by a Pages Router page.
import { IMPERATIVES, SIDE_LABEL, type Side } from "@/lib/domain";
import type { RespondentContext } from "@/lib/data/respondent";
import { toClientItem } from "@/lib/questionnaire/client-item";
import { scoreIndividual, SCORING_MODEL_VERSION } from "@/lib/scoring";
import { formatAnswer } from "./format-answer";
import type { PageOutcome } from "./page-request";

export interface ResultsPageData {
  organizationName: string;
  participantName: string;
  side: Side;
  sideLabel: string;
  otherSideLabel: string;
  population: string;
  /** The published surveys asked executives: a team member's answers are read as context beside them. */
  teamMember: boolean;
  scoringModel: string;
  imperatives: { id: string; label: string; title: string; score: number | null }[];
  recommendations: { id: string; title: string; text: string; why: string; quote: string; cited: string }[];
  compared: {
    itemKey: string;
    prompt: string;
    answer: string;
    benchmarks: { figureId: string; statement: string; reference: string; agreement: string | null }[];
  }[];
}

const pct = (n: number) => `${Math.round(n)}%`;

export function resultsPage(r: RespondentContext): PageOutcome<{ page: ResultsPageData }> {
  if (r.status !== "submitted") return { redirect: "/respond" };
  const result = scoreIndividual(
    r.questionnaire,
    { id: r.responseId, side: r.side, tier: r.tier, answers: r.answers },
    r.figures,
  );
  const itemByKey = new Map(r.questionnaire.items.map((i) => [i.key, i]));
  const page: ResultsPageData = {
    organizationName: r.organizationName,
    participantName: r.participantName,
    side: r.side,
    sideLabel: SIDE_LABEL[r.side],
    otherSideLabel: r.side === "marketing" ? "IT" : "marketing",
    population: r.side === "marketing" ? "CMOs" : "CIOs",
    teamMember: r.tier === "team",
    scoringModel: SCORING_MODEL_VERSION,
    imperatives: IMPERATIVES.map((imp) => ({
      id: imp.id,
      label: imp.short,
      title: imp.title,
      score: result.imperatives.find((s) => s.imperative === imp.id)?.score ?? null,
    })),
    recommendations: result.recommendations.map((rec) => {
      const source = rec.action.source;
      const publication = r.sources.find((x) => x.seedFile === source.file);
      return {
        id: rec.action.id,
        title: rec.action.title,
        text: rec.action.text,
        why: rec.triggers.map((t) => t.summary).join(" "),
        quote: source.quote,
        cited: publication ? `${publication.publisher}, ${publication.year}` : source.file,
      };
    }),
    compared: result.items
      .filter((i) => i.benchmarks.length && i.value !== null)
      .map((item) => {
        const client = toClientItem(itemByKey.get(item.itemKey)!, r.side);
        return {
          itemKey: item.itemKey,
          prompt: client.prompt,
          answer: formatAnswer(client, item.value),
          benchmarks: item.benchmarks.map((b) => {
            const figure = r.figures.figure(b.figureId)!;
            const source = r.figures.source(figure);
            const sample = b.bounds
              ? `, a verbal figure: between ${pct(b.bounds.low)} and ${pct(b.bounds.high)}`
              : b.n
                ? `, n = ${b.n}, 95% interval ${pct(b.interval![0])}–${pct(b.interval![1])}`
                : ", sample size not published";
            const of = b.subgroup ? `; of ${b.subgroup}` : "";
            return {
              figureId: b.figureId,
              statement: b.statement,
              reference: `(${source?.publisher}, ${source?.year}${sample}${of}).`,
              agreement: b.contextOnly
                ? `Context only: ${b.contextOnly}.`
                : b.agrees === null
                  ? null
                  : b.agrees
                    ? "Your answer is in line with this statement."
                    : "Your answer differs from this statement.",
            };
          }),
        };
      }),
  };
  return { props: { page } };
}
