import Link from "next/link";
import { QuestionnaireCopyForm } from "@/components/admin/questionnaire-copy-form";
import { QuestionnaireRenameForm } from "@/components/admin/questionnaire-rename-form";
import { requireAdmin } from "@/lib/auth/guards";
import { listQuestionnaireVersions } from "@/lib/data/questionnaire-versions";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { DataTable } from "@/components/ui/data-table";
import { utcDay } from "@/lib/time";

export const metadata = { title: "Questionnaire versions" };

export default async function QuestionnaireVersionsPage() {
  const actor = await requireAdmin();
  const versions = await listQuestionnaireVersions(actor);
  return (
    <div className="space-y-8">
      <AdminPageHeader title="Questionnaire versions">
        <p className="mt-2 max-w-3xl">
          A version that any assessment uses, or that is published, is immutable: answers and results refer to its
          items. To change the questionnaire, start a new version as a copy; it stays a draft, which facilitators
          cannot choose for an assessment until it is published. Open a draft to change, add, move or remove its items, see its
          validation problems, preview it as each side sees it, and publish it once it has no problems.
        </p>
      </AdminPageHeader>
      <DataTable
        caption="Questionnaire versions"
        rows={versions}
        rowKey={(v) => v.id}
        columns={[
          { header: "Version", rowHeader: true, className: "font-mono", cell: (v) => <Link href={`/admin/questionnaires/${v.id}`}>{v.id}</Link> },
          { header: "Title", cell: (v) => v.title },
          { header: "Status", cell: (v) => `${v.status}${v.publishedAt ? ` (${utcDay(v.publishedAt)})` : ""}` },
          { header: "Items", numeric: true, cell: (v) => v.items },
          { header: "Assessments using it", numeric: true, cell: (v) => v.assessments },
          { header: "Based on", className: "font-mono", cell: (v) => v.basedOnId ?? "—" },
          {
            header: "Changes",
            cell: (v) =>
              v.immutableBecause ? (
                <span>Immutable: {v.immutableBecause}</span>
              ) : (
                <div className="grid gap-2">
                  <Link href={`/admin/questionnaires/${v.id}`} className="font-semibold">
                    Edit the items of {v.id}
                  </Link>
                  <QuestionnaireRenameForm versionId={v.id} title={v.title} />
                </div>
              ),
          },
        ]}
      />
      <section aria-labelledby="copy-version-heading">
        <h2 id="copy-version-heading" className="text-xl font-semibold">
          Start a new version as a copy
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">
          The draft gets the next free id (v2, v3, …), every item of the version it copies (with its wording, options and
          benchmark links) and records which version it is based on.
        </p>
        <div className="mt-3">
          <QuestionnaireCopyForm versions={versions.map((v) => ({ id: v.id, title: v.title }))} />
        </div>
      </section>
    </div>
  );
}
