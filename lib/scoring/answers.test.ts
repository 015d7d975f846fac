import { describe, it, expect } from "vitest";
import type { QuestionnaireItemDef } from "@/lib/questionnaire/types";
import { askedOf, isScored, itemScore, matchesPredicate, predicateKey, primaryPredicate, readAnswer, validateValue } from "./answers";
import { FIXTURE_ITEMS } from "./test-fixtures";

const item = (key: string): QuestionnaireItemDef => FIXTURE_ITEMS.find((i) => i.key === key)!;

describe("validateValue", () => {
  it("accepts values of the item's kind and rejects the rest", () => {
    expect(validateValue(item("need-alignment"), 4)).toBe(4);
    expect(validateValue(item("need-alignment"), 0)).toBeUndefined();
    expect(validateValue(item("need-alignment"), 6)).toBeUndefined();
    expect(validateValue(item("need-alignment"), Number.NaN)).toBeUndefined();
    expect(validateValue(item("need-alignment"), "4")).toBeUndefined();
    expect(validateValue(item("cross-trained"), true)).toBe(true);
    expect(validateValue(item("cross-trained"), 1)).toBeUndefined();
    expect(validateValue(item("tech-budget-share"), 100)).toBe(100);
    expect(validateValue(item("tech-budget-share"), 101)).toBeUndefined();
    expect(validateValue(item("cx-owner"), "jointly")).toBe("jointly");
    expect(validateValue(item("cx-owner"), "someone")).toBeUndefined();
    expect(validateValue(item("comments"), "hi")).toBe("hi");
  });
  it("drops unknown and repeated options from lists, and invalid trade-off parts", () => {
    expect(validateValue(item("obstacles"), ["budget", "budget", "zzz"])).toEqual(["budget"]);
    expect(validateValue(item("obstacles"), "budget")).toBeUndefined();
    expect(validateValue(item("cx-ownership-split"), { marketing: 50, it: -1, joint: 50, other: 3 })).toEqual({ marketing: 50, joint: 50 });
  });
});

describe("readAnswer", () => {
  it("unwraps mirror answers, keeping only a valid prediction", () => {
    expect(readAnswer(item("priority-mirror"), { self: 4, predicted: 30 })).toEqual({ self: 4, predicted: 30 });
    expect(readAnswer(item("priority-mirror"), { self: 4, predicted: 130 })).toEqual({ self: 4, predicted: undefined });
    expect(readAnswer(item("priority-mirror"), 5)).toEqual({ self: 5, predicted: undefined });
    expect(readAnswer(item("priority-mirror"), undefined)).toEqual({ self: undefined, predicted: undefined });
  });
  it("does not unwrap non-mirror items", () => {
    expect(readAnswer(item("need-alignment"), { self: 4, predicted: 30 }).self).toBeUndefined();
  });
});

describe("matchesPredicate", () => {
  it("handles every predicate type", () => {
    expect(matchesPredicate({ type: "scale-at-least", min: 4 }, 4)).toBe(true);
    expect(matchesPredicate({ type: "scale-at-least", min: 4 }, 3)).toBe(false);
    expect(matchesPredicate({ type: "equals", value: true }, true)).toBe(true);
    expect(matchesPredicate({ type: "equals", value: "it" }, "marketing")).toBe(false);
    expect(matchesPredicate({ type: "includes", option: "a" }, ["b", "a"])).toBe(true);
    expect(matchesPredicate({ type: "includes", option: "a" }, "a")).toBe(true);
    expect(matchesPredicate({ type: "ranked-within", option: "a", top: 1 }, ["a", "b"])).toBe(true);
    expect(matchesPredicate({ type: "ranked-within", option: "b", top: 1 }, ["a", "b"])).toBe(false);
    expect(matchesPredicate({ type: "ranked-within", option: "c", top: 3 }, ["a", "b"])).toBe(false);
    expect(matchesPredicate({ type: "at-least", min: 30 }, 30)).toBe(true);
    expect(matchesPredicate({ type: "at-least", min: 40 }, { joint: 40, it: 60 }, "joint")).toBe(true);
    expect(matchesPredicate({ type: "at-least", min: 40 }, { it: 100 }, "joint")).toBe(false);
    expect(matchesPredicate({ type: "at-least", min: 40 }, { joint: 90 })).toBe(false); // no option: not comparable
    expect(matchesPredicate({ type: "more-than", min: 30 }, 30)).toBe(false);
    expect(matchesPredicate({ type: "more-than", min: 30, option: "it" }, { it: 31 })).toBe(true);
  });
});

describe("predicates of an item", () => {
  it("primary: mirror match, else first link, else the kind's default, else none", () => {
    expect(primaryPredicate(item("priority-mirror"))?.source).toBe("mirror");
    expect(primaryPredicate(item("need-alignment"))?.source).toBe("benchmark");
    expect(primaryPredicate(item("cross-trained"))).toEqual({ match: { type: "equals", value: true }, source: "default" });
    expect(primaryPredicate(item("cx-owner"))).toBeNull();
    expect(primaryPredicate(item("comments"))).toBeNull();
  });
  it("keys distinguish predicates and options", () => {
    expect(predicateKey({ type: "at-least", min: 40 }, "joint")).not.toBe(predicateKey({ type: "at-least", min: 40 }));
    expect(predicateKey({ type: "includes", option: "a" })).toBe(predicateKey({ type: "includes", option: "a" }));
  });
});

describe("itemScore", () => {
  it("agreement (v−1)/4, reversed for lower-is-better", () => {
    expect(itemScore(item("need-alignment"), 5)).toBe(1);
    expect(itemScore(item("need-alignment"), 2)).toBe(0.25);
    expect(itemScore(item("trust-bypass-vendor"), 5)).toBe(0);
    expect(itemScore(item("trust-bypass-vendor"), 2)).toBe(0.75);
  });
  it("yes-no 1/0, percentage v/100, other kinds by the primary predicate", () => {
    expect(itemScore(item("cross-trained"), true)).toBe(1);
    expect(itemScore(item("cross-trained"), false)).toBe(0);
    expect(itemScore(item("tech-budget-share"), 35)).toBe(0.35);
    expect(itemScore(item("cx-ownership-split"), { joint: 50, it: 50 })).toBe(1); // at-least 40 on "joint"
    expect(itemScore(item("obstacles"), ["marketing-bypassing-it"])).toBe(0); // chosen, lower-is-better
    expect(itemScore(item("obstacles"), ["budget"])).toBe(1);
  });
  it("polarity none and free-text are not scored", () => {
    expect(itemScore(item("cx-owner"), "it")).toBeNull();
    expect(itemScore(item("comments"), "x")).toBeNull();
    expect(isScored(item("cx-owner"))).toBe(false);
    expect(isScored(item("need-alignment"))).toBe(true);
  });
});

describe("askedOf", () => {
  it("respects `sides`", () => {
    expect(askedOf(item("it-standards"), "marketing")).toBe(false);
    expect(askedOf(item("it-standards"), "it")).toBe(true);
    expect(askedOf(item("need-alignment"), "marketing")).toBe(true);
  });
});
