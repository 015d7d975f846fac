import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { iconHref } from "./icon-data-uri";

describe("the icon as a data: address", () => {
  it("decodes to app/icon.svg, and is small enough to inline in every respondent page", () => {
    const href = iconHref();
    expect(href.startsWith("data:image/svg+xml,")).toBe(true);
    const svg = decodeURIComponent(href.slice("data:image/svg+xml,".length));
    expect(svg).toBe(readFileSync("app/icon.svg", "utf8").trim());
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(href.length).toBeLessThan(1024);
    // nothing in it can end the attribute it is written into
    expect(href).not.toMatch(/["'<>\s]/);
  });

  it("links the file when the server runs from elsewhere, instead of failing the page", async () => {
    vi.resetModules(); // a fresh module: nothing read yet
    const { iconHref: fresh } = await import("./icon-data-uri");
    expect(fresh("/nonexistent-folder")).toBe("/icon.svg");
    expect(fresh()).toMatch(/^data:image\/svg\+xml,/); // and reads it once it can
  });
});
