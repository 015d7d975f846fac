// The plan as files: CSV (csv-stringify, text cells defused against spreadsheet formulas as the results export
// does) and an iCalendar file of due dates. Pure.
import { stringify } from "csv-stringify/sync";
import { IMPERATIVES } from "@/lib/domain";
import { defuse } from "@/lib/export/rows";
import { icsCalendar } from "./ics";
import type { PlanActionView } from "./types";
import { PLAN_PRIORITY_LABEL, PLAN_STATUS_LABEL } from "./vocabulary";

const imperativeShort = (id: string) => IMPERATIVES.find((i) => i.id === id)?.short ?? id;

export const PLAN_CSV_COLUMNS = [
  "id", "title", "description", "imperative", "imperative_label", "linked_items", "owner", "owner_is_participant", "due_date", "status", "priority",
  "checklist_done", "checklist_total", "checklist", "visible_to_participants", "origin_kind", "origin_ref", "wave", "created_at", "updated_at",
] as const;

export function planCsv(actions: readonly PlanActionView[]): string {
  const rows = actions.map((a) => [
    a.id,
    a.title,
    a.description ?? "",
    a.imperative,
    imperativeShort(a.imperative),
    a.itemKeys.join(" "),
    a.ownerName ?? "",
    a.ownerParticipantId ? "yes" : "no",
    a.dueDate ?? "",
    a.status,
    a.priority,
    a.checklist.filter((c) => c.done).length,
    a.checklist.length,
    a.checklist.map((c) => `[${c.done ? "x" : " "}] ${c.text}`).join("\n"),
    a.visibleToParticipants ? "yes" : "no",
    a.origin?.kind ?? "",
    a.origin?.ref ?? "",
    a.waveNumber,
    a.createdAt,
    a.updatedAt,
  ]);
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...PLAN_CSV_COLUMNS],
    record_delimiter: "windows",
    // every text cell is defused, the checklist's later lines too (a cell is one value to a spreadsheet, but a
    // line starting with = is still a line someone may paste on its own)
    cast: { string: (value) => value.split("\n").map(defuse).join("\n"), number: (value) => String(value) },
  });
}

/** One all-day event per action with a due date; UID `<action id>@bridge-plan` stays the same on every download. */
export function planIcs(calendarName: string, actions: readonly PlanActionView[], appUrl: string): string {
  return icsCalendar(
    calendarName,
    actions
      .filter((a) => a.dueDate)
      .map((a) => ({
        uid: `${a.id}@bridge-plan`,
        day: a.dueDate!,
        summary: a.title,
        description: [
          `${imperativeShort(a.imperative)} · ${PLAN_STATUS_LABEL[a.status]} · priority ${PLAN_PRIORITY_LABEL[a.priority].toLowerCase()}`,
          a.ownerName ? `Owner: ${a.ownerName}` : "",
          a.description ?? "",
          a.checklist.length ? a.checklist.map((c) => `${c.done ? "[x]" : "[ ]"} ${c.text}`).join("\n") : "",
          `${appUrl}/app/assessments/${a.assessmentId}/plan/${a.id}`,
        ]
          .filter(Boolean)
          .join("\n"),
        categories: [imperativeShort(a.imperative)],
        stamp: new Date(a.updatedAt),
      })),
  );
}
