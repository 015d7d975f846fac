// The respondent pages' data (welcome, sections, review, results), from real respondents in a real SQLite file.
import { beforeAll, describe, expect, it } from "vitest";
import { seededAssessment } from "@/lib/test/assessment";
import { testDb } from "@/lib/test/db";
import { createParticipant } from "@/prisma/factories";
import { QUESTIONNAIRE_V1 } from "@/lib/questionnaire/builtin";
import { loadRespondent, recordConsent, saveAnswer, submitResponse } from "@/lib/data/respondent";
import { completeAnswers } from "@/lib/test/answers";
import { resultsPage } from "./results-page";
import { reviewPage } from "./review-page";
import { sectionPage, type SectionPageData } from "./section-page";
import { welcomePage } from "./welcome-page";

const db = testDb();
let assessmentId = "";
let waveId = "";

beforeAll(async () => {
  ({ assessmentId, waveId } = await seededAssessment(db));
});

async function respondent(side: "marketing" | "it", consent = true) {
  const { token } = await createParticipant(db, { assessmentId, waveId, side, tier: "leader" });
  if (consent) await recordConsent(token, { showName: false });
  return token;
}

async function pageOf(token: string, section: string): Promise<SectionPageData> {
  const result = sectionPage((await loadRespondent(token)).context!, section);
  if (!("props" in result)) throw new Error(`expected a page, got ${JSON.stringify(result)}`);
  return result.props.page;
}

describe("questionnaire section page", () => {
  it("sends a respondent without consent to the welcome page and an unknown section to not-found", async () => {
    const token = await respondent("it", false);
    const context = (await loadRespondent(token)).context!;
    expect(sectionPage(context, "cxo")).toEqual({ redirect: "/respond" });
    await recordConsent(token, { showName: false });
    expect(sectionPage((await loadRespondent(token)).context!, "no-such-section")).toEqual({ notFound: true });
  });

  it("gives the first section the invitation's side and tier and leaves out the prefilled items", async () => {
    const page = await pageOf(await respondent("it"), "context");
    expect(page.invitedAs).toEqual({ side: "IT", tier: "leader" });
    expect(page.position).toBe(1);
    expect(page.sectionCount).toBe(QUESTIONNAIRE_V1.sections.length);
    expect(page.form.items.map((i) => i.key)).not.toContain("context-side");
    // the factory organization's profile (Banking, EALA, US$1-5 billion, B2C) answers four context items
    const keys = page.form.items.map((i) => i.key);
    for (const key of ["context-industry", "context-region", "context-revenue", "context-business-model"]) expect(keys).not.toContain(key);
    expect(keys).toEqual(["context-title", "context-growth"]);
    expect(page.fromProfile).toEqual([
      { key: "context-industry", prompt: "Industry of your organization", answer: "Banking" },
      { key: "context-region", prompt: "Where is your organization headquartered?", answer: "Europe, Africa and Latin America (EALA)" },
      { key: "context-revenue", prompt: "Annual revenue of your organization", answer: "US$1 to 5 billion" },
      { key: "context-business-model", prompt: "Main business model", answer: "Business-to-consumer (B2C)" },
    ]);
    expect(page.progress[0]!.total).toBe(2);
    expect(page.form.previousHref).toBeNull();
    expect(page.form.nextHref).toBe(`/respond/${QUESTIONNAIRE_V1.sections[1]!.id}`);
  });

  it("carries the side's wording, this section's stored answers only, and links to its neighbours", async () => {
    const token = await respondent("marketing");
    const response = (await loadRespondent(token)).context!;
    await saveAnswer(token, "bl-agenda", 4);
    const index = QUESTIONNAIRE_V1.sections.findIndex((s) => s.id === "business-levers");
    const page = await pageOf(token, "business-levers");
    expect(page.invitedAs).toBeNull();
    expect(page.fromProfile).toEqual([]);
    expect(page.form.answers).toEqual({ "bl-agenda": 4 });
    expect(page.form.storageKey).toBe(`bridge-unsaved-${response.responseId}`);
    expect(page.form.previousHref).toBe(`/respond/${QUESTIONNAIRE_V1.sections[index - 1]!.id}`);
    const keys = QUESTIONNAIRE_V1.items.filter((i) => i.section === "business-levers" && (!i.sides || i.sides.includes("marketing"))).map((i) => i.key);
    expect(page.form.items.map((i) => i.key)).toEqual(keys);
    expect(page.progress.find((s) => s.id === "business-levers")!.answered).toBe(1);
  });

  it("ends the last section at the review page and a submitted response at its results", async () => {
    const token = await respondent("it");
    const last = QUESTIONNAIRE_V1.sections.at(-1)!.id;
    const page = await pageOf(token, last);
    expect(page.form.nextHref).toBe("/respond/review");
    expect(page.form.nextLabel).toBe("Review answers");
    const context = (await loadRespondent(token)).context!;
    expect(sectionPage({ ...context, status: "submitted" }, last)).toEqual({ redirect: "/respond/results" });
  });
});

const contextOf = async (token: string) => (await loadRespondent(token)).context!;

