// Answering the questionnaire as a person would: by role and label, with the mouse or the keyboard alone.
import { expect, type Page } from "@playwright/test";
import { QUESTIONNAIRE_V1 } from "../../lib/questionnaire/builtin";
import type { Side } from "../../lib/domain";
import { toClientItem, type ClientItem } from "../../lib/questionnaire/client-item";
import { askedItems, prefilledAnswers, type Prefilled } from "../../lib/respondent/prefilled";
import { E2E_ORGANIZATION } from "./fixtures";

/** What the invite fixture's respondents are not asked (their invitation, the organization's profile). */
export function e2ePrefilled(side: Side): Prefilled {
  return prefilledAnswers(QUESTIONNAIRE_V1, { side, tier: "leader", organization: E2E_ORGANIZATION });
}

export function itemsOfSection(section: string, side: Side): ClientItem[] {
  return askedItems(QUESTIONNAIRE_V1.items, side, e2ePrefilled(side))
    .filter((i) => i.section === section)
    .map((i) => toClientItem(i, side));
}

export const SECTIONS = QUESTIONNAIRE_V1.sections.map((s) => s.id);

/** Fill one question with the mouse. `n` varies the answers between respondents. */
export async function answerWithMouse(page: Page, item: ClientItem, n = 0) {
  const box = page.locator(`#item-${item.key}`);
  const options = item.options ?? [];
  const fillPrediction = async () => {
    if (item.mirror) await box.getByLabel(item.mirror.predictPrompt).fill(String(40 + n));
  };
  switch (item.kind) {
    case "agreement":
      await box.getByRole("radio", { name: ["Disagree", "Agree", "Strongly agree"][n % 3]!, exact: true }).check();
      break;
    case "yes-no":
      await box.getByRole("radio", { name: n % 2 ? "No" : "Yes", exact: true }).check();
      break;
    case "single-choice":
      await box.getByRole("radio", { name: options[n % options.length]!.label, exact: true }).check();
      break;
    case "choose-up-to":
      for (const o of options.slice(0, 2)) await box.getByRole("checkbox", { name: o.label, exact: true }).check();
      break;
    case "ranking":
      for (let i = 0; i < (item.max ?? 1); i++) {
        await box.getByRole("combobox").nth(i).selectOption(options[i]!.id);
      }
      break;
    case "percentage":
      await box.getByRole("spinbutton").fill(String(25 + n));
      break;
    case "trade-off":
      await box.getByLabel(options[0]!.label).fill("50");
      await box.getByLabel(options[1]!.label).fill("30");
      await box.getByLabel(options[2]!.label).fill("20");
      break;
    case "free-text":
      await box.getByRole("textbox").fill("More joint planning of marketing technology.");
      break;
  }
  await fillPrediction();
}

/** Waits until the autosave status says everything reached the server. */
export async function expectAllSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /saved|saved as you go/i })).toHaveText(/All answers saved|Answers are saved as you go/);
}

export async function completeSection(page: Page, section: string, side: Side, n = 0) {
  for (const item of itemsOfSection(section, side)) await answerWithMouse(page, item, n);
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
}

/** Presses Tab until the focused element is inside `selector` (keyboard-only journeys never click). */
export async function tabInto(page: Page, selector: string, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

async function focusedIs(page: Page, role: string) {
  return page.evaluate((r) => (document.activeElement as HTMLInputElement | null)?.type === r, role);
}

/** Fill one question with the keyboard alone, starting from wherever the focus is before it. */
export async function answerWithKeyboard(page: Page, item: ClientItem) {
  await tabInto(page, `#item-${item.key}`);
  const options = item.options ?? [];
  switch (item.kind) {
    case "agreement":
    case "yes-no":
    case "single-choice":
      await page.keyboard.press("Space"); // selects the first option
      if (item.kind === "agreement") {
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight"); // "Agree"
      }
      break;
    case "choose-up-to":
      await page.keyboard.press("Space");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      break;
    case "ranking":
      for (let i = 0; i < (item.max ?? 1); i++) {
        if (i > 0) await page.keyboard.press("Tab");
        await page.keyboard.type(options[i]!.label.slice(0, 12));
      }
      break;
    case "percentage":
      await page.keyboard.type("35");
      break;
    case "trade-off":
      await page.keyboard.type("60");
      await page.keyboard.press("Tab");
      await page.keyboard.type("30");
      await page.keyboard.press("Tab");
      await page.keyboard.type("10");
      break;
    case "free-text":
      await page.keyboard.type("Shared goals.");
      break;
  }
  if (item.mirror) {
    await tabInto(page, `#q-${item.key}-predicted`);
    expect(await focusedIs(page, "number")).toBe(true);
    await page.keyboard.type("55");
  }
}
