import Link from "next/link";
import type { WorkshopScreen } from "@/lib/results/workshop";

const big = "inline-flex min-h-12 items-center rounded-md border-2 px-5 text-xl font-semibold no-underline";

/**
 * Previous / next and a numbered jump list: plain links, so every screen is reachable without a script (the
 * keyboard shortcuts follow the same links).
 */
export function WorkshopNav(props: {
  previous: { href: string; label: string } | null;
  next: { href: string; label: string } | null;
  startHref: string;
  summaryHref: string;
  gapHref: (n: number) => string;
  screens: Pick<WorkshopScreen, "number" | "outcome">[];
  current: "start" | "summary" | number;
}) {
  const { previous, next, screens, current } = props;
  const item = (href: string, text: React.ReactNode, isCurrent: boolean, key: string) => (
    <li key={key}>
      <Link
        href={href}
        aria-current={isCurrent ? "page" : undefined}
        className={`inline-flex min-h-12 min-w-12 items-center justify-center rounded-md border-2 px-3 text-xl font-semibold no-underline ${isCurrent ? "border-ink bg-ink text-white" : "border-slate-600 bg-white text-ink hover:border-brand-dark"}`}
      >
        {text}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Workshop screens" className="grid gap-4 border-t-2 border-ink pt-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        {previous ? (
          <Link href={previous.href} rel="prev" className={`${big} border-slate-600 bg-white text-ink hover:border-brand-dark`}>
            ← {previous.label}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={next.href} rel="next" className={`${big} border-brand-dark bg-brand-dark text-white hover:bg-ink`}>
            {next.label} →
          </Link>
        ) : null}
      </div>
      <ol className="flex flex-wrap gap-2" aria-label="Go to a screen">
        {item(props.startHref, "Start", current === "start", "start")}
        {screens.map((s) =>
          item(
            props.gapHref(s.number),
            <>
              <span className="sr-only">Gap </span>
              {s.number}
              {s.outcome ? <span className="sr-only"> (outcome recorded)</span> : null}
              {s.outcome ? <span aria-hidden="true"> ✓</span> : null}
            </>,
            current === s.number,
            `gap-${s.number}`,
          ),
        )}
        {item(props.summaryHref, "Outcomes", current === "summary", "summary")}
      </ol>
      <p className="text-lg text-muted" id="workshop-keys-help">
        Keys: → or J next, ← or K previous, a number for that gap, Home the start, End the outcomes, F full screen, Esc to leave a form field.
      </p>
    </nav>
  );
}
