import { describe, expect, it } from "vitest";
import { ordinal, rankingOptionText } from "./texts";

describe("ordinal", () => {
  it("gives the ranking positions in words, past the eighth too", () => {
    expect(Array.from({ length: 8 }, (_, i) => ordinal(i))).toEqual(["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"]);
    expect([9, 10, 11, 12, 13, 20, 21, 22, 23, 100, 101, 111, 112, 113].map((n) => ordinal(n - 1))).toEqual([
      "9th", "10th", "11th", "12th", "13th", "20th", "21st", "22nd", "23rd", "100th", "101st", "111th", "112th", "113th",
    ]);
  });

  it("a ranking option taken in another position says which", () => {
    expect(rankingOptionText("CFO", -1)).toBe("CFO");
    expect(rankingOptionText("CFO", 1)).toBe("CFO (ranked 2nd)");
    expect(rankingOptionText("CFO", 9)).toBe("CFO (ranked 10th)");
  });
});
