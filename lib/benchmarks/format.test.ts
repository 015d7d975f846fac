import { describe, expect, it } from "vitest";
import { figureValueText } from "./format";

describe("figureValueText", () => {
  it("reads each unit as the library shows it", () => {
    expect(figureValueText({ unit: "percent", value: 56 })).toBe("56%");
    expect(figureValueText({ unit: "rank", value: 2, rankOf: 15 })).toBe("#2 of 15");
    expect(figureValueText({ unit: "rank", value: 1, rankOf: null })).toBe("#1");
    expect(figureValueText({ unit: "year-over-year", value: 56, valueFrom: 40, yearFrom: 2011, yearTo: 2012 })).toBe("40% (2011) → 56% (2012)");
    expect(figureValueText({ unit: "currency-usd", value: 1200 })).toBe("US$1,200");
    expect(figureValueText({ unit: "count", value: 1100 })).toBe("1,100");
    expect(figureValueText({ unit: "finding", value: 0 })).toBe("Finding (no number)");
  });

  it("shows a verbal quantifier's range beside its representative value", () => {
    expect(figureValueText({ unit: "percent", value: 33, boundLow: 25, boundHigh: 33.3 })).toBe("33% (25 to 33.3%)");
    expect(figureValueText({ unit: "percent", value: 56, boundLow: null, boundHigh: null })).toBe("56%");
  });
});
