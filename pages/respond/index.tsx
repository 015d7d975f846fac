// The welcome page an invitation link lands on (after /r/<token> set the cookie). Pages Router, no runtime JS.
import type { GetServerSideProps, PageConfig } from "next";
import { WelcomeView } from "@/components/respondent/welcome-view";
import { PagesShell } from "@/components/ui/pages-shell";
import type { UnavailableProps } from "@/lib/respondent/unavailable-props";
import { respondentPage } from "@/lib/respondent/page-request";
import { welcomePage, type WelcomePageData } from "@/lib/respondent/welcome-page";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { page: WelcomePageData };

export const getServerSideProps: GetServerSideProps<Props | UnavailableProps> = async ({ req, res, query }) =>
  respondentPage(req, res, (r) => welcomePage(r, typeof query.error === "string" ? query.error : undefined));

export default function WelcomePage({ page }: Props) {
  return (
    <PagesShell title={page.error ? "Error: Welcome" : "Welcome"}>
      <WelcomeView page={page} />
    </PagesShell>
  );
}
