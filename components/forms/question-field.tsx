import type { ClientItem } from "@/lib/questionnaire/client-item";
import { AgreementField, ChoiceField, ChooseUpToField, RankingField } from "./fields/choice-fields";
import { FreeTextField, PercentageField, TradeOffField } from "./fields/number-fields";
import type { FieldProps } from "./fields/types";
import { controlId, itemBoxId, predictionId } from "./fields/ids";

interface Props {
  item: ClientItem;
  value: unknown;
  disabled?: boolean;
}

function BaseControl(props: FieldProps<unknown>) {
  switch (props.item.kind) {
    case "agreement":
      return <AgreementField {...(props as FieldProps<number>)} />;
    case "yes-no":
    case "single-choice":
      return <ChoiceField {...(props as FieldProps<string | boolean>)} />;
    case "choose-up-to":
      return <ChooseUpToField {...(props as FieldProps<string[]>)} />;
    case "ranking":
      return <RankingField {...(props as FieldProps<(string | null)[]>)} />;
    case "percentage":
      return <PercentageField {...(props as FieldProps<number>)} />;
    case "trade-off":
      return <TradeOffField {...(props as FieldProps<Record<string, number>>)} />;
    case "free-text":
      return <FreeTextField {...(props as FieldProps<string>)} />;
  }
}

type MirrorValue = { self?: unknown; predicted?: number };

/**
 * One question as the server renders it: native controls holding the stored answer, its help text, and for mirror
 * items the prediction. The questionnaire script shows errors in it and keeps its counts current.
 */
export function QuestionField({ item, value, disabled }: Props) {
  const id = controlId(item.key);
  const helpId = item.help ? `${id}-help` : undefined;
  const label = item.required || item.kind === "free-text" ? item.prompt : `${item.prompt} (optional)`;
  const common = { item, describedBy: helpId, disabled };

  let body: React.ReactNode;
  if (item.mirror) {
    const mirror = (value ?? {}) as MirrorValue;
    body = (
      <div className="grid gap-5">
        <BaseControl {...common} id={id} label={item.prompt} value={mirror.self} />
        <div className="rounded-md border-l-4 border-it bg-it-soft/60 p-3">
          <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-ink">Your prediction about the {item.mirror.otherSide} side</p>
          <PercentageField {...common} item={{ ...item, kind: "percentage" }} id={predictionId(item.key)} label={item.mirror.predictPrompt} value={mirror.predicted} />
        </div>
      </div>
    );
  } else {
    body = <BaseControl {...common} id={id} label={label} value={value ?? undefined} />;
  }

  return (
    <div id={itemBoxId(item.key)} data-item={item.key} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      {body}
      {item.help ? (
        <p id={helpId} className="mt-2 text-sm text-muted">
          {item.help}
        </p>
      ) : null}
    </div>
  );
}
