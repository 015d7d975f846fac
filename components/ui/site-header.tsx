import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink no-underline">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="#1e3a8a" />
            <path d="M5 22c4-9 18-9 22 0" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          </svg>
          <span>Bridge</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap justify-end gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/#imperatives">The five imperatives</Link>
            </li>
            <li>
              <Link href="/#sources">Sources</Link>
            </li>
            <li>
              <Link href="/app" prefetch={false}>
                Facilitators
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
