// The common-password check behind every password that Bridge accepts (sign-up is off; change-password,
// reset-password and the admin endpoints go through the better-auth hook in lib/auth/server.ts).
// The list lives in common-passwords.txt next to this file: one lower-case entry per line, `#` starts a comment.
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: ReadonlySet<string> | undefined;

/** Lower case, Unicode-normalised (NFKC, as better-auth hashes it), so "Password1234" matches "password1234". */
function normalise(password: string): string {
  return password.normalize("NFKC").toLowerCase();
}

/** The list, read once per process. Resolved from the working directory, which is the project root for
 * `next start`, Vitest and the scripts (Next's output tracing follows `process.cwd()` joins as well). */
export function commonPasswords(): ReadonlySet<string> {
  if (!cached) {
    const text = readFileSync(path.join(process.cwd(), "lib/auth/common-passwords.txt"), "utf8");
    cached = new Set(
      text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("#"))
        .map(normalise),
    );
  }
  return cached;
}

/** A single character repeated ("aaaaaaaaaaaa") or a run of consecutive characters ("abcdefghijkl", "3456789012"). */
function isTrivialPattern(pw: string): boolean {
  if (new Set(pw).size === 1) return true;
  const codes = [...pw].map((c) => c.codePointAt(0)!);
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  if (steps.size === 1 && [1, -1].includes([...steps][0]!)) return true;
  return /^\d+$/.test(pw) && ("0123456789".repeat(4).includes(pw) || "9876543210".repeat(4).includes(pw));
}

/**
 * True when the password is on the common-password list (case-insensitive, also with its spaces removed) or is a
 * trivial pattern. Length is checked separately (minimum 12).
 */
export function isCommonPassword(password: string): boolean {
  const pw = normalise(password);
  const list = commonPasswords();
  return list.has(pw) || list.has(pw.replace(/\s+/g, "")) || isTrivialPattern(pw);
}
