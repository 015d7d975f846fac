// The ranking control's logic, pure: one select per position (README decision 12). A choice is kept in the
// position the person chose; positions may stay empty while they are ranking (choosing 2nd before 1st); an option
// is ranked once, so each select offers only the options not ranked in another position.
//
// Stored value: the option ids in rank order, `null` for an empty position, trailing empty positions left out
// (`[null, "cfo"]` = 1st empty, 2nd CFO); no choice at all is stored as no answer (null). The draft schema in
// lib/validation/answer.ts accepts the holes; the final one (submit) requires every position, without holes, so
// a complete ranking is the same plain list of ids as before.

/** One entry per position: the option id there, or null when the position is empty. */
export type RankingSlots = (string | null)[];

/** The positions of a stored value (or of nothing), padded with empty positions to `positions`. */
export function rankingSlots(value: unknown, positions: number): RankingSlots {
  const stored = Array.isArray(value) ? value : [];
  return Array.from({ length: positions }, (_, i) => {
    const id: unknown = stored[i];
    return typeof id === "string" && id !== "" ? id : null;
  });
}

/**
 * The person chooses `option` for `position` (null or "" = "Choose…", which empties the position). The option goes
 * exactly there and nothing else changes, so an option leaves the ranking only when the person replaces or clears
 * it in its own position. An option ranked at another position is not offered there (the control disables it), and
 * is ignored here: moving it silently would empty its old position, and a keyboard's type-ahead passes through
 * options on the way to the one wanted ("Chief f…" touches CEO before CFO).
 */
export function chooseAt(slots: RankingSlots, position: number, option: string | null): RankingSlots {
  if (position < 0 || position >= slots.length) return slots;
  const chosen = option === "" ? null : option;
  if (chosen !== null && slots.some((s, i) => s === chosen && i !== position)) return slots;
  const next = [...slots];
  next[position] = chosen;
  return next;
}

/** Where an option is ranked, other than `position` (the control disables it there), or -1. */
export function rankedElsewhere(slots: RankingSlots, position: number, option: string): number {
  return slots.findIndex((s, i) => s === option && i !== position);
}

/** What is saved: trailing empty positions left out, and no answer (null) when nothing is ranked. */
export function storedRanking(slots: RankingSlots): (string | null)[] | null {
  let end = slots.length;
  while (end > 0 && slots[end - 1] === null) end--;
  return end === 0 ? null : slots.slice(0, end);
}
