import { Head, Html, Main, NextScript } from "next/document";

export default function Document() {
  return (
    <Html lang="en">
      <Head>
        <meta name="theme-color" content="#1e3a8a" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
      </Head>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
