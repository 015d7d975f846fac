// The action plan up to the wave: its own actions and those carried from earlier waves (with their result impact:
// how their linked questions moved to the next wave, lib/plan/result-impact.ts). Each action with its imperative, status, priority, due date, origin, the questions it
// is linked to (in words, never their keys) and its checklist. Owners: the report shows only the names the
// revealed results themselves show (leaders named with their consent); any other owner is "assigned".
import { IMPERATIVES } from "@/lib/domain";
import type { PlanActionView } from "@/lib/plan/types";
import { impactSummary } from "@/lib/plan/result-impact";
import { PLAN_ORIGIN_LABEL, PLAN_PRIORITY_LABEL, PLAN_STATUS_LABEL, PLAN_STATUSES } from "@/lib/plan/vocabulary";
import { longDate, plural, short } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

function ownerText(a: PlanActionView, named: Set<string>): string {
  if (!a.ownerName) return "no owner yet";
  return named.has(a.ownerName) ? a.ownerName : "assigned (the name is shown in the app, not in this report)";
}

export function writePlan(w: ReportWriter, c: ReportContext): void {
  const named = new Set(c.results.anonymity.leaders.filter((l) => l.named).map((l) => l.label));
  const actions = [...c.actions].sort((a, b) => PLAN_STATUSES.indexOf(a.status) - PLAN_STATUSES.indexOf(b.status) || (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
  w.section("The action plan", () => {
    if (!actions.length) {
      w.para("No action has been recorded up to this wave.");
      return;
    }
    const byStatus = PLAN_STATUSES.map((s) => [PLAN_STATUS_LABEL[s], actions.filter((a) => a.status === s).length] as const).filter(([, n]) => n > 0);
    w.para(`${plural(actions.length, "action")}: ${byStatus.map(([label, n]) => `${label.toLowerCase()} ${n}`).join(", ")}.`);
    for (const a of actions) {
      w.heading(3, a.title);
      const imperative = IMPERATIVES.find((i) => i.id === a.imperative)?.short ?? "";
      const origin = a.origin ? `; from a ${PLAN_ORIGIN_LABEL[a.origin.kind].toLowerCase()}` : "";
      const carried = a.waveNumber < c.results.wave.number ? `Carried from wave ${a.waveNumber}. ` : "";
      w.para(
        `${carried}${imperative}. Status: ${PLAN_STATUS_LABEL[a.status].toLowerCase()}; priority: ${PLAN_PRIORITY_LABEL[a.priority].toLowerCase()}; due: ${a.dueDate ? longDate(`${a.dueDate}T00:00:00Z`) : "no date"}; owner: ${ownerText(a, named)}${origin}.`,
        { size: 9, color: MUTED, after: 3 },
      );
      if (a.description) w.para(a.description, { size: 9.5 });
      const linked = a.itemKeys.map((k) => c.itemsByKey.get(k)).filter((i) => i !== undefined);
      if (linked.length) {
        w.para("Linked questions:", { size: 9, after: 1 });
        w.list(linked.map((i) => `“${short(i.prompt[i.sides.includes("marketing") ? "marketing" : "it"], 160)}”`), { size: 9 });
      }
      const impact = c.impacts?.get(a.id);
      if (impact && impact.state !== "no-items") w.para(`Result impact: ${impactSummary(impact)}.`, { size: 9 });
      if (a.checklist.length) {
        w.para(`Checklist: ${a.checklist.filter((x) => x.done).length} of ${a.checklist.length} done.`, { size: 9, after: 1 });
        w.list(a.checklist.map((x) => `${x.done ? "Done" : "To do"}: ${x.text}`), { size: 9 });
      }
    }
  });
}
