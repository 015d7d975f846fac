import Link from "next/link";
import { notFound } from "next/navigation";
import { GapScreen } from "@/components/workshop/gap-screen";
import { StartScreen } from "@/components/workshop/start-screen";
import { SummaryScreen } from "@/components/workshop/summary-screen";
import { WorkshopKeys } from "@/components/workshop/workshop-keys";
import { WorkshopNav } from "@/components/workshop/workshop-nav";
import { requireActor } from "@/lib/auth/guards";
import { getWorkshop } from "@/lib/data/workshop";
import { buildWorkshop, samePosition, workshopHref, workshopSequence, type WorkshopPosition } from "@/lib/results/workshop";
import { PRACTICAL_GAP } from "@/lib/scoring/thresholds";
import { ZWorkshopQuery } from "@/lib/validation/workshop";

export const metadata = { title: "Workshop" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Present mode: the workshop alone on the screen. The root layout draws the site's header, footer and skip link and
// the (app) layout its navigation; this hides them (so nothing behind can take the focus) and gives the page the
// full width. It applies only while a present-mode workshop is on the page (:has), so leaving present mode by a
// client-side navigation restores the app even if the style element outlives the page.
const PRESENT = "body:has([data-workshop-present])";
const PRESENT_CSS = `${PRESENT} > a[href="#main"], ${PRESENT} > header, ${PRESENT} > footer, ${PRESENT} nav[aria-label="Facilitator"] { display: none !important; }
${PRESENT} main#main { max-width: none !important; padding: 1.5rem 3rem !important; }`;

const NO_JS_MESSAGE: Record<string, { text: string; alert: boolean }> = {
  "1": { text: "Outcome saved.", alert: false },
  cleared: { text: "Outcome cleared.", alert: false },
  invalid: {
    text: "The outcome was not saved. An agreed position needs its text; texts have at most 2,000 characters and no control characters; votes are whole numbers from 0 to 10,000.",
    alert: true,
  },
};

export default async function WorkshopPage({ params, searchParams }: { params: Promise<{ assessmentId: string }>; searchParams: SearchParams }) {
  const [{ assessmentId }, raw] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const query = ZWorkshopQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const workshop = await getWorkshop(actor, assessmentId, { waveNumber: query.wave });
  if (!workshop) notFound();
  const { results } = workshop;
  const view = buildWorkshop(results, workshop.outcomes);
  const total = view.screens.length;

  const position: WorkshopPosition =
    query.gap === undefined ? { kind: "start" } : query.gap === "summary" ? { kind: "summary" } : { kind: "gap", number: query.gap };
  if (position.kind === "gap" && (position.number < 1 || position.number > total)) notFound();

  const present = query.present === "1";
  const wave = results.wave.number;
  const href = (p: WorkshopPosition, asPresent = present) => workshopHref(results.assessment.id, { wave, position: p, present: asPresent });
  const gapHref = (n: number) => href({ kind: "gap", number: n });
  const sequence = workshopSequence(total);
  const index = sequence.findIndex((p) => samePosition(p, position));
  const labelOf = (p: WorkshopPosition) => (p.kind === "start" ? "Start" : p.kind === "summary" ? "Outcomes" : `Gap ${p.number}`);
  const previous = index > 0 ? sequence[index - 1]! : null;
  const next = index < sequence.length - 1 ? sequence[index + 1]! : null;
  const screen = position.kind === "gap" ? view.screens[position.number - 1]! : null;
  const resultsHref = `/app/assessments/${results.assessment.id}/results?wave=${wave}`;
  const message = query.saved ? NO_JS_MESSAGE[query.saved] : undefined;
  const revealedWaves = results.waves.filter((w) => w.revealed);

  return (
    <div id="workshop" data-workshop-present={present ? "" : undefined} className={`grid gap-8 bg-white text-ink [&:fullscreen]:overflow-y-auto [&:fullscreen]:p-12 ${present ? "text-2xl" : "text-xl"}`}>
      {present ? <style>{PRESENT_CSS}</style> : null}
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          {present ? null : (
            <p className="text-base">
              <Link href="/app">Organizations</Link> / <Link href={`/app/assessments/${results.assessment.id}`}>{results.assessment.title}</Link> /{" "}
              <Link href={resultsHref}>Team results</Link>
            </p>
          )}
          <h1 className="mt-1 text-2xl font-bold">Workshop</h1>
          <p className="text-lg">
            {results.assessment.organizationName} · {results.assessment.title} · {results.wave.label}
          </p>
          {revealedWaves.length > 1 ? (
            <nav aria-label="Waves" className="mt-1 text-lg">
              <ul className="flex flex-wrap gap-3">
                {revealedWaves.map((w) => (
                  <li key={w.number}>
                    {w.number === wave ? (
                      <span aria-current="page" className="font-semibold">
                        {w.label}
                      </span>
                    ) : (
                      <Link href={workshopHref(results.assessment.id, { wave: w.number, position: { kind: "start" }, present })}>{w.label}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
        <p>
          {present ? (
            <Link href={href(position, false)} className="text-lg font-semibold">
              Leave present mode
            </Link>
          ) : (
            <Link href={href(position, true)} className="text-lg font-semibold">
              Present (full screen, without the app&apos;s navigation)
            </Link>
          )}
        </p>
      </header>

      {message ? (
        <p role={message.alert ? "alert" : "status"} className={`rounded-md border-2 p-4 text-xl font-semibold ${message.alert ? "border-red-800 text-red-800" : "border-ink"}`}>
          {message.text}
        </p>
      ) : null}

      {position.kind === "start" ? (
        <StartScreen view={view} gapHref={gapHref} resultsHref={resultsHref} practicalGap={PRACTICAL_GAP} />
      ) : position.kind === "summary" ? (
        <SummaryScreen view={view} gapHref={gapHref} />
      ) : (
        <GapScreen screen={screen!} total={total} assessmentId={results.assessment.id} waveNumber={wave} present={present} comparisons={view.comparisons} practicalGap={PRACTICAL_GAP} />
      )}

      <WorkshopNav
        previous={previous ? { href: href(previous), label: labelOf(previous) } : null}
        next={next ? { href: href(next), label: labelOf(next) } : null}
        startHref={href({ kind: "start" })}
        summaryHref={href({ kind: "summary" })}
        gapHref={gapHref}
        screens={view.screens}
        current={position.kind === "gap" ? position.number : position.kind}
      />
      <WorkshopKeys
        targets={{
          previous: previous ? href(previous) : null,
          next: next ? href(next) : null,
          start: href({ kind: "start" }),
          summary: href({ kind: "summary" }),
          gaps: view.screens.map((s) => gapHref(s.number)),
          exitPresent: present ? href(position, false) : null,
          fullScreenId: "workshop",
        }}
      />
    </div>
  );
}
