import Link from "next/link";

/** The "page not found" text, shared by the App Router's not-found page and the Pages Router's 404 page. */
export function NotFoundMessage() {
  return (
    <section aria-labelledby="nf-title" className="max-w-xl">
      <h1 id="nf-title" className="text-2xl font-semibold">
        Page not found
      </h1>
      <p className="mt-3 text-muted">
        There is nothing at this address. If you followed an invitation link, check that you copied all of it, or
        ask the person who invited you for a new one.
      </p>
      <p className="mt-6">
        <Link href="/">Go to the Bridge home page</Link>
      </p>
    </section>
  );
}
