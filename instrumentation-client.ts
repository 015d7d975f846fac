// Runs in the browser before any App Router page hydrates, so before any client module builds a zod schema.
// zod 4 compiles object parsers with `new Function` when it can, and finds out by trying once: under the pages'
// Content-Security-Policy (no 'unsafe-eval', decision 44) the try is refused, caught by zod, and still reported to
// the browser as a violation. jitless skips the try; parsing a form's few fields gets no slower that matters.
import { config } from "zod/v4/core";

config({ jitless: true });
