import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { serializeIslandProps } from "./props";

describe("island props inside a script element", () => {
  it("never lets typed text close the element or start markup", () => {
    const text = `</script><script>alert(1)</script><!-- \u2028\u2029`;
    const out = serializeIslandProps({ answers: { "tr-one-change": text } });
    expect(out).not.toMatch(/<\/?script|<!--|\u2028|\u2029/i);
    expect(out).not.toContain("<");
    expect(JSON.parse(out)).toEqual({ answers: { "tr-one-change": text } });
  });

  it("round-trips any JSON value unchanged", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = serializeIslandProps(value);
        expect(out).not.toContain("<");
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
