// The executive PDF as the facilitator downloads it from the results page (issue #15): its text, extracted with a
// PDF parser, holds the page's alignment index and summary findings, no name of a leader who declined to be named
// and no free text of a group under its threshold; every page renders to an image with poppler's pdftoppm.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import { QUESTIONNAIRE_V1 } from "../lib/questionnaire/builtin";
import { completeAnswers } from "../lib/test/answers";
import { planTeam } from "../lib/test/plan-team";
import { createSubmittedRespondent } from "../lib/test/submitted";

const flat = (s: string) => s.replace(/\s+/g, " ").trim();
const QUIET_LEADER = "Quentin Quietleader";
const SMALL_GROUP_TEXT = "Small group secret remark";

test("the executive PDF: the page's numbers, no unconsented name, no free text of a small group, every page renders", async ({ page, context, db }) => {
  test.setTimeout(120_000);
  const user = await createUser(db, { role: "facilitator" });
  const team = await planTeam(db, { ownerId: user.id, perSide: 6, reveal: false, title: `Report ${Date.now()}` });
  // a marketing leader who declined to be named, and three IT team members (under the group threshold) with free text
  await createSubmittedRespondent(db, { assessmentId: team.assessmentId, waveId: team.waveId, side: "marketing", tier: "leader", consentShowName: false, name: QUIET_LEADER, answers: completeAnswers(QUESTIONNAIRE_V1, "marketing", 41) });
  for (let i = 0; i < 3; i++) {
    await createSubmittedRespondent(db, {
      assessmentId: team.assessmentId,
      waveId: team.waveId,
      side: "it",
      tier: "team",
      name: `Tiny team member ${i}`,
      answers: { ...completeAnswers(QUESTIONNAIRE_V1, "it", 50 + i), "tr-one-change": `${SMALL_GROUP_TEXT} ${i}` },
    });
  }
  await db.wave.update({ where: { id: team.waveId }, data: { revealedAt: new Date(), revealedById: user.id, scoringModel: "v2" } });
  await signInAs(context, db, user);

  await page.goto(`/app/assessments/${team.assessmentId}/results`);
  const index = (await page.getByTestId("alignment-index").innerText()).trim();
  const findings = (await page.getByTestId("summary-findings").getByRole("listitem").allInnerTexts()).map(flat);
  expect(findings.length).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  const link = page.getByRole("link", { name: /executive report/i });
  await expect(link).toHaveAttribute("href", new RegExp(`^/app/assessments/${team.assessmentId}/export/pdf`));
  const res = await page.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  const bytes = await res.body();
  expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);

  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const all = flat(text);
  expect(all).toContain(`Alignment index: ${index} of 100`);
  // each finding's sentence (the page shows its label in capitals before it)
  for (const f of findings) expect(all).toContain(f.replace(/^[A-Z][A-Z -]+ (?=[A-Z][a-z])/, "").slice(0, 80));
  expect(all).not.toContain(QUIET_LEADER);
  for (const r of team.respondents) expect(all).not.toContain(r.name);
  expect(all).not.toContain(SMALL_GROUP_TEXT);
  expect(all).not.toContain("Tiny team member");
  expect(await db.auditLog.count({ where: { actorId: user.id, action: "export.pdf", targetId: team.assessmentId } })).toBe(1);

  // every page renders to an image
  const dir = mkdtempSync(join(tmpdir(), "bridge-report-"));
  try {
    writeFileSync(join(dir, "report.pdf"), bytes);
    execFileSync("pdftoppm", ["-r", "40", "-png", join(dir, "report.pdf"), join(dir, "page")], { stdio: ["ignore", "ignore", "pipe"] });
    const images = readdirSync(dir).filter((f) => f.endsWith(".png"));
    expect(images).toHaveLength(totalPages);
    for (const image of images) expect(statSync(join(dir, image)).size).toBeGreaterThan(1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
