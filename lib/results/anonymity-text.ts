// What the anonymity rule (lib/scoring/anonymity.ts) means for people, in plain words: the consent page, the
// sealed page, the results and the exports all say it from here, with the rule's own thresholds, so the promise
// and the rule cannot drift apart. Pure strings; no I/O.
import { SIDE_LABEL, type Side } from "@/lib/domain";
import { MIN_FREE_TEXT, MIN_GROUP, MIN_UNNAMED_LEADERS, type GroupStatus, type SideLeaders } from "@/lib/scoring/anonymity";
import type { SidePair } from "@/lib/scoring/types";
import type { QuorumSide } from "./types";

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const count = (n: number) => WORDS[n] ?? String(n);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sideWord = (side: Side) => (side === "it" ? "IT" : "marketing");

// ------------------------------------------------------------------ consent (the respondent's welcome page)

/** "Who sees what", for a leader or a team member: exactly what others will see of their answers. */
export function consentLines(isLeader: boolean): string[] {
  const common = [
    "Right after you submit, you see your own results beside the published figures.",
    "Your link is personal: do not share it.",
  ];
  const seen =
    "The facilitator sees the team results, presents them to the leadership team and may share a summary with everyone who took part.";
  if (!isLeader) {
    return [
      `Your answers are shown only combined with those of at least ${count(MIN_GROUP - 1)} other team members on your side, never by name. If fewer than ${count(MIN_GROUP)} team members on your side respond, your answers are left out of every figure. ${seen}`,
      `Free-text answers are listed without names, in alphabetical order, only when at least ${count(MIN_FREE_TEXT)} people are counted on your side.`,
      ...common,
    ];
  }
  return [
    `Your answers count in your side's figures, combined with those of everyone else counted on your side. ${seen}`,
    `If you tick “Name me” below, your name is listed with your side's respondents, except while one or two leaders on your side chose not to be named (then no leader of your side is listed, so that their answers cannot be worked out from yours). If you are the only person counted on your side, your side's figures are your answers, shown as yours.`,
    "If you do not tick it, your name and any label of your own never appear, no figure is your answers alone, and no figure can be subtracted from another to give them. If you are your side's only leader, your answers are left out of the results.",
    "If only two leaders are counted on your side, the other one could work out your answers from the leaders' figures and their own answers.",
    ...common,
  ];
}

/** The optional checkbox of a leader's consent form. */
export const NAME_ME_LABEL = "Name me in the results (optional): my name is listed with my side's respondents, as described above.";

// ------------------------------------------------------------------ quorum (the sealed page, the assessment page)

/** One side's quorum in a sentence, e.g. "2 of 3 responses submitted: 1 more needed." */
export function quorumText(q: QuorumSide): string {
  const submitted = plural(q.submitted, "response", "responses");
  if (q.required <= 0) return `${submitted} submitted; no quorum is set.`;
  if (!q.met) return `${q.submitted} of ${q.required} responses submitted: ${q.required - q.submitted} more needed.`;
  return `${submitted} submitted: the quorum of ${q.required} is reached.`;
}

/** A short status for a table cell: "1 of 3" / "3 (quorum of 2 reached)". */
export function quorumCell(q: QuorumSide): string {
  if (q.required <= 0) return `${q.submitted} (no quorum set)`;
  return q.met ? `${q.submitted} (quorum of ${q.required} reached)` : `${q.submitted} of ${q.required}: ${q.required - q.submitted} more needed`;
}

/** What revealing shows, and to whom: the rule in the words of the sealed page. */
export function revealRuleLines(): string[] {
  return [
    "Each side's figures combine the answers of everyone counted on that side.",
    `Team members count only in groups of at least ${count(MIN_GROUP)} per side; a smaller group is left out of every figure, including its side's totals.`,
    "A side's only leader counts only if they agreed to be named; otherwise their answers are left out of every figure.",
    `Leaders who agreed to be named are listed by name, unless one or two leaders on their side did not agree (then that side's leaders are shown only as a group). Leaders who did not agree never appear by name or by a label of their own.`,
    "If a side has only one person counted, its figures are that person's answers, shown as theirs (they agreed to be named).",
  ];
}

