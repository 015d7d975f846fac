import { SIDE_LABEL, SIDES } from "@/lib/domain";
import type { SidePair } from "@/lib/scoring/types";

/** The question as each side saw it: once when both saw the same words, else each side's own wording. */
export function QuestionWording({ wording, compact = false }: { wording: SidePair<string | null>; compact?: boolean }) {
  const asked = SIDES.filter((side) => wording[side] !== null);
  if (asked.length < 2 || wording.marketing === wording.it) return <>{wording[asked[0] ?? "marketing"]}</>;
  if (compact) return <>{SIDES.map((side) => `${SIDE_LABEL[side]}: “${wording[side]}”`).join(" / ")}</>;
  return (
    <>
      {SIDES.map((side) => (
        <span key={side} className="block">
          <span className="font-semibold">{SIDE_LABEL[side]} was asked:</span> {wording[side]}
        </span>
      ))}
    </>
  );
}
