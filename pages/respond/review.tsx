// Review and submit. Pages Router, no runtime JS: the submit form posts to /api/respond/submit.
import type { GetServerSideProps, PageConfig } from "next";
import { ReviewView } from "@/components/respondent/review-view";
import { PagesShell } from "@/components/ui/pages-shell";
import type { UnavailableProps } from "@/lib/respondent/unavailable-props";
import { respondentPage } from "@/lib/respondent/page-request";
import { reviewPage, type ReviewPageData } from "@/lib/respondent/review-page";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { page: ReviewPageData };

export const getServerSideProps: GetServerSideProps<Props | UnavailableProps> = async ({ req, res, query }) =>
  respondentPage(req, res, (r) => reviewPage(r, typeof query.error === "string" ? query.error : undefined));

export default function ReviewPage({ page }: Props) {
  return (
    <PagesShell title={page.error ? "Error: Review and submit" : "Review and submit"}>
      <ReviewView page={page} />
    </PagesShell>
  );
}
