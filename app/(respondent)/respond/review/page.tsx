import Link from "next/link";
import { redirect } from "next/navigation";
import { ProgressSteps } from "@/components/respondent/progress-steps";
import { SubmitForm } from "@/components/respondent/submit-form";
import { textFor } from "@/lib/questionnaire";
import { missingItems } from "@/lib/data/respondent";
import { sectionProgress } from "@/lib/respondent/navigation";
import { requireRespondent } from "@/lib/respondent/session";

export const metadata = { title: "Review and submit" };

export default async function ReviewPage() {
  const r = await requireRespondent();
  if (r.status === "submitted") redirect("/respond/results");
  if (!r.consentAt) redirect("/respond");
  const progress = sectionProgress(r.questionnaire, r.side, r.answers);
  const missing = missingItems(r.questionnaire, r.side, r.answers);
  return (
    <div className="max-w-3xl">
      <ProgressSteps sections={progress} current="review" />
      <h1 className="text-2xl font-bold">Review and submit</h1>
      {missing.length ? (
        <section aria-labelledby="missing-title" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="missing-title" className="font-semibold">
            {missing.length} question{missing.length === 1 ? "" : "s"} still need{missing.length === 1 ? "s" : ""} an answer
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {missing.map((item) => (
              <li key={item.key}>
                <Link href={`/respond/${item.section}#item-${item.key}`}>{textFor(item.prompt, r.side)}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-4">Every question is answered. You can still go back and change any answer before you submit.</p>
      )}
      <SubmitForm />
    </div>
  );
}
