import type { ItemInfo } from "@/lib/results/types";

/** The question as each side saw it: once when both saw the same words, else each side's own wording. */
export function SideWording({ info }: { info: ItemInfo }) {
  const { marketing, it } = info.prompt;
  const asked = (side: "marketing" | "it") => info.sides.includes(side);
  if (marketing === it || !asked("marketing") || !asked("it")) {
    return <span className="font-medium">{asked("marketing") ? marketing : it}</span>;
  }
  return (
    <span className="block">
      <span className="block">
        <span className="text-xs font-semibold uppercase text-muted">Marketing was asked: </span>
        <span className="font-medium">{marketing}</span>
      </span>
      <span className="mt-1 block">
        <span className="text-xs font-semibold uppercase text-muted">IT was asked: </span>
        <span className="font-medium">{it}</span>
      </span>
    </span>
  );
}
