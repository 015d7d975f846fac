import Document, { Head, Html, Main, NextScript, type DocumentContext, type DocumentInitialProps } from "next/document";
import { iconHref } from "@/lib/brand/icon-data-uri";
import { scriptNonceOf } from "@/lib/security/response-headers";

interface Props extends DocumentInitialProps {
  /** The response's script nonce (proxy.ts); undefined for pages prerendered at build (they have no script). */
  nonce?: string;
}

// The respondent pages ship no Next.js script in production (decision 24); under `npm run dev` Next hydrates them
// with its runtime, whose scripts need the nonce like every other script (decision 44).
export default class BridgeDocument extends Document<Props> {
  static async getInitialProps(ctx: DocumentContext): Promise<Props> {
    const initialProps = await Document.getInitialProps(ctx);
    return { ...initialProps, nonce: scriptNonceOf(ctx.req?.headers["content-security-policy"]) };
  }

  render() {
    const { nonce } = this.props;
    return (
      <Html lang="en">
        <Head nonce={nonce}>
          <meta name="theme-color" content="#1e3a8a" />
          {/* inline: no request of its own on a phone (decision 49) */}
          <link rel="icon" href={iconHref()} type="image/svg+xml" />
        </Head>
        <body className="flex min-h-dvh flex-col font-sans antialiased">
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
