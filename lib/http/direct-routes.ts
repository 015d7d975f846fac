// Routes the production server (scripts/serve.ts) answers itself, without Next's router (decision 48): the same
// route handler (app/api/…/route.ts, built with route()), called with a Web Request made from the Node request
// the gate has already checked and read, its Response written back with the headers next.config.ts would add.
// Autosave is the one route here: every answer of every respondent is one request, and Next's per-request work
// (routing, header rules, its request store) cost ~10× the save itself (a save's own work, measured alone: 0.26
// ms of CPU; through Next: 2.5-3.6 ms). Under `next dev` the route runs through Next as any other.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteHandler } from "@/lib/http/route";
import { staticSecurityHeaders } from "@/lib/security/response-headers";

type Load = () => Promise<{ POST: RouteHandler }>;

/** next.config.ts's headers for every response, built once (every autosave is one response). */
const SECURITY_HEADERS: Record<string, string> = Object.fromEntries(staticSecurityHeaders().map(({ key, value }) => [key.toLowerCase(), value]));

const DIRECT: Record<string, Load> = {
  "POST /api/respond/answers": () => import("@/app/api/respond/answers/route"),
};

/** The direct handler for this request, or null (Next handles it). */
export function directRouteFor(method: string | undefined, url: string | undefined): Load | null {
  const path = (url ?? "/").split("?")[0]!;
  return DIRECT[`${(method ?? "GET").toUpperCase()} ${path}`] ?? null;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Answers `req` (which the gate has already limited, checked and replayed) with `load`'s handler. A handler that
 * throws (a bug: AppErrors and an unreachable database are answered by route()) gets a 500, as under Next.
 */
export async function serveDirect(load: Load, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response;
  try {
    const body = await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    // route() reads the host from the headers (the same-origin check), not from the URL: a malformed Host header
    // must not make the URL itself fail
    const url = new URL(req.url ?? "/", "http://localhost");
    const { POST } = await load();
    response = await POST(new Request(url, { method: req.method, headers, body: body.length ? new Uint8Array(body) : undefined }));
  } catch (error) {
    console.error("✖ direct route failed:", error);
    response = Response.json({ error: "Something went wrong" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
  const out: Record<string, string | string[]> = { ...SECURITY_HEADERS };
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  const setCookies = response.headers.getSetCookie();
  if (setCookies.length) out["set-cookie"] = setCookies;
  const payload = Buffer.from(await response.arrayBuffer());
  out["content-length"] = String(payload.length);
  res.writeHead(response.status, out);
  res.end(payload);
}
