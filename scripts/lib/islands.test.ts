// The questionnaire island as esbuild bundles it for the browser: within the questionnaire page's JavaScript
// budget (issue 17: 60 KB gzip before the first interaction), without React (decision 47), and free of any server
// module (database, secrets, Next.js server code).
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

  it("ships at most 60 KB gzip", () => {
    const file = path.join(outdir, path.basename(built.manifest.questionnaire!));
    const gzip = gzipSync(readFileSync(file)).length;
    expect(gzip).toBeLessThanOrEqual(60 * 1024);
    expect(gzip).toBeGreaterThan(5 * 1024); // zod/mini and the schemas are in it: a much smaller file means an empty bundle
  });

  it("contains autosave, the controls and the answer schemas, and neither React nor server code", () => {
    const inputs = Object.keys(Object.values(built.metafile.outputs).find((o) => o.entryPoint)!.inputs);
    for (const file of ["components/islands/questionnaire/section-form.ts", "components/islands/questionnaire/autosave.ts", "components/islands/questionnaire/controls.ts", "lib/validation/answer.ts"]) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((i) => /node_modules\/(react|react-dom|react-hook-form|scheduler)\/|\.tsx$/.test(i))).toEqual([]);
    const server = inputs.filter((i) => /^lib\/(data|db|auth|env|generated|email)\b|node_modules\/(next|@prisma|better-sqlite3|better-auth|nodemailer|exceljs)\/|^node:/.test(i));
    expect(server).toEqual([]);
  });
});