/** Per side, what would count if the results were revealed now (from counts and consents only, no answers). */
export function countedIfRevealedText(side: Side, groups: readonly GroupStatus[], counted: number, sole: string | null): string {
  const submitted = groups.filter((g) => g.side === side).reduce((s, g) => s + g.n, 0);
  const left = groups.filter((g) => g.side === side && g.suppressed).map((g) => suppressedShort(g));
  if (!submitted) return "If revealed now: nobody counted yet.";
  const head =
    counted === submitted
      ? `If revealed now: ${submitted === 1 ? "1" : `all ${submitted}`} counted.`
      : `If revealed now: ${counted} of ${submitted} counted.`;
  const why = left.length ? ` Left out: ${left.join("; ")}.` : "";
  const soleNote = sole ? ` The ${sideWord(side)} figures would be the answers of one person, ${sole}, who agreed to be named.` : "";
  const none = counted === 0 ? ` ${SIDE_LABEL[side]} would show no answers.` : "";
  return head + why + none + soleNote;
}

function suppressedShort(g: GroupStatus): string {
  return g.reason === "sole-unnamed-leader"
    ? "the only leader, who chose not to be named"
    : `${plural(g.n, "team member", "team members")} (fewer than ${MIN_GROUP})`;
}

// ------------------------------------------------------------------ revealed results and exports

/** Why a group is not shown, as a sentence. */
export function suppressedGroupText(g: GroupStatus): string {
  if (g.reason === "sole-unnamed-leader") {
    return `${SIDE_LABEL[g.side]}'s only leader chose not to be named: any figure with their answers would be theirs alone, so they are left out of every figure and download, including the ${sideWord(g.side)} totals.`;
  }
  return `${SIDE_LABEL[g.side]} team members: ${g.n} responded, fewer than ${MIN_GROUP}, so their answers are left out of every figure and download, including the ${sideWord(g.side)} totals.`;
}

/** How a side's leaders are shown, as a sentence (null when the side has no leader counted). */
export function leadersText(side: Side, leaders: SideLeaders, names: readonly string[], suppressed: boolean): string | null {
  const total = leaders.named + leaders.unnamed;
  if (!total || suppressed) return null;
  const who = `${SIDE_LABEL[side]} leaders`;
  if (!leaders.individual) {
    return `${who}: ${total}, shown only as a group (${count(leaders.unnamed)} chose not to be named; names are listed only beside none or at least ${count(MIN_UNNAMED_LEADERS)} who did not).`;
  }
  const parts: string[] = [];
  if (names.length) parts.push(`${names.join(", ")} (named with their consent)`);
  if (leaders.unnamed) parts.push(`${count(leaders.unnamed)} who chose not to be named`);
  return `${who}: ${parts.join(" and ")}.`;
}

/** A side whose figures are one person's answers. */
export function soleRespondentText(side: Side, name: string): string {
  return `The ${sideWord(side)} figures are the answers of one person, ${name}, who agreed to be named.`;
}

/** Everything the results say about who is counted and how, for one results view (page or export). */
export function anonymityNotes(anonymity: {
  groups: readonly GroupStatus[];
  leaders: readonly { side: Side; label: string }[];
  leaderSides: SidePair<SideLeaders>;
  soleRespondent: SidePair<string | null>;
}): string[] {
  const notes: string[] = [];
  for (const side of ["marketing", "it"] as const) {
    const leaderGroup = anonymity.groups.find((g) => g.side === side && g.tier === "leader");
    const names = anonymity.leaders.filter((l) => l.side === side).map((l) => l.label);
    const line = leadersText(side, anonymity.leaderSides[side], names, leaderGroup?.suppressed ?? false);
    if (line) notes.push(line);
    const sole = anonymity.soleRespondent[side];
    if (sole) notes.push(soleRespondentText(side, sole));
  }
  for (const g of anonymity.groups) if (g.suppressed) notes.push(suppressedGroupText(g));
  return notes;
}
