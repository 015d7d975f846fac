import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clientAddressFor } from "./client-address";

describe("client address for the rate limits", () => {
  it("served directly, ignores whatever X-Forwarded-For the client sends", () => {
    expect(clientAddressFor("203.0.113.9", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(clientAddressFor("1.1.1.1, 2.2.2.2", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(clientAddressFor(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind one proxy, takes the address that proxy appended, not the ones the client made up", () => {
    expect(clientAddressFor("203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddressFor("6.6.6.6, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientAddressFor("6.6.6.6, 203.0.113.9, 10.0.0.7", "10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("with fewer entries than trusted hops, falls back to the leftmost, and never returns an empty address", () => {
    expect(clientAddressFor(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddressFor(" , ", undefined, 0)).toBe("unknown");
  });

  it("a client cannot choose its address by adding entries when the proxies are trusted correctly", () => {
    fc.assert(
      fc.property(fc.array(fc.ipV4(), { maxLength: 5 }), fc.ipV4(), fc.ipV4(), (spoofed, real, proxy) => {
        const header = [...spoofed, real].join(", ");
        expect(clientAddressFor(header, proxy, 1)).toBe(real);
        expect(clientAddressFor(spoofed.join(", ") || undefined, real, 0)).toBe(real);
      }),
    );
  });
});
