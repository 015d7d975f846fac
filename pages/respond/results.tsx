// The respondent's personal results after submit. Pages Router, no JavaScript at all.
import type { GetServerSideProps, PageConfig } from "next";
import { ResultsView } from "@/components/respondent/results-view";
import { PagesShell } from "@/components/ui/pages-shell";
import type { UnavailableProps } from "@/lib/respondent/unavailable-props";
import { respondentPage } from "@/lib/respondent/page-request";
import { resultsPage, type ResultsPageData } from "@/lib/respondent/results-page";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { page: ResultsPageData };

export const getServerSideProps: GetServerSideProps<Props | UnavailableProps> = async ({ req, res }) => respondentPage(req, res, resultsPage);

export default function ResultsPage({ page }: Props) {
  return (
    <PagesShell title="Your results">
      <ResultsView page={page} />
    </PagesShell>
  );
}