describe("welcome page", () => {
  it("explains the assessment before consent, shows only known error codes, then sends the respondent on", async () => {
    const token = await respondent("marketing", false);
    const before = welcomePage(await contextOf(token), "<script>alert(1)</script>");
    if (!("props" in before)) throw new Error("expected the welcome page");
    expect(before.props.page.isLeader).toBe(true);
    expect(before.props.page.takesPartAs).toBe("Marketing leader");
    expect(before.props.page.survey).toEqual({ publisher: "Accenture Interactive", year: 2012, marketingN: 405, itN: 252 });
    expect(before.props.page.error).toBeNull();
    // the example names a source chosen for the assessment, never another one
    const context = await contextOf(token);
    const cc10 = welcomePage({ ...context, sourceIds: ["cmo-council-2010"] });
    expect("props" in cc10 && cc10.props.page.survey).toEqual({ publisher: "CMO Council, in co-operation with Accenture", year: 2010, marketingN: 320, itN: 300 });
    const forresterOnly = welcomePage({ ...context, sourceIds: ["forrester-2014"] }); // CMOs only: no example of both sides
    expect("props" in forresterOnly && forresterOnly.props.page.survey).toBeNull();
    const refused = welcomePage(await contextOf(token), "consent");
    expect("props" in refused && refused.props.page.error).toBe("Please confirm that you agree to take part");

    await recordConsent(token, { showName: true });
    const first = QUESTIONNAIRE_V1.sections[0]!.id;
    expect(welcomePage(await contextOf(token))).toEqual({ redirect: expect.stringMatching(new RegExp(`^/respond/${first}#item-`)) });
  });
});

describe("review and results pages", () => {
  it("lists the open questions with links, then after submit shows only the respondent's own results", async () => {
    const token = await respondent("it");
    expect(resultsPage(await contextOf(token))).toEqual({ redirect: "/respond" });
    const review = reviewPage(await contextOf(token), "missing");
    if (!("props" in review)) throw new Error("expected the review page");
    expect(review.props.page.missing.length).toBeGreaterThan(10);
    expect(review.props.page.missing[0]!.href).toMatch(/^\/respond\/[a-z-]+#item-[a-z0-9-]+$/);
    expect(review.props.page.error).toBe(`${review.props.page.missing.length} required question(s) still need an answer`);

    for (const [key, value] of Object.entries(completeAnswers(QUESTIONNAIRE_V1, "it", 1, (await contextOf(token)).prefilled))) await saveAnswer(token, key, value);
    const complete = reviewPage(await contextOf(token), "missing");
    expect("props" in complete && complete.props.page).toMatchObject({ missing: [], error: null });
    await submitResponse(token);
    expect(reviewPage(await contextOf(token))).toEqual({ redirect: "/respond/results" });

    const results = resultsPage(await contextOf(token));
    if (!("props" in results)) throw new Error("expected the results page");
    const page = results.props.page;
    expect(page.population).toBe("CIOs");
    expect(page.imperatives.map((i) => i.id)).toHaveLength(5);
    expect(page.imperatives.every((i) => i.score === null || (i.score >= 0 && i.score <= 100))).toBe(true);
    expect(page.recommendations.length).toBeLessThanOrEqual(3);
    expect(page.compared.length).toBeGreaterThan(0);
    for (const b of page.compared.flatMap((c) => c.benchmarks)) expect(b.reference).toMatch(/^\(.+, (19|20)\d\d(, n = \d+, 95% interval \d+%–\d+%|, sample size not published|, a verbal figure: between \d+% and \d+%)(; of .+)?\)\.$/);
    expect(JSON.parse(JSON.stringify(page))).toEqual(page); // serializable, as the Pages Router needs
  });
});

describe("review page", () => {
  const reviewOf = async (token: string) => {
    const review = reviewPage(await contextOf(token));
    if (!("props" in review)) throw new Error("expected the review page");
    return review.props.page;
  };

  it("lists every section with each question in the respondent's wording and the answer in words", async () => {
    const token = await respondent("it");
    await saveAnswer(token, "sp-priority", { self: 4, predicted: 35 });
    await saveAnswer(token, "tr-relationships", [null, "cfo"]);
    await saveAnswer(token, "context-growth", "flat");
    const page = await reviewOf(token);
    expect(page.sections.map((s) => s.id)).toEqual(QUESTIONNAIRE_V1.sections.map((s) => s.id));
    const all = page.sections.flatMap((s) => s.items);
    expect(all.map((i) => i.key)).toEqual(QUESTIONNAIRE_V1.items.filter((i) => !i.sides || i.sides.includes("it")).map((i) => i.key));
    const byKey = Object.fromEntries(all.map((i) => [i.key, i]));

    expect(byKey["context-growth"]).toEqual({
      key: "context-growth",
      prompt: "How did your organization grow over the last year?",
      answer: "Flat or little growth",
      status: "answered",
      source: null,
      href: "/respond/context#item-context-growth",
    });
    expect(byKey["context-industry"]).toMatchObject({ answer: "Banking", status: "given", source: "organization", href: null });
    expect(byKey["context-side"]).toMatchObject({ answer: "IT", status: "given", source: "invitation", href: null });
    expect(byKey["sp-priority"]!.answer).toBe("Agree. Your prediction about the Marketing side: 35%");
    expect(byKey["tr-relationships"]).toMatchObject({ answer: "2. Chief financial officer (CFO)", status: "incomplete" });
    expect(byKey["bl-agenda"]).toMatchObject({ answer: null, status: "unanswered", href: expect.stringMatching(/^\/respond\/business-levers#item-bl-agenda$/) });
    expect(byKey["context-title"]).toMatchObject({ answer: null, status: "skipped" });
    // the IT side's wording, not marketing's
    const sideSpecific = QUESTIONNAIRE_V1.items.find((i) => typeof i.prompt !== "string")!;
    expect(byKey[sideSpecific.key]!.prompt).toBe((sideSpecific.prompt as { it: string }).it);
    // the open questions: the unanswered and the incomplete ones, none of the prefilled
    expect(page.missing.map((m) => m.key)).toContain("tr-relationships");
    expect(page.missing.map((m) => m.key)).not.toContain("context-industry");
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });
});
