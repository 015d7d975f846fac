// The Pages Router serves only the respondent's questionnaire pages, which ship no Next.js runtime (see
// pages/respond/[section].tsx and README decision 24); everything else is the App Router under app/.
import type { AppProps } from "next/app";
import "../app/globals.css";

export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
