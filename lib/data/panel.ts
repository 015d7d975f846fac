import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import type { PanelComparisonView } from "@/lib/admin/types";
import { comparableFigures } from "@/lib/data/panel-figures";
import { refreshPanelAggregates } from "@/lib/data/panel-aggregate";
import { db } from "@/lib/db/client";
import { dialect } from "@/lib/db/dialect";
import type { Side } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import { MIN_PANEL_ORGANIZATIONS, panelComparison, type PanelCellSums } from "@/lib/scoring/panel";
import type { TComparisonQuery } from "@/lib/validation/comparison-query";
import { utcDay } from "@/lib/time";

// The cross-organization panel (admins only). Each revealed wave is summarized once into PanelAggregate rows
// (lib/scoring/panel.ts explains the measure); a comparison then reads those rows, filtered by the
// organizations' current attributes and panel choice, so opting out takes effect on the next view.


interface CellRow {
  figureId: string;
  side: string;
  itemKey: string;
  points: number | bigint;
  organizations: number | bigint;
  sum: number;
  sumSquares: number;
  respondents: number | bigint;
  firstRevealedAt: Date | string | null;
  lastRevealedAt: Date | string | null;
  everyWaveOrganizations?: number | bigint;
}

/** A cell's sums, and how many organizations it would count over every wave (the same as `organizations` unless `latest`). */
type CellSums = PanelCellSums & { everyWaveOrganizations: number };

const asDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

/** The filters of a view but the choice of waves, on `o` (Organization) and `pa` (PanelAggregate); dates compare as ISO text on SQLite. */
function rowFilters(query: TComparisonQuery, panel: "real" | "demo") {
  const date = dialect.timestamp;
  const nextDay = (d: string) => utcDay(new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000));
  const parts: Prisma.Sql[] = [Prisma.sql`o."panelOptIn" = ${true}`, Prisma.sql`o."isDemo" = ${panel === "demo"}`];
  if (query.industry) parts.push(Prisma.sql`o."industry" = ${query.industry}`);
  if (query.region) parts.push(Prisma.sql`o."region" = ${query.region}`);
  if (query.revenueBand) parts.push(Prisma.sql`o."revenueBand" = ${query.revenueBand}`);
  if (query.businessModel) parts.push(Prisma.sql`o."businessModel" = ${query.businessModel}`);
  if (query.side) parts.push(Prisma.sql`pa."side" = ${query.side}`);
  if (query.from) parts.push(Prisma.sql`pa."revealedAt" >= ${date(query.from)}`);
  if (query.to) parts.push(Prisma.sql`pa."revealedAt" < ${date(nextDay(query.to))}`);
  parts.push(Prisma.sql`${answered(query)} > 0`);
  return Prisma.join(parts, " AND ");
}

/**
 * Each organization's latest wave among the rows `filters` keeps (its id and reveal time): "latest" is per
 * organization, not per figure (one wave for all of its cells), and taken after the date, side and tier filters (a
 * wave is a candidate when at least one of its summary rows passes them). Ties on the reveal time go to the greater
 * wave id, so it is one wave per organization. Uncorrelated, so the database evaluates it once per statement. It
 * ranks the revealed waves (one row each), each checked by one probe into its own summary rows (the primary key
 * starts with waveId), rather than grouping every summary row. Inside, `o` and `pa` are this subquery's own, so
 * `filters` applies as written. A summary row's organization and reveal time are copies of its wave's, written
 * together and never changed (lib/data/panel-aggregate.ts), so ranking by the wave's reveal time is ranking by the rows'.
 */
function latestWaves(filters: Prisma.Sql) {
  return Prisma.sql`
    SELECT ranked."waveId", ranked."revealedAt" FROM (
      SELECT w."id" AS "waveId", w."revealedAt", ROW_NUMBER() OVER (PARTITION BY a."organizationId" ORDER BY w."revealedAt" DESC, w."id" DESC) AS "rank"
      FROM "Wave" w
      JOIN "Assessment" a ON a."id" = w."assessmentId"
      JOIN "Organization" o ON o."id" = a."organizationId"
      WHERE w."revealedAt" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "PanelAggregate" pa WHERE pa."waveId" = w."id" AND ${filters})
    ) ranked
    WHERE ranked."rank" = 1`;
}

