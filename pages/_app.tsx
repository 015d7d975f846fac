// The Pages Router serves only the respondent's questionnaire pages, which ship no Next.js runtime (see
// pages/respond/[section].tsx and README decision 24); everything else is the App Router under app/. A page whose
// server side found the database unavailable (a 503) shows the one "briefly unavailable" view instead.
import type { AppProps } from "next/app";
import { UnavailableView } from "@/components/respondent/unavailable-view";
import { isUnavailableProps } from "@/lib/respondent/unavailable-props";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  if (isUnavailableProps(pageProps)) return <UnavailableView />;
  return <Component {...pageProps} />;
}
