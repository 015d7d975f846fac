import { describe, it, expect } from "vitest";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";

describe("mirror accuracy", () => {
  const res = scoreTeam(q, [
    respondent("m1", "marketing", { "priority-mirror": { self: 2, predicted: 30 }, "prepared-mirror": { self: true, predicted: 50 } }),
    respondent("m2", "marketing", { "priority-mirror": { self: 4, predicted: 50 }, "prepared-mirror": { self: false, predicted: 70 } }),
    respondent("i1", "it", { "priority-mirror": { self: 5, predicted: 10 }, "prepared-mirror": { self: true, predicted: 40 } }),
    respondent("i2", "it", { "priority-mirror": { self: 1 }, "prepared-mirror": { self: true, predicted: 60 } }), // no prediction
  ], figures);
  const item = (k: string) => res.mirror.items.find((m) => m.itemKey === k)!;

  it("compares each side's mean prediction with the other side's actual share agreeing", () => {
    expect(item("priority-mirror").predictions.marketing).toEqual({ n: 2, predicted: 40, nActual: 2, actual: 50, error: -10, absError: 10 });
    expect(item("priority-mirror").predictions.it).toEqual({ n: 1, predicted: 10, nActual: 2, actual: 50, error: -40, absError: 40 });
    expect(item("prepared-mirror").predictions.marketing).toMatchObject({ predicted: 60, actual: 100, error: -40 });
    expect(item("prepared-mirror").predictions.it).toMatchObject({ predicted: 50, actual: 50, error: 0 });
  });
  it("accuracy = 100 − mean absolute error, per side, combined = mean of the sides", () => {
    expect(res.mirror.accuracy.marketing).toBe(100 - (10 + 40) / 2);
    expect(res.mirror.accuracy.it).toBe(100 - (40 + 0) / 2);
    expect(res.mirror.accuracy.combined).toBe((75 + 80) / 2);
  });
  it("is null without predictions or without the other side", () => {
    const alone = scoreTeam(q, [respondent("m1", "marketing", { "priority-mirror": { self: 2, predicted: 30 } })], figures);
    expect(alone.mirror.items[0]!.predictions.marketing).toMatchObject({ predicted: 30, actual: null, error: null });
    expect(alone.mirror.accuracy).toEqual({ marketing: null, it: null, combined: null });
  });
});
