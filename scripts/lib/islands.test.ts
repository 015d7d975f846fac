// The questionnaire island as esbuild bundles it for the browser: within the respondent pages' JavaScript
// budget, and free of any server module (database, secrets, Next.js server code).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIslands } from "./islands";

const ROOT = path.resolve(import.meta.dirname, "../..");
const outdir = mkdtempSync(path.join(tmpdir(), "bridge-islands-"));
let built: Awaited<ReturnType<typeof buildIslands>>;

beforeAll(async () => {
  built = await buildIslands(ROOT, outdir);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("questionnaire island bundle", () => {
  it("is listed in the manifest under a content-hashed name", () => {
    expect(built.manifest.questionnaire).toMatch(/^\/islands\/questionnaire-[A-Z0-9]{8}\.js$/);
    const manifest = JSON.parse(readFileSync(path.join(outdir, "manifest.json"), "utf8"));
    expect(manifest).toEqual(built.manifest);
  });

  it("ships at most 120 KB gzip, React included", () => {
    const file = path.join(outdir, path.basename(built.manifest.questionnaire!));
    const gzip = gzipSync(readFileSync(file)).length;
    expect(gzip).toBeLessThanOrEqual(120 * 1024);
    expect(gzip).toBeGreaterThan(40 * 1024); // React is in it: a much smaller file means an empty bundle
  });

  it("contains the form and no server code", () => {
    const inputs = Object.keys(Object.values(built.metafile.outputs).find((o) => o.entryPoint)!.inputs);
    expect(inputs).toContain("components/forms/questionnaire-section-form.tsx");
    expect(inputs.some((i) => i.includes("node_modules/react-dom/"))).toBe(true);
    const server = inputs.filter((i) => /^lib\/(data|db|auth|env|generated|email)\b|node_modules\/(next|@prisma|better-sqlite3|better-auth|nodemailer|exceljs)\/|^node:/.test(i));
    expect(server).toEqual([]);
  });
});
