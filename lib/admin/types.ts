// What the admin pages show, shared by lib/data (which fills it for an actor) and the components. Types only.
import type { BenchmarkFigureDef } from "@/lib/benchmarks/types";
import type { Role } from "@/lib/domain";
import type { PanelComparisonRow } from "@/lib/scoring/panel";
import type { TComparisonQuery } from "@/lib/validation/comparison-query";

export type UserStatus = "active" | "disabled" | "invited";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  twoFactorEnabled: boolean;
  status: UserStatus;
  createdAt: Date;
  lastSignInAt: Date | null;
}

export interface Invitation {
  userId: string;
  name: string;
  email: string;
  link: string;
  expiresAt: Date;
  emailed: boolean;
}

/** Where a benchmark source comes from: a seed file (built-in) or an admin (who, when, by form or import). */
export type SourceOrigin = { builtIn: true; seedFile: string } | { builtIn: false; by: string | null; at: Date | null; via: "form" | "import" | null };

/** A published figure a cross-organization comparison shows, with its source and the items that measure it. */
export interface PanelFigureInfo {
  figure: BenchmarkFigureDef;
  source: { id: string; publisher: string; title: string; year: number };
  items: string[];
}

export interface PanelComparisonView {
  panel: "real" | "demo";
  query: TComparisonQuery;
  generatedAt: string;
  minOrganizations: number;
  /**
   * Organizations and organization-waves behind the view, and the UTC days of the first and last reveal; null
   * when fewer than `minOrganizations` organizations contribute (their number and dates are not shown either).
   */
  size: { organizations: number; waves: number; period: { from: string; to: string } } | null;
  rows: (PanelComparisonRow & { info: PanelFigureInfo })[];
}
