import Link from "next/link";
import type { ReactNode } from "react";

/** The top of every admin page: the way back ("Administration", and the library for its sub-pages) and the title. */
export function AdminPageHeader({ title, inLibrary = false, children }: { title: ReactNode; inLibrary?: boolean; children?: ReactNode }) {
  return (
    <header>
      <p className="text-sm">
        <Link href="/admin">Administration</Link>
        {inLibrary ? (
          <>
            {" / "}
            <Link href="/admin/benchmarks">Benchmark library</Link>
          </>
        ) : null}
      </p>
      <h1 className="mt-1 text-2xl font-bold">{title}</h1>
      {children}
    </header>
  );
}
