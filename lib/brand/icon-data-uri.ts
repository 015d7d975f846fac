// The app's icon as a data: address, for the respondent pages' <link rel="icon"> (pages/_document.tsx, decision 49).
// app/icon.svg stays the one copy (the App Router links it as a file, and /icon.svg serves it). Inline, the icon
// costs a phone no request of its own: Lighthouse counted that request, finished before the first paint was shown,
// into the questionnaire's Largest Contentful Paint (one round trip more, 150 ms in its mobile preset).
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

/**
 * Read once, when the server first renders a respondent page (every way the app starts runs from the checkout's
 * root); a server started elsewhere links the file instead of failing every page.
 */
export function iconHref(root = process.cwd()): string {
  if (cached === undefined) {
    try {
      cached = `data:image/svg+xml,${encodeURIComponent(readFileSync(path.join(root, "app", "icon.svg"), "utf8").trim())}`;
    } catch {
      return "/icon.svg";
    }
  }
  return cached;
}