/** Respondents answering, and agreeing, in the tiers the query asks for. */
function answered(query: TComparisonQuery) {
  if (query.tier === "leader") return Prisma.sql`pa."leaderAnswered"`;
  if (query.tier === "team") return Prisma.sql`pa."teamAnswered"`;
  return Prisma.sql`(pa."leaderAnswered" + pa."teamAnswered")`;
}
function agreeing(query: TComparisonQuery) {
  if (query.tier === "leader") return Prisma.sql`pa."leaderAgreeing"`;
  if (query.tier === "team") return Prisma.sql`pa."teamAgreeing"`;
  return Prisma.sql`(pa."leaderAgreeing" + pa."teamAgreeing")`;
}

/**
 * Per (figure, side, item): sums over organization-wave shares, one GROUP BY over one row per organization-wave
 * and figure link (no per-answer work), joined only to Organization for the live filters and panel choice. With
 * `latest`, the same one pass over every wave's rows: the sums over the latest waves only, and how many
 * organizations every wave would count, which the complement rule needs (no second statement for it).
 */
async function panelCells(query: TComparisonQuery, panel: "real" | "demo"): Promise<CellSums[]> {
  const latest = query.waves === "latest";
  const filters = rowFilters(query, panel);
  const share = Prisma.sql`(CAST(${agreeing(query)} AS ${dialect.double()}) / ${answered(query)})`;
  const counted = (x: Prisma.Sql) => (latest ? Prisma.sql`CASE WHEN lw."waveId" IS NOT NULL THEN ${x} END` : x);
  const rows = await db.$queryRaw<CellRow[]>`
    SELECT pa."figureId", pa."side", pa."itemKey", COUNT(${counted(Prisma.sql`1`)}) AS "points", COUNT(DISTINCT ${counted(Prisma.sql`pa."organizationId"`)}) AS "organizations",
           SUM(${counted(share)}) AS "sum", SUM(${counted(Prisma.sql`${share} * ${share}`)}) AS "sumSquares", SUM(${counted(answered(query))}) AS "respondents",
           MIN(${counted(Prisma.sql`pa."revealedAt"`)}) AS "firstRevealedAt", MAX(${counted(Prisma.sql`pa."revealedAt"`)}) AS "lastRevealedAt"
           ${latest ? Prisma.sql`, COUNT(DISTINCT pa."organizationId") AS "everyWaveOrganizations"` : Prisma.empty}
    FROM "PanelAggregate" pa
    JOIN "Organization" o ON o."id" = pa."organizationId"
    ${latest ? Prisma.sql`LEFT JOIN (${latestWaves(filters)}) lw ON lw."waveId" = pa."waveId"` : Prisma.empty}
    WHERE ${filters}
    GROUP BY pa."figureId", pa."side", pa."itemKey"
    ${latest ? Prisma.sql`HAVING COUNT(lw."waveId") > 0` : Prisma.empty}`;
  return rows.map(
    (r): CellSums => ({
      figureId: r.figureId,
      side: r.side as Side,
      itemKey: r.itemKey,
      points: Number(r.points),
      organizations: Number(r.organizations),
      sum: Number(r.sum),
      sumSquares: Number(r.sumSquares),
      respondents: Number(r.respondents),
      firstRevealedAt: asDate(r.firstRevealedAt),
      lastRevealedAt: asDate(r.lastRevealedAt),
      everyWaveOrganizations: Number(r.everyWaveOrganizations ?? r.organizations),
    }),
  );
}

type SizeRow = { organizations: number | bigint; waves: number | bigint; firstAt: Date | string | null; lastAt: Date | string | null };

/**
 * Organizations and organization-waves behind the view (each cell has its own count too). With `latest`, they are
 * the latest waves themselves: one per organization, each with at least one row that passes the filters.
 */
async function panelSize(query: TComparisonQuery, panel: "real" | "demo") {
  const filters = rowFilters(query, panel);
  const rows =
    query.waves === "latest"
      ? await db.$queryRaw<SizeRow[]>`
          SELECT COUNT(*) AS "organizations", COUNT(*) AS "waves", MIN(lw."revealedAt") AS "firstAt", MAX(lw."revealedAt") AS "lastAt"
          FROM (${latestWaves(filters)}) lw`
      : await db.$queryRaw<SizeRow[]>`
          SELECT COUNT(DISTINCT pa."organizationId") AS "organizations", COUNT(DISTINCT pa."waveId") AS "waves",
                 MIN(pa."revealedAt") AS "firstAt", MAX(pa."revealedAt") AS "lastAt"
          FROM "PanelAggregate" pa
          JOIN "Organization" o ON o."id" = pa."organizationId"
          WHERE ${filters}`;
  const r = rows[0];
  const first = asDate(r?.firstAt ?? null);
  const last = asDate(r?.lastAt ?? null);
  const organizations = Number(r?.organizations ?? 0);
  if (organizations < MIN_PANEL_ORGANIZATIONS || !first || !last) return null;
  return { organizations, waves: Number(r?.waves ?? 0), period: { from: utcDay(first), to: utcDay(last) } };
}

