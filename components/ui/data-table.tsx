/**
 * <DataTable>: the one accessible data table (issue #12). One header row of column headers (th scope="col"), one
 * body row per item, a caption (sr-only unless captionVisible), row headers (th scope="row") where a column says
 * rowHeader, and the scroll wrapper of <Table>. A plain component (no hooks, no "use client"): render it from
 * server components, or from client components with client-side rows. For grouped column headers, rowspans or
 * several body groups, compose the primitives in components/ui/table.tsx instead.
 *
 *   <DataTable
 *     caption="Facilitators and admins"                  // the table's accessible name
 *     rows={users}
 *     rowKey={(u) => u.id}
 *     rowAttributes={(u) => ({ "data-user": u.id })}     // optional data-… attributes on each <tr>
 *     columns={[
 *       { header: "Name", rowHeader: true, className: "font-medium", cell: (u) => u.name },
 *       { header: "Logins", numeric: true, align: "end", cell: (u) => u.logins },
 *       { header: "Status", cell: (u) => u.status, cellClassName: (u) => (u.disabled ? "text-muted" : undefined) },
 *     ]}
 *   />
 *
 * DataTable props: caption, captionVisible, scroll ("auto" | "region" | "none"), regionLabel, className,
 * tableClassName (all as on <Table>), plus
 * - rows, rowKey(row, index): the items and their React keys;
 * - columns: Column[] (below);
 * - rowAttributes(row): data-… attributes (or data-testid, or an id to link to) for each body <tr>;
 * - dense: py-1 pr-2 cells instead of py-2 pr-3; zebra: striped body rows.
 * Column: header (the column header's content), cell(row, index) (the cell's content), and optionally
 * - id: React key of the column (default: its index);
 * - rowHeader: the cell is a row header, th scope="row" (font-normal unless className sets a font weight);
 * - numeric: tabular figures; align "end": right-aligned header and cells;
 * - className: on every body cell of the column; cellClassName(row): per cell (e.g. a tint);
 * - headerClassName: on the column header; cellAttributes(row): data-… attributes on the cell.
 */
import type { ReactNode } from "react";
import { HeadRow, Table, TBody, Td, Th, THead, Tr, type TableScroll } from "./table";

/** data-… attributes, and an id where a row or cell is a link target (#item-key). */
export type DataAttributes = { [name: `data-${string}`]: string | number | undefined } & { id?: string };

export interface Column<Row> {
  id?: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  rowHeader?: boolean;
  numeric?: boolean;
  align?: "start" | "end";
  className?: string;
  cellClassName?: (row: Row) => string | undefined;
  headerClassName?: string;
  cellAttributes?: (row: Row) => DataAttributes;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  captionVisible?: boolean;
  scroll?: TableScroll;
  regionLabel?: string;
  className?: string;
  tableClassName?: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  rowAttributes?: (row: Row) => DataAttributes;
  dense?: boolean;
  zebra?: boolean;
}

const FONT_WEIGHT = /(^|\s)font-(thin|extralight|light|normal|medium|semibold|bold|extrabold|black)(\s|$)/;

export function DataTable<Row>({ columns, rows, rowKey, rowAttributes, dense = false, zebra = false, ...table }: DataTableProps<Row>) {
  const key = (c: Column<Row>, i: number) => c.id ?? String(i);
  return (
    <Table {...table}>
      <THead>
        <HeadRow>
          {columns.map((c, i) => (
            <Th key={key(c, i)} align={c.align} dense={dense} className={c.headerClassName}>
              {c.header}
            </Th>
          ))}
        </HeadRow>
      </THead>
      <TBody>
        {rows.map((row, r) => (
          <Tr key={rowKey(row, r)} zebra={zebra} {...rowAttributes?.(row)}>
            {columns.map((c, i) => {
              const className = [c.className, c.cellClassName?.(row)].filter(Boolean).join(" ") || undefined;
              const look = { numeric: c.numeric, align: c.align, dense, ...c.cellAttributes?.(row) };
              return c.rowHeader ? (
                <Th key={key(c, i)} scope="row" {...look} className={FONT_WEIGHT.test(className ?? "") ? className : ["font-normal", className].filter(Boolean).join(" ")}>
                  {c.cell(row, r)}
                </Th>
              ) : (
                <Td key={key(c, i)} {...look} className={className}>
                  {c.cell(row, r)}
                </Td>
              );
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
