// The ranking control's logic, pure: one select per position (README decision 12). A choice is kept in the
// position the person chose; positions may stay empty while they are ranking (choosing 2nd before 1st).
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
 * The person chooses `option` for `position` (null or "" = "Choose…", which empties the position). The option
 * goes exactly there. If it was ranked at another position, the two swap: what was at `position` moves to the
 * option's old place (or that place becomes empty), so nothing else is lost. Only the option that was at
 * `position` can leave the ranking, and only when the person replaces it there with an option not ranked yet.
 */
export function chooseAt(slots: RankingSlots, position: number, option: string | null): RankingSlots {
  if (position < 0 || position >= slots.length) return slots;
  const chosen = option === "" ? null : option;
  const next = [...slots];
  if (chosen !== null) {
    const previous = next.indexOf(chosen);
    if (previous !== -1 && previous !== position) next[previous] = next[position] ?? null;
  }
  next[position] = chosen;
  return next;
}

/** What is saved: trailing empty positions left out, and no answer (null) when nothing is ranked. */
export function storedRanking(slots: RankingSlots): (string | null)[] | null {
  let end = slots.length;
  while (end > 0 && slots[end - 1] === null) end--;
  return end === 0 ? null : slots.slice(0, end);
}
