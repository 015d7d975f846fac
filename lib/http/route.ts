// The one way a route handler runs, as runAction() (lib/actions/action.ts) is for server actions: refuse a
// cross-site write, apply the declared guard (signed-in actor, admin, or the respondent of the invite cookie),
// parse the input with the shared zod schema, run, and turn an AppError into one JSON answer:
//   { "error": "<safe message>", "code": "<AppErrorCode>", "fieldErrors"?: { "<field>": "<message>" } }
// with the code's HTTP status (lib/errors/app-error.ts) and Cache-Control: no-store. `error` stays a string so
// every client that read { error } before (the autosave island, scripts) still does. A database that cannot be
// reached now answers 503 with Retry-After (lib/db/unavailable.ts). Any other error is a bug and is rethrown
// (Next logs it and answers 500).
// The production server also runs the autosave route without Next (lib/http/direct-routes.ts, decision 48), in a
// process where the "server-only" package throws: hence the runtime guard, and the actor guards loaded lazily.
import "@/lib/server-only-guard";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { RespondentContext, RespondentWriter } from "@/lib/data/respondent";
import { isDatabaseUnavailable, logUnavailable, UNAVAILABLE_RETRY_AFTER_S } from "@/lib/db/unavailable";
import { AppError, httpStatusOf, invalidInput } from "@/lib/errors/app-error";
import type { LinkRefusal } from "@/lib/respondent/link-state";
import { resolveRespondent } from "@/lib/respondent/resolve";
import { readCappedBody } from "@/lib/http/read-capped-body";
import { parseInput } from "@/lib/validation/input";
import { CROSS_ORIGIN_REFUSED, isSameOrigin } from "@/lib/security/same-origin";

/**
 * Who may call the route. "actor": a signed-in facilitator or admin (401 otherwise); "admin": an admin (404 for
 * everyone else signed in, so the route does not reveal itself); "respondent:read" / "respondent:write": the
 * respondent of the invite cookie (resolveRespondent). An admin without two-factor authentication passes neither
 * "actor" nor "admin" (404, as can() answers no): every page sends them to enrol first.
 */
export type RouteGuard = "public" | "actor" | "admin" | "respondent:read" | "respondent:write";

type GuardContext<G extends RouteGuard> = G extends "actor" | "admin"
  ? { actor: Actor }
  : G extends "respondent:read"
    ? { respondent: RespondentContext; token: string }
    : G extends "respondent:write"
      ? { respondent: RespondentWriter; token: string }
      : object;

/**
 * Where the validated input comes from. "query": the query string (with `withParams`, the route's path
 * parameters too, which win). "json" / "form": the body, refused with 413 past `maxBytes` (declared or read,
 * whatever the transfer encoding: lib/http/read-capped-body.ts).
 */
export type RouteInput<S extends z.core.$ZodType> =
  | { from: "query"; schema: S; withParams?: boolean }
  | { from: "json"; schema: S; maxBytes: number; tooLarge?: string }
  | { from: "form"; schema: S; maxBytes: number; tooLarge?: string };

export interface RouteSpec<G extends RouteGuard, S extends z.core.$ZodType> {
  guard: G;
  input?: RouteInput<S>;
  /** The answer to input that fails its schema; default: 400 naming the first field ("population: …"). */
  onInvalid?: (error: z.core.$ZodError) => AppError | Response;
  /** The answer to a refused respondent; default: the refusal's code and message as JSON. */
  onRefused?: (refusal: LinkRefusal) => Response;
}

export type Params = Record<string, string | undefined>;

export type RouteContext<G extends RouteGuard, S extends z.core.$ZodType> = {
  request: Request;
  params: Params;
  input: z.infer<S>;
} & GuardContext<G>;

export type RouteHandler = (request: Request, context?: { params: Promise<Params> }) => Promise<Response>;

