import Head from "next/head";
import type { ReactNode } from "react";
import { PageFrame } from "./page-frame";

/** A Pages Router page (the respondent's pages and its 404): title, viewport and the site's frame. */
export function PagesShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <Head>
        <title>{`${title} · Bridge`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </Head>
      <PageFrame>{children}</PageFrame>
    </>
  );
}
