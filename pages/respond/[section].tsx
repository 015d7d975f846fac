// A questionnaire section. Served by the Pages Router with Next's runtime switched off: the page is plain
// server-rendered HTML, and the only script is the questionnaire island (React + the form, ~95 KB gzip), which
// keeps respondent pages within the 120 KB budget that the App Router's runtime alone exceeds.
import type { GetServerSideProps, PageConfig } from "next";
import Head from "next/head";
import { SectionView } from "@/components/respondent/section-view";
import { PageFrame } from "@/components/ui/page-frame";
import type { SectionPageData } from "@/lib/respondent/section-page";

export const config: PageConfig = { unstable_runtimeJS: false };

interface Props {
  page: SectionPageData;
  islandSrc: string;
}

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, params }) => {
  const { respondentPage } = await import("@/lib/respondent/page-request");
  return respondentPage(req, res, String(params?.section ?? ""));
};

export default function SectionPage({ page, islandSrc }: Props) {
  return (
    <>
      <Head>
        <title>{`Questions: ${page.title} · Bridge`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <PageFrame>
        <SectionView page={page} islandSrc={islandSrc} />
      </PageFrame>
    </>
  );
}
