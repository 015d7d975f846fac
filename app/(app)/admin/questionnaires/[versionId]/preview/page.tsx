import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { QuestionnairePreviewItems } from "@/components/admin/questionnaire-preview";
import { requireAdmin } from "@/lib/auth/guards";
import { getQuestionnaireVersionForAdmin } from "@/lib/data/questionnaire-versions";
import { SIDE_LABEL, SIDES, type Side } from "@/lib/domain";
import { toClientItem } from "@/lib/questionnaire/client-item";
import { textFor } from "@/lib/questionnaire/text";

export const metadata = { title: "Questionnaire preview" };

export default async function QuestionnairePreviewPage({ params, searchParams }: { params: Promise<{ versionId: string }>; searchParams: Promise<{ side?: string }> }) {
  const actor = await requireAdmin();
  const { versionId } = await params;
  const requested = (await searchParams).side;
  const side: Side = SIDES.find((s) => s === requested) ?? "marketing";
  const found = await getQuestionnaireVersionForAdmin(actor, versionId);
  if (!found) notFound();
  const q = found.questionnaire;
  const base = `/admin/questionnaires/${q.version}`;
  const asked = q.items.filter((i) => !i.sides || i.sides.includes(side));
  return (
    <div className="space-y-8">
      <AdminPageHeader title={`Preview of ${q.version} as the ${SIDE_LABEL[side]} side`}>
        <p className="mt-1 text-sm">
          <Link href={base}>
            Back to {q.version}: {q.title}
          </Link>
        </p>
        <p className="mt-2 max-w-3xl">
          Every question a {SIDE_LABEL[side]} respondent is asked, in their wording, section by section ({asked.length} items). The controls are disabled:
          nothing is saved. Context questions that the organization&apos;s profile or the invitation answers are skipped for real respondents.
        </p>
        <nav aria-label="Preview side" className="mt-2 flex gap-4">
          {SIDES.map((s) =>
            s === side ? (
              <span key={s} aria-current="page" className="font-semibold">
                {SIDE_LABEL[s]} side
              </span>
            ) : (
              <Link key={s} href={`${base}/preview?side=${s}`}>
                {SIDE_LABEL[s]} side
              </Link>
            ),
          )}
        </nav>
      </AdminPageHeader>
      {q.sections.map((section, index) => {
        const items = asked.filter((i) => i.section === section.id).map((i) => toClientItem(i, side));
        return (
          <section key={section.id} aria-labelledby={`preview-${section.id}`} className="space-y-3">
            <h2 id={`preview-${section.id}`} className="text-xl font-semibold">
              Section {index + 1} of {q.sections.length}: {section.title}
            </h2>
            {section.intro ? <p className="max-w-3xl text-muted">{textFor(section.intro, side)}</p> : null}
            {items.length ? <QuestionnairePreviewItems items={items} /> : <p className="text-muted">No questions for this side.</p>}
          </section>
        );
      })}
    </div>
  );
}
