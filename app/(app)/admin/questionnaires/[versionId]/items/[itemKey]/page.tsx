import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { QuestionnaireItemForm } from "@/components/admin/questionnaire-item-form";
import { requireAdmin } from "@/lib/auth/guards";
import { getQuestionnaireVersionForAdmin } from "@/lib/data/questionnaire-versions";
import { itemFormFromDef } from "@/lib/validation/questionnaire-item";

export const metadata = { title: "Questionnaire item" };

export default async function QuestionnaireItemPage({ params }: { params: Promise<{ versionId: string; itemKey: string }> }) {
  const actor = await requireAdmin();
  const { versionId, itemKey } = await params;
  const found = await getQuestionnaireVersionForAdmin(actor, versionId);
  const item = found?.questionnaire.items.find((i) => i.key === itemKey);
  if (!found || !item) notFound();
  const { questionnaire: q, immutableBecause } = found;
  const problems = found.problems.filter((p) => p.startsWith(`item ${item.key}:`));
  return (
    <div className="space-y-6">
      <AdminPageHeader title={`${q.version}: item ${item.key}`}>
        <p className="mt-1 text-sm">
          <Link href={`/admin/questionnaires/${q.version}`}>
            Back to {q.version}: {q.title}
          </Link>
        </p>
      </AdminPageHeader>
      {problems.length ? (
        <section aria-labelledby="item-problems-heading">
          <h2 id="item-problems-heading" className="text-lg font-semibold">
            Problems with this item
          </h2>
          <ul className="mt-1 list-disc pl-6 text-red-800">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {immutableBecause ? (
        <>
          <p className="font-medium">
            {q.version} cannot change: it is {immutableBecause}. Start a new version as a copy to change this item.
          </p>
          <section aria-labelledby="definition-heading">
            <h2 id="definition-heading" className="text-lg font-semibold">
              Definition as stored
            </h2>
            <pre className="mt-2 overflow-x-auto rounded-md bg-slate-100 p-3 text-sm">{JSON.stringify(item, null, 2)}</pre>
          </section>
        </>
      ) : (
        <QuestionnaireItemForm defaultValues={itemFormFromDef(q.version, item)} sections={q.sections.map((s) => ({ id: s.id, title: s.title }))} figures={found.figures} />
      )}
    </div>
  );
}
