import type { Side } from "@/lib/domain";
import type { SideText } from "./types";

/** The wording a respondent of `side` sees. */
export function textFor(text: SideText, side: Side): string {
  return typeof text === "string" ? text : text[side];
}
