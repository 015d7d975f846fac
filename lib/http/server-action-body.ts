// What Next cannot decode in a server action's body, told apart before Next tries: Next answers 500 to a
// fetch action (`Next-Action` header) whose body it cannot decode (next/dist/server/app-render/action-handler.js
// treats the decode error like a bug in the action), so the request gate answers 400 instead.
// React encodes an action's arguments (encodeReply) as one JSON array, sent as text, or as multipart form data
// whose numbered fields ("0" the arguments, "1", "2"… further rows) are JSON and whose other fields carry the
// caller's FormData entries ("1_name"). A string starting with "$" is a reference. The app's forms and buttons
// send plain values, FormData ("$K…"), dates and undefined; every other kind of reference (promises, maps, sets,
// typed arrays, blobs, iterators, server references, temporary references) and any reference to a row that is
// not in the body is refused here: those are what made Next answer 500. A form post without the header (a
// progressively enhanced <form>) is decoded by Next, which already answers 400 to one it cannot read.

const DECODER = new TextDecoder("utf-8", { fatal: true });

/** "$$…" (an escaped "$"), undefined ("$undefined", as React sends it), -0, ±Infinity, NaN, a date, a FormData argument's entries. */
const VALUE_REFERENCE = /^\$(\$[\s\S]*|undefined|u|-0|Infinity|-Infinity|NaN|D[\s\S]+|K[0-9a-f]+)$/;
/** A reference to another row of the body ("$1"), or to a path inside one ("$1:a:b"). */
const ROW_REFERENCE = /^\$([0-9a-f]+)(:[\s\S]*)?$/;

/** Why the body cannot be a server action's arguments, or null when it may be (or is not an action at all). */
export async function serverActionBodyProblem(action: string | null, contentType: string | null, body: Buffer): Promise<string | null> {
  if (action === null) return null;
  const rows = await readRows(contentType, body);
  if (typeof rows === "string") return rows;
  const root = rows.get(0);
  if (root === undefined) return "The server action's request has no arguments";
  if (!Array.isArray(root)) return "The server action's arguments are not a list";
  for (const row of rows.values()) {
    if (!referencesResolve(row, rows)) return "The server action's arguments are not valid";
  }
  return null;
}

/** The JSON rows of the body, by number, or why they cannot be read. */
async function readRows(contentType: string | null, body: Buffer): Promise<Map<number, unknown> | string> {
  const rows = new Map<number, unknown>();
  if ((contentType ?? "").toLowerCase().startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType! } }).formData();
    } catch {
      return "The server action's form data could not be read";
    }
    for (const [name, value] of form) {
      if (!/^\d+$/.test(name)) continue; // the caller's own entries and files
      const parsed = typeof value === "string" ? parseJson(value) : NOT_JSON;
      if (parsed === NOT_JSON) return "The server action's arguments are not valid JSON";
      rows.set(Number(name), parsed);
    }
    return rows;
  }
  let text: string;
  try {
    text = DECODER.decode(body);
  } catch {
    return "The server action's arguments are not valid UTF-8";
  }
  const parsed = parseJson(text);
  if (parsed === NOT_JSON) return "The server action's arguments are not valid JSON";
  rows.set(0, parsed);
  return rows;
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Every "$" string in the value is a kind of reference the app sends, and every row it names is in the body. */
function referencesResolve(value: unknown, rows: Map<number, unknown>): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const next = stack.pop();
    if (typeof next === "string") {
      if (!next.startsWith("$") || VALUE_REFERENCE.test(next)) continue;
      const row = ROW_REFERENCE.exec(next);
      if (!row || !rows.has(parseInt(row[1]!, 16))) return false;
    } else if (next !== null && typeof next === "object") {
      stack.push(...Object.values(next));
    }
  }
  return true;
}
