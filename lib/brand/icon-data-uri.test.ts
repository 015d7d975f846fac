import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ICON_DATA_URI } from "./icon-data-uri";

describe("the icon as a data: address", () => {
  it("decodes to app/icon.svg, and is small enough to inline in every respondent page", () => {
    expect(ICON_DATA_URI.startsWith("data:image/svg+xml,")).toBe(true);
    const svg = decodeURIComponent(ICON_DATA_URI.slice("data:image/svg+xml,".length));
    expect(svg).toBe(readFileSync("app/icon.svg", "utf8").trim());
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(ICON_DATA_URI.length).toBeLessThan(1024);
    // nothing in it can end the attribute it is written into
    expect(ICON_DATA_URI).not.toMatch(/["'<>\s]/);
  });
});
