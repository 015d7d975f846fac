// Not found for the Pages Router's routes (an unknown questionnaire section): the same page as app/not-found.tsx.
import type { PageConfig } from "next";
import { NotFoundMessage } from "@/components/ui/not-found-message";
import { PagesShell } from "@/components/ui/pages-shell";

export const config: PageConfig = { unstable_runtimeJS: false };

export default function NotFoundPage() {
  return (
    <PagesShell title="Page not found">
      <NotFoundMessage />
    </PagesShell>
  );
}
