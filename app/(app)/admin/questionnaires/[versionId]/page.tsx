import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { QuestionnaireItemActions } from "@/components/admin/questionnaire-item-actions";
import { QuestionnaireProblems } from "@/components/admin/questionnaire-problems";
import { QuestionnairePublishForm } from "@/components/admin/questionnaire-publish-form";
import { requireAdmin } from "@/lib/auth/guards";
import { getQuestionnaireVersionForAdmin } from "@/lib/data/questionnaire-versions";
import { SIDE_LABEL, SIDES } from "@/lib/domain";
import { textFor } from "@/lib/questionnaire/text";
import type { QuestionnaireItemDef, SectionDef } from "@/lib/questionnaire/types";
import { DataTable } from "@/components/ui/data-table";

export const metadata = { title: "Questionnaire version" };

/** The version's sections, and a last group for items whose section is not one of them (a problem listed above). */
function groupsOf(sections: SectionDef[], items: QuestionnaireItemDef[]): SectionDef[] {
  const known = new Set(sections.map((s) => s.id));
  const orphans = [...new Set(items.filter((i) => !known.has(i.section)).map((i) => i.section))];
  return [...sections, ...orphans.map((id) => ({ id, title: `Unknown section "${id}"` }))];
}

export default async function QuestionnaireVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const actor = await requireAdmin();
  const { versionId } = await params;
  const found = await getQuestionnaireVersionForAdmin(actor, versionId);
  if (!found) notFound();
  const { questionnaire: q, problems, immutableBecause } = found;
  const editable = immutableBecause === null;
  const base = `/admin/questionnaires/${q.version}`;
  const problemsOf = (key: string) => problems.filter((p) => p.startsWith(`item ${key}:`)).map((p) => p.slice(`item ${key}: `.length));
  return (
    <div className="space-y-8">
      <AdminPageHeader title={`${q.version}: ${q.title}`}>
        <p className="mt-1 text-sm">
          <Link href="/admin/questionnaires">All questionnaire versions</Link>
        </p>
        <p className="mt-2 max-w-3xl">
          {editable
            ? `A draft${found.basedOnId ? ` based on ${found.basedOnId}` : ""}: change, add, move or remove its items, preview it as each side sees it, and publish it when it has no problems.`
            : `Immutable: ${immutableBecause}${q.publishedAt ? ` (published ${q.publishedAt})` : ""}. To change it, start a new version as a copy.`}{" "}
          {q.items.length} items, {q.sections.length} sections.
        </p>
        <p className="mt-2 flex flex-wrap gap-4">
          {SIDES.map((side) => (
            <Link key={side} href={`${base}/preview?side=${side}`}>
              Preview as the {SIDE_LABEL[side]} side
            </Link>
          ))}
        </p>
      </AdminPageHeader>

      <QuestionnaireProblems problems={problems} isDraft={editable} />

      {editable ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading" className="text-xl font-semibold">
            Publish
          </h2>
          <div className="mt-2">
            <QuestionnairePublishForm versionId={q.version} problems={problems.length} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="items-heading" className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="items-heading" className="text-xl font-semibold">
            Items
          </h2>
          {editable ? (
            <Link href={`${base}/items/new`} className="font-semibold">
              Add an item
            </Link>
          ) : null}
        </div>
        {groupsOf(q.sections, q.items).map((section) => {
          const items = q.items.filter((i) => i.section === section.id);
          return (
            <DataTable
              key={section.id}
              captionVisible
              caption={
                <span className="text-lg font-semibold">
                  {section.title} <span className="font-normal text-muted">({items.length} items)</span>
                </span>
              }
              rows={items}
              rowKey={(item) => item.key}
              rowAttributes={(item) => ({ id: `item-${item.key}` })}
              columns={[
                { header: "Key", rowHeader: true, className: "font-mono", cell: (item) => <Link href={`${base}/items/${item.key}`}>{item.key}</Link> },
                {
                  header: "Question (marketing wording)",
                  cell: (item) => {
                    const itemProblems = problemsOf(item.key);
                    return (
                      <>
                        {textFor(item.prompt, "marketing")}
                        {item.sides?.length === 1 ? <span className="text-muted"> (asked of {SIDE_LABEL[item.sides[0]!]} only)</span> : null}
                        {itemProblems.length ? (
                          <ul className="mt-1 list-disc pl-5 font-medium text-red-800">
                            {itemProblems.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    );
                  },
                },
                { header: "Kind", cell: (item) => item.kind },
                { header: "Fidelity", cell: (item) => item.fidelity },
                { header: "Links", numeric: true, cell: (item) => item.benchmarks.length + (item.rankBenchmarks?.length ?? 0) },
                ...(editable
                  ? [
                      {
                        header: "Changes",
                        cell: (item: (typeof items)[number], index: number) => (
                          <QuestionnaireItemActions versionId={q.version} itemKey={item.key} isFirst={index === 0} isLast={index === items.length - 1} />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          );
        })}
      </section>
    </div>
  );
}