/** The filters that narrow the set of organizations (side and source only choose cells; for `waves`, see panelCells). */
const NARROWING = ["industry", "region", "revenueBand", "businessModel", "tier", "from", "to"] as const;

/**
 * Admins only (null for anyone else): every comparable published figure beside the panel's measure under the
 * filters. `panel` defaults to the real panel; the demo panel holds only the seed's synthetic organizations and
 * the real one never includes them.
 */
export async function getPanelComparison(actor: Actor, query: TComparisonQuery, now = new Date()): Promise<PanelComparisonView | null> {
  if (!can(actor, "panel:read")) return null;
  await refreshPanelAggregates();
  const panel = query.panel ?? "real";
  const narrowed = NARROWING.some((key) => query[key] !== undefined);
  const [figures, cells, size, unfiltered] = await Promise.all([
    comparableFigures(query.source),
    panelCells(query, panel),
    panelSize(query, panel),
    // with narrowing filters, the same cells without them (and the same choice of waves): see "complement" below
    narrowed ? panelCells({ panel, side: query.side, waves: query.waves }, panel) : Promise.resolve([]),
  ]);
  const key = (c: { figureId: string; side: string; itemKey: string }) => `${c.figureId}|${c.side}|${c.itemKey}`;
  const cellByKey = new Map(cells.map((c) => [key(c), c]));
  const allByKey = new Map(unfiltered.map((c) => [key(c), c]));
  const rows = figures
    .filter((f) => !query.side || f.side === query.side)
    .map((f) => {
      const cellKey = `${f.aggregateFigureId}|${f.side}|${f.itemKey}`;
      const cell = cellByKey.get(cellKey);
      const row = { ...panelComparison(f.figure, f.side, f.itemKey, f.sampleSize, cell), info: f.info };
      // Complement: when this view leaves out 1-4 organizations of a cell that another view counts, this view minus
      // that one would give those few organizations' mean, so the cell is hidden too. The other views: the
      // unfiltered one; with `latest`, also every wave under the same filters and unfiltered (an organization whose
      // latest wave has no row for the cell drops out of it). Not covered (the README's "known limit" of differencing):
      // the earlier waves of organizations that stay in the cell, whose mean this view and the every-wave one give
      // when only a few organizations have several waves.
      const all = allByKey.get(cellKey);
      const counted = row.panel?.organizations;
      const others = [cell?.everyWaveOrganizations, all?.organizations, all?.everyWaveOrganizations];
      const exposes = counted !== undefined && others.some((n) => n !== undefined && n - counted > 0 && n - counted < MIN_PANEL_ORGANIZATIONS);
      if (exposes) {
        return { ...row, panel: null, difference: null, verdict: "insufficient data" as const, hidden: `the filters leave out fewer than ${MIN_PANEL_ORGANIZATIONS} organizations, who could be worked out` };
      }
      return row;
    });
  return { panel, query, generatedAt: now.toISOString(), minOrganizations: MIN_PANEL_ORGANIZATIONS, size, rows };
}

/** Admins only: true when the real panel has no organization yet (the page then points to the demo panel). */
export async function realPanelIsEmpty(actor: Actor): Promise<boolean | null> {
  if (!can(actor, "panel:read")) return null;
  const count = await db.organization.count({
    where: { isDemo: false, panelOptIn: true, assessments: { some: { waves: { some: { revealedAt: { not: null } } } } } },
  });
  return count === 0;
}

/** Records a download of a comparison (AuditLog "export.comparison-<format>"). */
export async function recordComparisonExport(actor: Actor, view: PanelComparisonView, format: "csv" | "xlsx" | "json") {
  await db.auditLog.create({
    data: { actorId: actor.id, action: `export.comparison-${format}`, targetType: "panel", targetId: view.panel, detail: { query: view.query, rows: view.rows.length } },
  });
}

/** Sources that have at least one comparable figure (linked to an item, or measuring the same as one), for the page's filter. */
export async function listPanelSources(actor: Actor) {
  if (!can(actor, "panel:read")) return [];
  return db.benchmarkSource.findMany({
    where: { figures: { some: { unit: "percent", OR: [{ items: { some: {} } }, { variantOf: { not: null }, isDefault: true }] } } },
    select: { id: true, publisher: true, year: true, title: true },
    orderBy: [{ year: "asc" }, { id: "asc" }],
  });
}
