"use client";

import type { ClientItem } from "@/lib/questionnaire/client-item";
import { AgreementField, ChoiceField, ChooseUpToField, RankingField } from "./fields/choice-fields";
import { FreeTextField, PercentageField, TradeOffField } from "./fields/number-fields";
import type { FieldProps } from "./fields/types";

interface Props {
  item: ClientItem;
  value: unknown;
  onChange: (value: unknown) => void;
  error?: string;
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

/** One question: its control, help and error text tied to it, and for mirror items the prediction. */
export function QuestionField({ item, value, onChange, error, disabled }: Props) {
  const id = `q-${item.key}`;
  const helpId = item.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const label = item.required || item.kind === "free-text" ? item.prompt : `${item.prompt} (optional)`;
  const common = { item, describedBy, invalid: Boolean(error), disabled };

  let body: React.ReactNode;
  if (item.mirror) {
    const mirror = (value ?? {}) as MirrorValue;
    const update = (patch: MirrorValue) => {
      const next: MirrorValue = { ...mirror, ...patch };
      if (next.self === null || next.self === undefined) delete next.self;
      if (next.predicted === null || next.predicted === undefined) delete next.predicted;
      onChange(next.self === undefined && next.predicted === undefined ? null : next);
    };
    body = (
      <div className="grid gap-5">
        <BaseControl {...common} id={id} label={item.prompt} value={mirror.self} onChange={(v) => update({ self: v ?? undefined })} />
        <div className="rounded-md border-l-4 border-it bg-it-soft/60 p-3">
          <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-ink">Your prediction about the {item.mirror.otherSide} side</p>
          <PercentageField
            {...common}
            item={{ ...item, kind: "percentage" }}
            id={`${id}-predicted`}
            label={item.mirror.predictPrompt}
            value={mirror.predicted}
            onChange={(v) => update({ predicted: (v as number | null) ?? undefined })}
          />
        </div>
      </div>
    );
  } else {
    body = <BaseControl {...common} id={id} label={label} value={value ?? undefined} onChange={onChange} />;
  }

  return (
    <div id={`item-${item.key}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      {body}
      {item.help ? (
        <p id={helpId} className="mt-2 text-sm text-muted">
          {item.help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="mt-2 font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
