import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { midPBinomialTest, midPInterval } from "./binomial-test";
import { scoreTeam } from "./team";
import { FIXTURE_FIGURE_LOOKUP as figures, FIXTURE_QUESTIONNAIRE as q, respondent } from "./test-fixtures";
import { respondentsFor } from "./test-arbitraries";
import { MIRROR_EQUIVALENCE_MARGIN, PRACTICAL_MISPREDICTION } from "./thresholds";
import type { ScoringRespondent } from "./types";

const score = (rs: ScoringRespondent[]) => scoreTeam(q, rs, figures, { bootstrap: 0 });

describe("mirror accuracy", () => {
  const res = score([
    respondent("m1", "marketing", { "priority-mirror": { self: 2, predicted: 30 }, "prepared-mirror": { self: true, predicted: 50 } }),
    respondent("m2", "marketing", { "priority-mirror": { self: 4, predicted: 50 }, "prepared-mirror": { self: false, predicted: 70 } }),
    respondent("i1", "it", { "priority-mirror": { self: 5, predicted: 10 }, "prepared-mirror": { self: true, predicted: 40 } }),
    respondent("i2", "it", { "priority-mirror": { self: 1 }, "prepared-mirror": { self: true, predicted: 60 } }), // no prediction
  ]);
  const item = (k: string) => res.mirror.items.find((m) => m.itemKey === k)!;

  it("compares each side's mean prediction with the other side's actual share agreeing", () => {
    expect(item("priority-mirror").predictions.marketing).toMatchObject({ n: 2, predicted: 40, nActual: 2, actual: 50, error: -10, absError: 10 });
    expect(item("priority-mirror").predictions.it).toMatchObject({ n: 1, predicted: 10, nActual: 2, actual: 50, error: -40, absError: 40 });
    expect(item("prepared-mirror").predictions.marketing).toMatchObject({ predicted: 60, actual: 100, error: -40 });
    expect(item("prepared-mirror").predictions.it).toMatchObject({ predicted: 50, actual: 50, error: 0 });
  });
  it("shows the actual share's mid-p interval, but no test below 3 on either side", () => {
    const p = item("priority-mirror").predictions.marketing;
    expect(p.actualInterval).toEqual(midPInterval(1, 2)!.map((x) => x * 100));
    expect(p).toMatchObject({ test: null, equivalence: null, label: "too few answers to tell" });
  });
  it("accuracy = 100 − mean absolute error, per side, combined = mean of the sides", () => {
    expect(res.mirror.accuracy.marketing).toBe(100 - (10 + 40) / 2);
    expect(res.mirror.accuracy.it).toBe(100 - (40 + 0) / 2);
    expect(res.mirror.accuracy.combined).toBe((75 + 80) / 2);
  });
  it("is null without predictions or without the other side", () => {
    const alone = score([respondent("m1", "marketing", { "priority-mirror": { self: 2, predicted: 30 } })]);
    expect(alone.mirror.items[0]!.predictions.marketing).toMatchObject({ predicted: 30, actual: null, error: null, actualInterval: null, test: null });
    expect(alone.mirror.accuracy).toEqual({ marketing: null, it: null, combined: null });
  });
});

const side = (s: "marketing" | "it", n: number, self: (i: number) => number, predicted: number) =>
  Array.from({ length: n }, (_, i) => respondent(`${s}${i}`, s, { "priority-mirror": { self: self(i), predicted } }));

describe("the check: is the prediction outside the plausible range of the other side's share?", () => {
  it("mid-p binomial test of the other side's count against the mean prediction", () => {
    const res = score([...side("marketing", 4, () => 3, 20), ...side("it", 5, (i) => (i < 3 ? 5 : 1), 50)]);
    const p = res.mirror.items.find((m) => m.itemKey === "priority-mirror")!.predictions.marketing;
    const ci = midPInterval(3, 5)!;
    expect(p.test).toMatchObject({ method: "mid-p binomial", estimate: -40, p: midPBinomialTest(3, 5, 0.2)!.p });
    expect(p.test!.interval![0]).toBeCloseTo(20 - ci[1] * 100, 9);
    expect(p.test!.interval![1]).toBeCloseTo(20 - ci[0] * 100, 9);
    expect(p.equivalence!.margin).toBe(MIRROR_EQUIVALENCE_MARGIN);
  });
  it(`"off" when credible and at least ${PRACTICAL_MISPREDICTION} points; "close" from the equivalence test`, () => {
    const off = score([...side("marketing", 5, () => 3, 10), ...side("it", 20, () => 5, 50)]).mirror.items.find((m) => m.itemKey === "priority-mirror")!;
    expect(off.predictions.marketing.label).toBe("off"); // predicts 10%, all 20 agree
    const close = score([...side("marketing", 5, () => 3, 50), ...side("it", 200, (i) => (i % 2 ? 5 : 1), 50)]).mirror.items.find((m) => m.itemKey === "priority-mirror")!;
    expect(close.predictions.marketing.label).toBe("close");
    const unsure = score([...side("marketing", 3, () => 3, 10), ...side("it", 3, (i) => (i < 2 ? 5 : 1), 50)]).mirror.items.find((m) => m.itemKey === "priority-mirror")!;
    expect(unsure.predictions.marketing.label).toBe("not distinguishable"); // 10% predicted, 2 of 3 agree
  });
});

describe("properties", () => {
  it("the error's interval lies in [prediction − 100, prediction] and contains the error; labels follow the tests", () => {
    fc.assert(
      fc.property(respondentsFor(q, "marketing", { maxLength: 10 }), respondentsFor(q, "it", { maxLength: 10 }), (m, i) => {
        const res = score([...m, ...i]);
        for (const it of res.mirror.items) {
          for (const p of [it.predictions.marketing, it.predictions.it]) {
            if (p.actualInterval) {
              expect(p.actualInterval[0]).toBeGreaterThanOrEqual(0);
              expect(p.actualInterval[1]).toBeLessThanOrEqual(100);
            }
            if (!p.test) {
              expect(p.label).toBe("too few answers to tell");
              continue;
            }
            expect(p.n).toBeGreaterThanOrEqual(3);
            expect(p.nActual).toBeGreaterThanOrEqual(3);
            const [lo, hi] = p.test.interval!;
            expect(lo).toBeGreaterThanOrEqual(p.predicted! - 100 - 1e-9);
            expect(hi).toBeLessThanOrEqual(p.predicted! + 1e-9);
            expect(lo).toBeLessThanOrEqual(p.error! + 1e-9);
            expect(hi).toBeGreaterThanOrEqual(p.error! - 1e-9);
            if (Math.abs(p.test.p - 0.05) > 1e-6 && Math.abs(lo) > 1e-6 && Math.abs(hi) > 1e-6) expect(p.test.p < 0.05).toBe(lo > 0 || hi < 0);
            if (p.label === "off") expect(p.test.q! <= 0.05 && Math.abs(p.error!) >= PRACTICAL_MISPREDICTION).toBe(true);
          }
        }
        for (const a of [res.mirror.accuracy.marketing, res.mirror.accuracy.it, res.mirror.accuracy.combined]) {
          if (a === null) continue;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});
