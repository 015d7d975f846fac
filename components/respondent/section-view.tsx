import { QuestionnaireSectionForm } from "@/components/forms/questionnaire-section-form";
import { IslandRoot } from "@/components/islands/island-root";
import type { SectionPageData } from "@/lib/respondent/section-page";
import { ProgressSteps } from "./progress-steps";

/** One section of the questionnaire: progress, heading, and the form (brought to life by the questionnaire island). */
export function SectionView({ page, islandSrc, nonce }: { page: SectionPageData; islandSrc: string; nonce: string | undefined }) {
  return (
    <div className="max-w-3xl">
      <ProgressSteps sections={page.progress} current={page.sectionId} />
      <h1 className="text-2xl font-bold">
        <span className="block text-sm font-semibold uppercase tracking-wide text-brand-dark">
          Section {page.position} of {page.sectionCount}
        </span>
        {page.title}
      </h1>
      {page.intro ? <p className="mt-2 text-muted">{page.intro}</p> : null}
      {page.invitedAs ? (
        <p className="mt-3 rounded-md bg-surface p-3 text-sm">
          From your invitation: <strong>{page.invitedAs.side}</strong>, <strong>{page.invitedAs.tier}</strong>. If this is wrong, tell your facilitator.
        </p>
      ) : null}
      {page.fromProfile.length ? (
        <div className="mt-3 rounded-md bg-surface p-3 text-sm">
          <p>From your organization&apos;s profile, so not asked again (tell your facilitator if something is wrong):</p>
          <dl className="mt-2 grid gap-1 [overflow-wrap:anywhere]">
            {page.fromProfile.map((fact) => (
              <div key={fact.key}>
                <dt className="inline">{fact.prompt}: </dt>
                <dd className="inline font-semibold">{fact.answer}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
      <noscript>
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3">
          This form needs JavaScript to save your answers. Turn JavaScript on, or open your invitation link in another browser.
        </p>
      </noscript>
      <div className="mt-6">
        <IslandRoot name="questionnaire" props={page.form} src={islandSrc} nonce={nonce}>
          <QuestionnaireSectionForm {...page.form} />
        </IslandRoot>
      </div>
    </div>
  );
}
