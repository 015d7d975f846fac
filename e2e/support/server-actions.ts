// Posting a server action directly, as an attacker would, without the page's JavaScript: its id comes from the
// build's server-reference manifest (by file and exported name), and it is called either as the page's script
// calls it (Next-Action header, JSON arguments) or as a form posts it without JavaScript ($ACTION_ID_<id> field).
import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

const DIST = process.env.NEXT_DIST_DIR ?? ".next";

/** The id of `exportedName` from `filename` (relative to the project, e.g. "app/(app)/…/actions.ts") in the build. */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(`${DIST}/server/server-reference-manifest.json`, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`server action ${exportedName} of ${filename} is not in the build`);
  return found[0];
}

/** As the page's script calls it: POST to `path` with the Next-Action header and the arguments as JSON. */
export function callServerAction(request: APIRequestContext, baseURL: string, path: string, id: string, args: unknown[]): Promise<APIResponse> {
  return request.post(path, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: baseURL },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** As a form posts it without JavaScript: multipart fields plus $ACTION_ID_<id>. */
export function postServerActionForm(request: APIRequestContext, baseURL: string, path: string, id: string, fields: Record<string, string>): Promise<APIResponse> {
  return request.post(path, { headers: { Origin: baseURL }, multipart: { [`$ACTION_ID_${id}`]: "", ...fields }, maxRedirects: 0 });
}
