// The report's fonts: Source Sans 3 (SIL Open Font License 1.1, assets/fonts/LICENSE-SourceSans3.md), read from
// the repository's assets/fonts so that the report never depends on node_modules or the system's fonts. pdfkit
// embeds a subset of each (only the glyphs used), so the PDF stays small.
import path from "node:path";

export const REPORT_FONT_FILES = {
  regular: "SourceSans3-Regular.ttf",
  bold: "SourceSans3-Semibold.ttf",
  italic: "SourceSans3-It.ttf",
} as const;
export type ReportFont = keyof typeof REPORT_FONT_FILES;

/** PostScript names as they appear in the PDF's font dictionaries (after the subset prefix). */
export const REPORT_FONT_NAMES = ["SourceSans3-Regular", "SourceSans3-Semibold", "SourceSans3-It"] as const;

/** The fonts folder: the app runs from the repository root (npm scripts, the server, the tests). */
export function reportFontDir(): string {
  return path.join(process.cwd(), "assets", "fonts");
}

export function reportFontPath(font: ReportFont, dir = reportFontDir()): string {
  return path.join(dir, REPORT_FONT_FILES[font]);
}
