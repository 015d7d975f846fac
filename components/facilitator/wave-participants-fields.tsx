"use client";

import type { UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { inputClass, tableCaptionClass, tableCellClass, tableClass, tableHeadRowClass, tableRowClass } from "@/components/ui/styles";
import { SIDE_LABEL, SIDES, TIER_LABEL, TIERS } from "@/lib/domain";
import type { ZWaveStart } from "@/lib/validation/wave";

type Input = z.input<typeof ZWaveStart>;

/**
 * Who the next wave invites, one row per current participant: invited or removed from the assessment, and the
 * side and tier they answer in from this wave on. Earlier waves keep the side and tier each person had then.
 */
export function WaveParticipantsFields({
  register,
  participants,
  error,
}: {
  register: UseFormRegister<Input>;
  participants: { id: string; name: string }[];
  error?: string;
}) {
  return (
    <div className="max-w-3xl overflow-x-auto">
      <table className={tableClass} aria-describedby={error ? "w-participants-error" : "w-participants-hint"}>
        <caption className={tableCaptionClass}>Participants of the next wave</caption>
        <thead>
          <tr className={tableHeadRowClass}>
            <th scope="col" className={tableCellClass}>
              Name
            </th>
            <th scope="col" className={tableCellClass}>
              Invite
            </th>
            <th scope="col" className={tableCellClass}>
              Side
            </th>
            <th scope="col" className={tableCellClass}>
              Tier
            </th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p, i) => (
            <tr key={p.id} className={tableRowClass}>
              <th scope="row" className={`${tableCellClass} font-normal`}>
                {p.name}
                <input type="hidden" {...register(`participants.${i}.id`)} />
              </th>
              <td className={tableCellClass}>
                <input type="checkbox" aria-label={`Invite ${p.name} to the next wave`} className="size-5" {...register(`participants.${i}.invite`)} />
              </td>
              <td className={tableCellClass}>
                <select aria-label={`Side of ${p.name}`} className={inputClass} {...register(`participants.${i}.side`)}>
                  {SIDES.map((s) => (
                    <option key={s} value={s}>
                      {SIDE_LABEL[s]}
                    </option>
                  ))}
                </select>
              </td>
              <td className={tableCellClass}>
                <select aria-label={`Tier of ${p.name}`} className={inputClass} {...register(`participants.${i}.tier`)}>
                  {TIERS.map((t) => (
                    <option key={t} value={t}>
                      {TIER_LABEL[t]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id="w-participants-hint" className="mt-1 text-sm text-muted">
        Untick someone to remove them from the assessment: they get no link, and the earlier waves still count their answers. A change of
        side or tier applies from this wave on. New people can be added on the assessment page once the wave has started.
      </p>
      {error ? (
        <p id="w-participants-error" role="alert" className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
