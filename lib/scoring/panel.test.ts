import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MIN_PANEL_ORGANIZATIONS, panelComparison, panelStat, panelVerdict, t95, waveAggregates, type PanelCellSums } from "./panel";
import { FIXTURE_FIGURES, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";

const fig = (id: string) => FIXTURE_FIGURES.find((f) => f.id === id)!;

function cellOf(shares: number[], organizations = shares.length): PanelCellSums {
  return {
    figureId: "fx-need-cmo",
    side: "marketing",
    itemKey: "need-alignment",
    points: shares.length,
    organizations,
    sum: shares.reduce((a, b) => a + b, 0),
    sumSquares: shares.reduce((a, b) => a + b * b, 0),
    respondents: shares.length * 10,
    firstRevealedAt: new Date("2026-01-01T00:00:00Z"),
    lastRevealedAt: new Date("2026-03-01T00:00:00Z"),
  };
}

describe("waveAggregates", () => {
  it("counts each link's side, leaders and team members apart, with the link's predicate", () => {
    const rows = waveAggregates(q, [
      respondent("m1", "marketing", { "need-alignment": 5 }, "leader"),
      respondent("m2", "marketing", { "need-alignment": 2 }),
      respondent("m3", "marketing", { "need-alignment": 4 }),
      respondent("m4", "marketing", {}),
      respondent("i1", "it", { "need-alignment": 1 }, "leader"),
    ]);
    const need = rows.filter((r) => r.itemKey === "need-alignment");
    expect(need).toContainEqual({ figureId: "fx-need-cmo", itemKey: "need-alignment", side: "marketing", leaderAnswered: 1, leaderAgreeing: 1, teamAnswered: 2, teamAgreeing: 1 });
    expect(need).toContainEqual({ figureId: "fx-need-cio", itemKey: "need-alignment", side: "it", leaderAnswered: 1, leaderAgreeing: 0, teamAnswered: 0, teamAgreeing: 0 });
  });
  it("never counts the other side's answers for a figure, and leaves out links nobody answered", () => {
    const rows = waveAggregates(q, [respondent("i1", "it", { "need-alignment": 5 }), respondent("i2", "it", { "need-alignment": 5 })]);
    expect(rows.some((r) => r.figureId === "fx-need-cmo")).toBe(false);
    expect(rows.some((r) => r.itemKey === "trust-bypass-vendor")).toBe(false);
  });
});

describe("panelStat", () => {
  it("is hidden below the organization threshold, even with many waves", () => {
    expect(MIN_PANEL_ORGANIZATIONS).toBe(5);
    expect(panelStat(cellOf([0.5, 0.6, 0.7, 0.8]))).toBeNull();
    expect(panelStat(cellOf([0.5, 0.6, 0.7, 0.8, 0.9, 0.4], 4))).toBeNull(); // 6 waves, but 4 organizations
    expect(panelStat(cellOf([0.5, 0.6, 0.7, 0.8, 0.9]))).not.toBeNull();
  });
  it("gives the mean of organization shares and a Student t interval (worked by hand)", () => {
    // shares 0.4, 0.5, 0.6, 0.7, 0.8: mean 0.6, sample sd = sqrt(0.025) = 0.158114, se = 0.070711, t(4) = 2.776
    const s = panelStat(cellOf([0.4, 0.5, 0.6, 0.7, 0.8]))!;
    expect(s.mean).toBeCloseTo(60, 10);
    expect(s.sd).toBeCloseTo(15.8114, 3);
    expect(s.interval[0]).toBeCloseTo(60 - 2.776 * 7.0711, 2);
    expect(s.interval[1]).toBeCloseTo(60 + 2.776 * 7.0711, 2);
    expect(s.period).toEqual({ from: "2026-01-01", to: "2026-03-01" });
  });
  it("has zero width when every organization agrees the same, and stays within 0-100", () => {
    const same = panelStat(cellOf([1, 1, 1, 1, 1]))!;
    expect(same.interval).toEqual([100, 100]);
    const low = panelStat(cellOf([0, 0, 0, 0, 0.9]))!;
    expect(low.interval[0]).toBe(0);
  });
  it("t quantiles fall towards 1.96", () => {
    expect(t95(4)).toBe(2.776);
    expect(t95(30)).toBe(2.042);
    expect(t95(500)).toBe(1.96);
  });
  it("property: the interval contains the mean and lies in 0-100", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 60 }), (shares) => {
        const s = panelStat(cellOf(shares))!;
        expect(s.interval[0]).toBeLessThanOrEqual(s.mean + 1e-9);
        expect(s.interval[1]).toBeGreaterThanOrEqual(s.mean - 1e-9);
        expect(s.interval[0]).toBeGreaterThanOrEqual(0);
        expect(s.interval[1]).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("panelComparison", () => {
  it("puts the published figure beside the panel with the difference and a verdict", () => {
    const row = panelComparison(fig("fx-need-cmo"), "marketing", "need-alignment", 400, cellOf([0.9, 0.95, 0.9, 0.92, 0.93]));
    expect(row.published.value).toBe(56);
    expect(row.published.interval![0]).toBeCloseTo(100 * (0.56 - 1.96 * Math.sqrt((0.56 * 0.44) / 400)), 6);
    expect(row.difference).toBeCloseTo(92 - 56, 6);
    expect(row.verdict).toBe("above");
  });
  it("shows the published figure alone when the panel is too small", () => {
    const row = panelComparison(fig("fx-need-cmo"), "marketing", "need-alignment", 400, cellOf([0.9, 0.9]));
    expect(row.panel).toBeNull();
    expect(row.hidden).toBe("fewer than 5 organizations contribute");
    expect(row.difference).toBeNull();
    expect(row.verdict).toBe("insufficient data");
  });
});

describe("panelVerdict", () => {
  it("above / below only when the intervals do not overlap (touching counts as overlapping)", () => {
    expect(panelVerdict([60, 90], [40, 50], 45)).toBe("above");
    expect(panelVerdict([10, 30], [40, 50], 45)).toBe("below");
    expect(panelVerdict([10, 40], [40, 50], 45)).toBe("not distinguishable");
    expect(panelVerdict(null, [40, 50], 45)).toBe("insufficient data");
  });
  it("treats the published figure as a point when its n is unknown", () => {
    expect(panelVerdict([50, 60], null, 45)).toBe("above");
    expect(panelVerdict([40, 60], null, 45)).toBe("not distinguishable");
    expect(panelVerdict([30, 44], null, 45)).toBe("below");
  });
});
