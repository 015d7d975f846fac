import { notFound, redirect } from "next/navigation";
import { QuestionnaireSectionForm } from "@/components/forms/questionnaire-section-form";
import { ProgressSteps } from "@/components/respondent/progress-steps";
import { SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire";
import { toClientItem } from "@/lib/questionnaire/client-item";
import { sectionProgress } from "@/lib/respondent/navigation";
import { PREFILLED_ITEMS } from "@/lib/respondent/prefilled";
import { requireRespondent } from "@/lib/respondent/session";

export async function generateMetadata({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  return { title: `Questions: ${section.replace(/-/g, " ")}` };
}

export default async function SectionPage({ params }: { params: Promise<{ section: string }> }) {
  const { section: sectionId } = await params;
  const r = await requireRespondent();
  if (r.status === "submitted") redirect("/respond/results");
  if (!r.consentAt) redirect("/respond");
  const q = r.questionnaire;
  const index = q.sections.findIndex((s) => s.id === sectionId);
  const section = q.sections[index];
  if (!section) notFound();

  const items = q.items.filter((i) => i.section === section.id && (!i.sides || i.sides.includes(r.side)) && !PREFILLED_ITEMS.has(i.key));
  const clientItems = items.map((i) => toClientItem(i, r.side));
  const answers = Object.fromEntries(items.filter((i) => r.answers[i.key] !== undefined).map((i) => [i.key, r.answers[i.key]]));
  const next = q.sections[index + 1];
  const previous = q.sections[index - 1];

  return (
    <div className="max-w-3xl">
      <ProgressSteps sections={sectionProgress(q, r.side, r.answers)} current={section.id} />
      <h1 className="text-2xl font-bold">
        <span className="block text-sm font-semibold uppercase tracking-wide text-brand-dark">
          Section {index + 1} of {q.sections.length}
        </span>
        {section.title}
      </h1>
      {section.intro ? <p className="mt-2 text-muted">{textFor(section.intro, r.side)}</p> : null}
      {section.id === "context" ? (
        <p className="mt-3 rounded-md bg-surface p-3 text-sm">
          From your invitation: <strong>{SIDE_LABEL[r.side]}</strong>, <strong>{TIER_LABEL[r.tier].toLowerCase()}</strong>. If this is wrong, tell your facilitator.
        </p>
      ) : null}
      <div className="mt-6">
        <QuestionnaireSectionForm
          items={clientItems}
          answers={answers}
          storageKey={`bridge-unsaved-${r.responseId}`}
          previousHref={previous ? `/respond/${previous.id}` : null}
          nextHref={next ? `/respond/${next.id}` : "/respond/review"}
          nextLabel={next ? "Next section" : "Review answers"}
        />
      </div>
    </div>
  );
}
