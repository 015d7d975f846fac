import { QuestionField } from "@/components/forms/question-field";
import type { ClientItem } from "@/lib/questionnaire/client-item";

/** A section's questions as the respondent's form renders them, with every control disabled (nothing is saved). */
export function QuestionnairePreviewItems({ items }: { items: ClientItem[] }) {
  return (
    <fieldset disabled className="m-0 grid min-w-0 gap-4 border-0 p-0">
      {items.map((item) => (
        <QuestionField key={item.key} item={item} value={undefined} disabled />
      ))}
    </fieldset>
  );
}
