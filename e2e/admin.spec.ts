import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { expectNoAxeViolations } from "./support/axe";
import { createUser, signInAs } from "./support/auth";
import { expect, test } from "./support/fixtures";

test.describe("admin: benchmark library and audit log", () => {
  test("browses the benchmark library with provenance", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await signInAs(context, db, admin);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Benchmark library" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Benchmark library" })).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.getByText("a12-need-alignment-cio", { exact: true }) });
    await expect(row).toContainText("77% of CIOs agree they need to be aligned");
    await expect(row).toContainText("Accenture Interactive, 2012");
    await expect(row).toContainText("003_23b1ccd4d58906db.txt");
    await expect(row).toContainText("v1:sp-need-alignment (adapted)");
    await expect(page.getByText(/CMOs \/ marketing n = 405/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "CIOs / IT" }).click();
    await expect(page).toHaveURL(/population=it/);
    await expect(page.getByRole("cell", { name: "CMOs / marketing", exact: true })).toHaveCount(0);
    expect(await page.getByRole("cell", { name: "CIOs / IT", exact: true }).count()).toBeGreaterThan(20);
  });

  test("filters the audit log and downloads it as CSV with formulas defused", async ({ page, context, db }) => {
    const admin = await createUser(db, { role: "admin", twoFactor: true });
    await db.auditLog.create({ data: { actorId: admin.id, action: "export.csv", targetType: "assessment", targetId: "=HYPERLINK(\"http://x\")" } });
    await db.auditLog.create({ data: { actorId: admin.id, action: "results.reveal", targetType: "wave", targetId: "w1" } });
    await signInAs(context, db, admin);
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Action").selectOption("export.csv");
    await page.getByLabel("Actor e-mail contains").fill(admin.email);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=export.csv/);
    const table = page.getByRole("table", { name: /Audit entries/ });
    await expect(table.getByRole("row")).toHaveCount(2); // header + one entry
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const file = await (await download).path();
    const rows = parse(readFileSync(file!, "utf8")) as string[][];
    expect(rows[0]).toEqual(["created_at_utc", "actor_email", "action", "target_type", "target_id", "detail"]);
    expect(rows).toHaveLength(2);
    expect(rows[1]![2]).toBe("export.csv");
    expect(rows[1]![4]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1]![0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
