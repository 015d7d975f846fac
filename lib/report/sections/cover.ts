// The cover: who and what the report is about, when, and who is counted per side and tier.
import { SIDE_LABEL, TIER_LABEL } from "@/lib/domain";
import { suppressedGroupText } from "@/lib/results/anonymity-text";
import { longDate, plural } from "../format";
import { MUTED, type ReportWriter } from "../report-writer";
import type { ReportContext } from "./context";

export function writeCover(w: ReportWriter, c: ReportContext): void {
  const { results } = c;
  const sect = () => {
    w.para(results.assessment.organizationName, { font: "bold", size: 14, after: 2 });
    w.para(results.assessment.title, { size: 12, after: 2 });
    w.para(`${results.wave.label} · revealed ${longDate(results.revealedAt)} · questionnaire ${results.assessment.questionnaireVersion}`, { color: MUTED, after: 2 });
    w.para(`Report generated ${longDate(c.generatedAt)}`, { color: MUTED, after: 18 });

    w.heading(2, "Respondents per side and tier");
    const lines = results.anonymity.groups.map((g) => {
      const who = `${SIDE_LABEL[g.side]}, ${TIER_LABEL[g.tier].toLowerCase()}s`;
      return g.suppressed ? `${who}: ${g.n} responded, not counted (see below)` : `${who}: ${g.n} counted`;
    });
    w.list(lines.length ? lines : ["No respondents."]);
    w.para(
      `Counted in every figure: ${plural(results.team.counts.marketing, "marketing respondent")} and ${plural(results.team.counts.it, "IT respondent")}.`,
    );
    const suppressed = results.anonymity.groups.filter((g) => g.suppressed).map(suppressedGroupText);
    if (suppressed.length) w.list(suppressed, { size: 9, color: MUTED });
    if (results.lateSubmissions > 0) {
      w.small(`${plural(results.lateSubmissions, "response")} submitted after the reveal ${results.lateSubmissions === 1 ? "is" : "are"} not included: the revealed results are a snapshot.`);
    }

    w.heading(2, "In this report");
    w.list([
      "The two-minute summary",
      "The imperatives and the gaps in two charts",
      "The widest credible gaps, in each side's words",
      "Comparisons with the published figures",
      "Recommendations and their evidence",
      "Workshop outcomes and the action plan",
      "Trend over waves",
      "Methods and limits",
    ]);
  };
  w.section("CMO-CIO alignment: executive report", sect, { newPage: false });
}
