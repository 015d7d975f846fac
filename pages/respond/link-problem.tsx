// Unknown, withdrawn, expired, closed or already-submitted links land here. Pages Router, no JavaScript.
import type { GetServerSideProps, PageConfig } from "next";
import { LinkProblemView } from "@/components/respondent/link-problem-view";
import { PagesShell } from "@/components/ui/pages-shell";
import { personalPage } from "@/lib/respondent/page-request";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { reason: string };

export const getServerSideProps: GetServerSideProps<Props> = async ({ res, query }) => {
  personalPage(res);
  return { props: { reason: typeof query.reason === "string" ? query.reason : "unknown" } };
};

export default function LinkProblemPage({ reason }: Props) {
  return (
    <PagesShell title="This link cannot be used">
      <LinkProblemView reason={reason} />
    </PagesShell>
  );
}
