// A questionnaire section. Served by the Pages Router with Next's runtime switched off: the page is plain
// server-rendered HTML with native controls that work from the first paint, and its only script is the
// questionnaire island (no React: autosave, validation and the controls' live parts, ~13 KB gzip), loaded after
// the first paint or at the first change (decision 47). README decision 24 explains why respondent pages are not App Router pages.
// (Next removes getServerSideProps and what only it imports from the page's browser build.)
import type { GetServerSideProps, PageConfig } from "next";
import { SectionView } from "@/components/respondent/section-view";
import { PagesShell } from "@/components/ui/pages-shell";
import { islandScript } from "@/lib/islands/manifest";
import type { UnavailableProps } from "@/lib/respondent/unavailable-props";
import { respondentPage } from "@/lib/respondent/page-request";
import { sectionPage, type SectionPageData } from "@/lib/respondent/section-page";
import { scriptNonceOf } from "@/lib/security/response-headers";

export const config: PageConfig = { unstable_runtimeJS: false };

interface Props extends Record<string, unknown> {
  page: SectionPageData;
  islandSrc: string;
  /** This response's script nonce (from proxy.ts's policy on the request), for the island's loader. */
  nonce: string | null;
}

export const getServerSideProps: GetServerSideProps<Props | UnavailableProps> = async ({ req, res, params }) => {
  return respondentPage(req, res, (r) => {
    const outcome = sectionPage(r, String(params?.section ?? ""));
    const nonce = scriptNonceOf(req.headers["content-security-policy"]) ?? null;
    return "props" in outcome ? { props: { ...outcome.props, islandSrc: islandScript("questionnaire"), nonce } } : outcome;
  });
};

export default function SectionPage({ page, islandSrc, nonce }: Props) {
  return (
    <PagesShell title={`Questions: ${page.title}`}>
      <SectionView page={page} islandSrc={islandSrc} nonce={nonce ?? undefined} />
    </PagesShell>
  );
}
