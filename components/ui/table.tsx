/**
 * Table primitives: the building blocks of <DataTable> (components/ui/data-table.tsx), for the tables it cannot
 * describe (grouped column headers with colSpan/scope="colgroup", rowspans, several <tbody> groups). Prefer DataTable.
 * No hooks, no context, no "use client": they render in server and client components alike.
 *
 *   <Table caption="Scores by side" scroll="region" regionLabel="Scores table" tableClassName="min-w-[40rem]">
 *     <THead>
 *       <HeadRow>
 *         <Th rowSpan={2}>Question</Th>
 *         <Th scope="colgroup" colSpan={2}>Marketing</Th>
 *       </HeadRow>
 *       <HeadRow>
 *         <Th>Leaders</Th>
 *         <Th>Team members</Th>
 *       </HeadRow>
 *     </THead>
 *     <TBody>
 *       <Tr data-item="q1">
 *         <Th scope="row">How aligned are we?</Th>
 *         <Td numeric>42</Td>
 *         <Td numeric>38</Td>
 *       </Tr>
 *     </TBody>
 *   </Table>
 *
 * Table props:
 * - caption: the table's accessible name (required); shown only to screen readers unless captionVisible.
 * - scroll: how the table sits in narrow viewports.
 *     "auto" (default): inside an overflow-x-auto wrapper (for tables that fit, or hold links or buttons that
 *       keyboard users can reach to scroll);
 *     "region": inside a focusable (tabIndex=0) role="region" wrapper named by regionLabel (default: the caption if
 *       it is a string): for wide tables (a min-w-… tableClassName) without focusable content, so keyboard users
 *       can scroll them (axe: scrollable-region-focusable);
 *     "none": no wrapper.
 * - className: on the outermost element (the wrapper, or the table with scroll="none"): margins, widths.
 * - tableClassName: on the <table> (min-w-[…] / max-w-…).
 * Th/Td props: numeric (tabular figures), align "end" (right-aligned), dense (py-1 pr-2 instead of py-2 pr-3),
 * className; Th's scope defaults to "col" (use "row" for row headers, "colgroup" above grouped columns).
 * Tr props: zebra (striped body rows), className and any other <tr> attribute (data-…).
 * Every look comes from the table… constants in components/ui/styles.ts.
 */
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import {
  tableCaptionClass,
  tableCellClass,
  tableClass,
  tableDenseCellClass,
  tableHeadRowClass,
  tableRowClass,
  tableZebraRowClass,
} from "./styles";

export type TableScroll = "auto" | "region" | "none";

const join = (...classes: (string | false | null | undefined)[]) => classes.filter(Boolean).join(" ");

export interface TableProps {
  caption: ReactNode;
  captionVisible?: boolean;
  scroll?: TableScroll;
  /** The scroll region's accessible name (scroll="region"); defaults to the caption when it is a string. */
  regionLabel?: string;
  className?: string;
  tableClassName?: string;
  children: ReactNode;
}

export function Table({ caption, captionVisible = false, scroll = "auto", regionLabel, className, tableClassName, children }: TableProps) {
  const table = (
    <table className={join(tableClass, tableClassName, scroll === "none" && className)}>
      <caption className={captionVisible ? tableCaptionClass : "sr-only"}>{caption}</caption>
      {children}
    </table>
  );
  if (scroll === "none") return table;
  if (scroll === "region") {
    const label = regionLabel ?? (typeof caption === "string" ? caption : "Scrollable table");
    // a scroll container must be reachable by keyboard; the region role and its name say what it is
    return (
      <div className={join("overflow-x-auto", className)} role="region" aria-label={label} tabIndex={0}>
        {table}
      </div>
    );
  }
  return <div className={join("overflow-x-auto", className)}>{table}</div>;
}

export function THead({ children }: { children: ReactNode }) {
  return <thead>{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody>{children}</tbody>;
}

/** A row of column headers (the darker rule below it). */
export function HeadRow({ className, ...props }: ComponentPropsWithoutRef<"tr">) {
  return <tr className={join(tableHeadRowClass, className)} {...props} />;
}

/** A body row (light rule below it, cells aligned to the top); zebra stripes every second row. */
export function Tr({ zebra = false, className, ...props }: ComponentPropsWithoutRef<"tr"> & { zebra?: boolean }) {
  return <tr className={join(tableRowClass, zebra && tableZebraRowClass, className)} {...props} />;
}

interface CellLook {
  numeric?: boolean;
  align?: "start" | "end";
  dense?: boolean;
}

const cellClass = ({ numeric, align, dense }: CellLook, className: string | undefined) =>
  join(dense ? tableDenseCellClass : tableCellClass, numeric && "tabular-nums", align === "end" && "text-right", className);

export function Th({
  scope = "col",
  numeric,
  align,
  dense,
  className,
  ...props
}: Omit<ComponentPropsWithoutRef<"th">, "scope" | "align"> & CellLook & { scope?: "col" | "row" | "colgroup" | "rowgroup" }) {
  return <th scope={scope} className={cellClass({ numeric, align, dense }, className)} {...props} />;
}

export function Td({ numeric, align, dense, className, ...props }: Omit<ComponentPropsWithoutRef<"td">, "align"> & CellLook) {
  return <td className={cellClass({ numeric, align, dense }, className)} {...props} />;
}
