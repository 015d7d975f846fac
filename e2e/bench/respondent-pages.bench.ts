// The respondent's questionnaire page, measured as a phone sees it: JavaScript shipped (gzip), then
// Lighthouse 12 (mobile preset) on the same page with the respondent's cookie, three runs (BENCH_LH_RUNS).
// Baseline in the same run: the landing page, an App Router page that ships Next.js and React only; the
// questionnaire page is a Pages Router page without Next's runtime plus the questionnaire island.
//   npm run bench:respondent   (Lighthouse runs through `npx -y lighthouse@12.8.2`, not a dependency)
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT, startServer } from "./support/server";
import { createRespondents } from "./support/respondents";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function javascriptOf(url: string, cookie: string | null) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const context = await browser.newContext();
  if (cookie) await context.addCookies([{ name: "bridge_invite", value: cookie, url }]);
  const page = await context.newPage();
  const scripts: { url: string; gzip: number }[] = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() !== "script") return;
    const body = await res.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: res.url(), gzip: gzipSync(body).length });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await browser.close();
  if (process.env.BENCH_VERBOSE) for (const s of scripts) console.log(`    ${(s.gzip / 1024).toFixed(1)} KB ${s.url}`);
  return { total: scripts.reduce((s, x) => s + x.gzip, 0), count: scripts.length };
}

function lighthouse(url: string, cookie: string, name = "lighthouse") {
  const out = path.join(ROOT, `e2e/.tmp/${name}.json`);
  rmSync(out, { force: true });
  // Lighthouse now and then fails to record a trace (NO_NAVSTART) on a page this fast: such a run has no
  // figures at all, so it is repeated (at most twice); a run with figures is always kept, good or bad
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(
        "npx",
        ["-y", "lighthouse@12.8.2", url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance",
          `--extra-headers=${JSON.stringify({ Cookie: `bridge_invite=${cookie}` })}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "inherit"] },
      );
      break;
    } catch (e) {
      if (attempt === 3) throw e;
      console.log(`  (Lighthouse recorded no trace, attempt ${attempt}: running it again)`);
    }
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: report.audits["largest-contentful-paint"].numericValue / 1000,
    cls: report.audits["cumulative-layout-shift"].numericValue,
    tbt: report.audits["total-blocking-time"].numericValue,
  };
}

const server = await startServer(3201);
try {
  const { db, tokens } = await createRespondents(server.databaseUrl, 1);
  await db.$disconnect();
  const token = tokens[0]!;
  const page = `${server.url}/respond/business-levers`;
  const landing = await javascriptOf(`${server.url}/`, null);
  const questionnaire = await javascriptOf(page, token);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log("respondent pages bench (production build served by npm start)");
  console.log(`  JavaScript, landing page (baseline): ${kb(landing.total)} KB gzip in ${landing.count} files`);
  console.log(`  JavaScript, questionnaire page:      ${kb(questionnaire.total)} KB gzip in ${questionnaire.count} files (goal ≤ 120 KB): ${questionnaire.total <= 120 * 1024 ? "met" : "NOT met"}`);
  console.log(`  questionnaire page / landing page: ${(questionnaire.total / landing.total).toFixed(2)}× (React, react-hook-form, zod/mini, the form; no Next.js runtime)`);
  const review = await javascriptOf(`${server.url}/respond/review`, token);
  const problem = await javascriptOf(`${server.url}/respond/link-problem?reason=expired`, null);
  console.log(`  JavaScript, review page: ${kb(review.total)} KB in ${review.count} files; link-problem page: ${kb(problem.total)} KB in ${problem.count} files`);
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== "1") {
    const runs = Number(process.env.BENCH_LH_RUNS ?? 3);
    const results = [];
    for (let i = 0; i < runs; i++) {
      const lh = lighthouse(page, token, `lighthouse-${i + 1}`);
      results.push(lh);
      console.log(`  Lighthouse 12 mobile, run ${i + 1}: performance ${lh.score}, LCP ${lh.lcp.toFixed(2)} s, CLS ${lh.cls.toFixed(3)}, TBT ${lh.tbt.toFixed(0)} ms`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const worst = { score: Math.min(...results.map((r) => r.score)), lcp: Math.max(...results.map((r) => r.lcp)), cls: Math.max(...results.map((r) => r.cls)) };
    console.log(`  median: performance ${median(results.map((r) => r.score))} (goal ≥ 95), LCP ${median(results.map((r) => r.lcp)).toFixed(2)} s (≤ 1.2), CLS ${median(results.map((r) => r.cls)).toFixed(3)} (≤ 0.02)`);
    const rv = lighthouse(`${server.url}/respond/review`, token);
    console.log(`  Lighthouse 12 mobile, review page: performance ${rv.score}, LCP ${rv.lcp.toFixed(2)} s, CLS ${rv.cls.toFixed(3)}, TBT ${rv.tbt.toFixed(0)} ms`);
    console.log(`  worst:  performance ${worst.score}, LCP ${worst.lcp.toFixed(2)} s, CLS ${worst.cls.toFixed(3)}: ${worst.score >= 95 && worst.lcp <= 1.2 && worst.cls <= 0.02 ? "all goals met in every run" : "a goal was missed in some run"}`);
  }
} finally {
  await server.stop();
}
