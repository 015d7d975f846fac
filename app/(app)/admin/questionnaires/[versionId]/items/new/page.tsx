import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { QuestionnaireItemForm } from "@/components/admin/questionnaire-item-form";
import { requireAdmin } from "@/lib/auth/guards";
import { getQuestionnaireVersionForAdmin } from "@/lib/data/questionnaire-versions";
import type { TQuestionnaireItem } from "@/lib/validation/questionnaire-item";

export const metadata = { title: "Add a questionnaire item" };

export default async function NewQuestionnaireItemPage({ params }: { params: Promise<{ versionId: string }> }) {
  const actor = await requireAdmin();
  const { versionId } = await params;
  const found = await getQuestionnaireVersionForAdmin(actor, versionId);
  if (!found) notFound();
  const { questionnaire: q, immutableBecause } = found;
  const blank: TQuestionnaireItem = {
    versionId: q.version,
    originalKey: "",
    key: "",
    section: q.sections.find((s) => s.id !== "context")?.id ?? q.sections[0]?.id ?? "",
    kind: "agreement",
    required: true,
    askedOf: "both",
    promptMarketing: "",
    promptIt: "",
    helpMarketing: "",
    helpIt: "",
    options: [],
    max: undefined,
    imperatives: [],
    polarity: "none",
    fidelity: "new",
    links: [],
    mirror: false,
    predictMarketing: "",
    predictIt: "",
    mirrorRule: "",
  };
  return (
    <div className="space-y-6">
      <AdminPageHeader title={`Add an item to ${q.version}`}>
        <p className="mt-1 text-sm">
          <Link href={`/admin/questionnaires/${q.version}`}>
            Back to {q.version}: {q.title}
          </Link>
        </p>
        <p className="mt-2 max-w-3xl">The item goes to the end of its section; move it from the version&apos;s page.</p>
      </AdminPageHeader>
      {immutableBecause ? (
        <p role="alert" className="font-medium">
          {q.version} cannot change: it is {immutableBecause}. Start a new version as a copy instead.
        </p>
      ) : (
        <QuestionnaireItemForm defaultValues={blank} sections={q.sections.map((s) => ({ id: s.id, title: s.title }))} figures={found.figures} />
      )}
    </div>
  );
}
