// Bundles the browser islands (components/islands/*.ts) with esbuild into
// public/islands/<name>-<hash>.js and writes public/islands/manifest.json. Run before `next build`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, type BuildOptions } from "esbuild";

const ISLANDS = ["questionnaire"] as const;

/** How an island is bundled for the browser (also used by bench:respondent to bundle the scripts it compares). */
export const ISLAND_BUNDLE_OPTIONS = {
  bundle: true,
  splitting: false,
  format: "iife",
  minify: true,
  target: ["es2022", "chrome111", "safari16.4", "firefox111"],
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  legalComments: "none",
  // React's "use client" markers mean nothing outside Next.js
  logOverride: { "module-level-directive": "silent" },
} satisfies BuildOptions;

export async function buildIslands(root: string, outdir = path.join(root, "public/islands")) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(ISLANDS.map((name) => [name, `components/islands/${name}.ts`])),
    outdir,
    entryNames: "[name]-[hash]",
    ...ISLAND_BUNDLE_OPTIONS,
    metafile: true,
    logLevel: "warning",
  });
  const manifest: Record<string, string> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = ISLANDS.find((n) => output.entryPoint === `components/islands/${n}.ts`);
    if (name) manifest[name] = `/islands/${path.basename(file)}`;
  }
  writeFileSync(path.join(outdir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { files: readdirSync(outdir).length - 1, manifest, metafile: result.metafile };
}
