// The respondent's personal results after submit, then what the facilitator shared with the team. Pages Router,
// no JavaScript at all.
import type { GetServerSideProps, PageConfig } from "next";
import { ResultsView } from "@/components/respondent/results-view";
import { SharedResults } from "@/components/respondent/shared-results";
import { PagesShell } from "@/components/ui/pages-shell";
import type { UnavailableProps } from "@/lib/respondent/unavailable-props";
import { respondentPage } from "@/lib/respondent/page-request";
import { resultsPage, type ResultsPageData } from "@/lib/respondent/results-page";
import type { SharedView } from "@/lib/plan/types";
import { sharedViewFor } from "@/lib/respondent/shared-view";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { page: ResultsPageData; shared: SharedView | null };

export const getServerSideProps: GetServerSideProps<Props | UnavailableProps> = async ({ req, res }) =>
  respondentPage(req, res, async (r) => {
    const outcome = resultsPage(r);
    if (!("props" in outcome)) return outcome;
    return { props: { ...outcome.props, shared: await sharedViewFor(r.responseId) } };
  });

export default function ResultsPage({ page, shared }: Props) {
  return (
    <PagesShell title="Your results">
      <ResultsView page={page} />
      {shared ? <SharedResults shared={shared} /> : null}
    </PagesShell>
  );
}