/** The JSON answer of an AppError: its code's status, its safe message, its field errors. */
export function errorResponse(error: AppError): Response {
  const body = { error: error.message, code: error.code, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
  return Response.json(body, { status: httpStatusOf(error.code), headers: { "Cache-Control": "no-store" } });
}

/** 503 with Retry-After for a database that cannot be reached now: a fast, clear answer instead of a 500. */
function unavailableResponse(error: unknown): Response {
  logUnavailable(error);
  const response = errorResponse(new AppError("unavailable", "The service is briefly unavailable. Your request was not completed; please try again in a moment."));
  response.headers.set("Retry-After", String(UNAVAILABLE_RETRY_AFTER_S));
  return response;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function route<G extends RouteGuard, S extends z.core.$ZodType = z.core.$ZodType<undefined>>(
  spec: RouteSpec<G, S>,
  handler: (context: RouteContext<G, S>) => Promise<Response> | Response,
): RouteHandler {
  return async (request, context) => {
    try {
      // SameSite=Lax cookies already stay home on a cross-site POST; this is the second lock, for every route
      if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) throw new AppError("forbidden", CROSS_ORIGIN_REFUSED);
      const params: Params = (await context?.params) ?? {};
      const guarded = await guard(spec, request);
      if (guarded instanceof Response) return guarded;
      const input = spec.input ? await readInput(spec.input, request, params) : { ok: true as const, data: undefined };
      if (!input.ok) {
        const answer = spec.onInvalid ? spec.onInvalid(input.error) : invalidInput(input.error);
        if (answer instanceof Response) return answer;
        throw answer;
      }
      return await handler({ request, params, input: input.data, ...guarded } as RouteContext<G, S>);
    } catch (error) {
      if (error instanceof AppError) return errorResponse(error);
      if (isDatabaseUnavailable(error)) return unavailableResponse(error);
      throw error;
    }
  };
}

async function guard<G extends RouteGuard>(spec: RouteSpec<G, z.core.$ZodType>, request: Request): Promise<GuardContext<RouteGuard> | Response> {
  switch (spec.guard) {
    case "public":
      return {};
    case "actor":
    case "admin": {
      const { guardActor } = await import("./actor-guard");
      return { actor: await guardActor(request, spec.guard === "admin") };
    }
    case "respondent:read":
    case "respondent:write": {
      const resolved = await resolveRespondent(request, spec.guard === "respondent:write" ? "write" : "read");
      if (!resolved.ok) {
        if (spec.onRefused) return spec.onRefused(resolved.refusal);
        throw new AppError(resolved.refusal.code, resolved.refusal.message);
      }
      return { respondent: resolved.respondent, token: resolved.token } as GuardContext<RouteGuard>;
    }
  }
  throw new Error(`unknown route guard ${String(spec.guard)}`);
}

type Parsed<S extends z.core.$ZodType> = { ok: true; data: z.infer<S> } | { ok: false; error: z.core.$ZodError };

async function readInput<S extends z.core.$ZodType>(input: RouteInput<S>, request: Request, params: Params): Promise<Parsed<S>> {
  if (input.from === "query") {
    const query: Record<string, unknown> = Object.fromEntries(new URL(request.url).searchParams);
    return parse(input.schema, input.withParams ? { ...query, ...params } : query);
  }
  const tooLarge = () => new AppError("too-large", input.tooLarge ?? "Request too large");
  if (Number(request.headers.get("content-length") ?? "0") > input.maxBytes) throw tooLarge();
  const bytes = await readCappedBody(request, input.maxBytes);
  if (!bytes) throw tooLarge();
  if (input.from === "form") {
    const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
    const form = await new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => null);
    return parse(input.schema, form ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : {});
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("invalid-input", "The request is not valid JSON");
  }
  return parse(input.schema, body);
}

function parse<S extends z.core.$ZodType>(schema: S, value: unknown): Parsed<S> {
  const result = parseInput(schema, value); // unstorable text and a throwing zod: 400 (lib/validation/input.ts)
  return result.success ? { ok: true, data: result.data } : { ok: false, error: result.error };
}
