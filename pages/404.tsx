// Not found for the Pages Router's routes (an unknown questionnaire section): the same page as app/not-found.tsx.
import type { PageConfig } from "next";
import Head from "next/head";
import { NotFoundMessage } from "@/components/ui/not-found-message";
import { PageFrame } from "@/components/ui/page-frame";

export const config: PageConfig = { unstable_runtimeJS: false };

export default function NotFoundPage() {
  return (
    <>
      <Head>
        <title>Page not found · Bridge</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <PageFrame>
        <NotFoundMessage />
      </PageFrame>
    </>
  );
}
