import type { Side } from "@/lib/domain";
import type { QuorumStatus } from "./types";

/** Each side's submitted responses against the quorum the facilitator set; met when both sides reach theirs. */
export function quorumOf(required: { quorumMarketing: number; quorumIt: number }, counts: Record<Side, number>): QuorumStatus {
  const side = (submitted: number, needed: number) => ({ submitted, required: needed, met: submitted >= needed });
  const marketing = side(counts.marketing, required.quorumMarketing);
  const it = side(counts.it, required.quorumIt);
  return { marketing, it, met: marketing.met && it.met };
}
