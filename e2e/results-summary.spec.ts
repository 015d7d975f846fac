// The results page as a story (issue #14): the executive summary fills the first screen at 1280 × 800, no
// internal key is shown anywhere (every detail section opened), the printed summary is at most two A4 pages,
// axe finds nothing, and the page's full height for the 2 + 2 journey is measured (README, "Performance").
import type { BrowserContext, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";
import type { Db } from "../lib/db/create-db";
import { IMPERATIVE_IDS, type Side } from "../lib/domain";
import { QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from "../lib/questionnaire/builtin";
import type { QuestionnaireDef } from "../lib/questionnaire/types";
import { ACTIONS } from "../lib/scoring/actions";
import { completeAnswers } from "../lib/test/answers";
import { createSubmittedRespondent } from "../lib/test/submitted";
import { createAssessment, createOrganization } from "../prisma/factories";

type Tweak = (side: Side, i: number, answers: Record<string, unknown>) => void;

/** `perSide` leaders per side on a questionnaire, revealed by the facilitator; the page is the revealed results. */
async function revealedTeam(db: Db, context: BrowserContext, page: Page, opts: { q: QuestionnaireDef; perSide: number; title: string; tweak?: Tweak }) {
  const user = await createUser(db, { role: "facilitator" });
  const org = await createOrganization(db, { name: `Story org ${Date.now()}`, ownerId: user.id });
  const assessment = await createAssessment(db, org.id, { title: opts.title, createdById: user.id, questionnaireVersionId: opts.q.version });
  await db.wave.updateMany({ where: { assessmentId: assessment.id }, data: { quorumMarketing: opts.perSide, quorumIt: opts.perSide } }); // quorum is per wave
  const waveId = assessment.waves[0]!.id;
  let seed = 0;
  for (const side of ["marketing", "it"] as Side[]) {
    for (let i = 0; i < opts.perSide; i++) {
      const answers = completeAnswers(opts.q, side, (seed += 5));
      opts.tweak?.(side, i, answers);
      await createSubmittedRespondent(db, { assessmentId: assessment.id, waveId, side, tier: "leader", answers, version: opts.q.version, name: `${side} leader ${i}` });
    }
  }
  await signInAs(context, db, user);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/app/assessments/${assessment.id}/results`);
  await page.getByRole("button", { name: "Reveal results" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Summary" })).toBeVisible();
  return { org, assessment };
}

/** Internal keys a reader must never see: the questionnaire's item keys, the action library's ids, imperative ids. */
const internalKeys = (q: QuestionnaireDef) => [...q.items.map((i) => i.key), ...ACTIONS.map((a) => a.id), ...IMPERATIVE_IDS.filter((id) => id.includes("-"))];

async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

/** Pages of a PDF written by Chromium: its page objects (`/Type /Page`, not `/Pages`), checked against the page tree's count. */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString("latin1");
  const objects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  expect(counts.length, "the PDF's page tree").toBeGreaterThan(0);
  expect(Math.max(...counts)).toBe(objects);
  return objects;
}

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  // printed: the summary; not printed: the navigation, the buttons and every detail section
  await expect(page.getByTestId("results-summary")).toBeVisible();
  await expect(page.getByRole("heading", { name: "The five imperatives" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Facilitator" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print summary" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  return pdfPageCount(pdf);
}

// a team of 6 + 6 whose sides disagree outright on four questions and misjudge each other on one: findings to show
const opposed: Tweak = (side, _i, a) => {
  a["cxo-cmo-owns-experience"] = side === "marketing" ? 5 : 1;
  a["bl-privacy-agreed"] = side === "marketing" ? 5 : 1;
  a["sp-strategic-partner"] = side === "it";
  a["tr-common-vision"] = side === "it";
  a["sp-need-alignment"] = { self: side === "marketing", predicted: side === "it" ? 5 : 50 };
};

test.describe("the results as a story", () => {
  test("the summary first, the imperatives and details below, no internal key, two printed pages at most", async ({ page, context, db }) => {
    const { org, assessment } = await revealedTeam(db, context, page, { q: QUESTIONNAIRE_V2, perSide: 6, title: "Story 6 + 6", tweak: opposed });

    // the header: breadcrumb with the organization, and where to go next
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("link", { name: org.name })).toHaveAttribute("href", `/app/organizations/${org.id}`);
    await expect(crumbs.getByRole("link", { name: "Organizations" })).toHaveAttribute("href", "/app");
    await expect(crumbs.getByRole("link", { name: "Story 6 + 6" })).toHaveAttribute("href", `/app/assessments/${assessment.id}`);
    await expect(crumbs.getByText("Results")).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "Workshop" })).toHaveAttribute("href", `/app/assessments/${assessment.id}/workshop?wave=1`);
    await expect(page.getByRole("link", { name: "Action plan" })).toHaveAttribute("href", `/app/assessments/${assessment.id}/plan`);

    // the first screen at 1280 × 800 is the summary: the index, the findings, and nothing of the detail yet
    const summary = page.getByTestId("results-summary");
    await expect(summary.getByRole("heading", { name: "Summary" })).toBeInViewport({ ratio: 1 });
    await expect(summary.getByTestId("alignment-index")).toBeInViewport({ ratio: 1 });
    await expect(summary.getByRole("heading", { name: "What stands out" })).toBeInViewport({ ratio: 1 });
    const findings = summary.getByTestId("summary-findings").getByRole("listitem");
    expect(await findings.count()).toBeGreaterThanOrEqual(3);
    expect(await findings.count()).toBeLessThanOrEqual(5);
    await expect(findings.first()).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("heading", { name: "The results in two charts" })).not.toBeInViewport();
    await expect(findings.filter({ hasText: "Marketing agrees 100 points more often than IT that “Our CMO takes responsibility for the customer experience across all channels”" })).toHaveCount(1);
    await expect(summary.getByRole("heading", { name: "What to act on first" })).toBeVisible();
    await expect(summary.getByRole("heading", { name: "How sure these results are" })).toBeVisible();
    await expect(summary.getByTestId("summary-limits")).toContainText("a gap between the sides has to be about 57 points or more to be told apart from chance");

    // the charts: accessible names, and a table alternative for each
    await expect(page.getByRole("img", { name: /^Bar chart of the five imperative scores/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Diverging bar chart of the gap between marketing and IT on \d+ questions, [1-9]\d* of them credible/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /Imperative scores/ })).toBeHidden();
    await page.getByText("The imperatives chart as a table").click();
    await expect(page.getByRole("table", { name: /Imperative scores/ })).toBeVisible();

    // one section per imperative, its questions collapsed; no ranking score, the evidence in words
    for (const name of ["CMO as chief experience officer", "IT as a strategic partner", "Agreed business levers", "Skill mix", "Trust"]) {
      await expect(page.getByRole("heading", { level: 3, name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("table", { name: /^Questions on “Trust”/ })).toBeHidden();
    await expect(page.getByText(/priority \d/)).toHaveCount(0);
    await expect(page.getByText(/rests on (a|\d+) /).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // no internal key anywhere, every detail opened
    await openAllDetails(page);
    await expect(page.getByRole("table", { name: /^Questions on “Trust”/ })).toBeVisible();
    const text = await page.locator("main").innerText();
    expect(text.length).toBeGreaterThan(5000);
    for (const key of internalKeys(QUESTIONNAIRE_V2)) expect(text, `internal key ${key} on the page`).not.toContain(key);
    expect(text).not.toMatch(/\.txt\b/);
    await expectNoAxeViolations(page);

    // printed: the summary alone, on at most two A4 pages
    await page.reload();
    const pages = await printedPages(page);
    console.log(`printed summary (6 + 6, five findings): ${pages} A4 page(s)`);
    expect(pages).toBeLessThanOrEqual(2);
  });

  for (const q of [QUESTIONNAIRE_V1, QUESTIONNAIRE_V2]) {
    test(`the 2 + 2 journey (questionnaire ${q.version}): summary first, the page's full height at 1280 wide, the printed summary`, async ({ page, context, db }) => {
      await revealedTeam(db, context, page, { q, perSide: 2, title: `Story 2 + 2 ${q.version}` });
      const summary = page.getByTestId("results-summary");
      await expect(summary.getByTestId("alignment-index")).toBeInViewport({ ratio: 1 });
      await expect(summary.getByTestId("summary-no-findings")).toHaveText(
        "Nothing can be called a finding: a side with fewer than 3 respondents gives no verdict, however far apart the answers are.",
      );
      await expect(summary.getByTestId("summary-no-findings")).toBeInViewport({ ratio: 1 });
      await expect(summary.getByTestId("summary-limits")).toContainText("Only 2 marketing respondents: fewer than 3");

      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`results page height at 1280 px (2 + 2, questionnaire ${q.version}): ${height} px`);
      expect(height).toBeLessThan(8000);

      await openAllDetails(page);
      const text = await page.locator("main").innerText();
      for (const key of internalKeys(q)) expect(text, `internal key ${key} on the page`).not.toContain(key);

      await page.reload();
      const pages = await printedPages(page);
      console.log(`printed summary (2 + 2, questionnaire ${q.version}): ${pages} A4 page(s)`);
      expect(pages).toBeLessThanOrEqual(2);
    });
  }
});
