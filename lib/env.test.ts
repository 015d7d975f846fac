import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives working local defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/bridge.db");
    expect(env.PORT).toBe(3000);
    expect(env.BRIDGE_URL).toBe("http://localhost:3000");
    expect(env.BRIDGE_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("derives the public URL from HOST and PORT", () => {
    expect(parseEnv({ HOST: "127.0.0.1", PORT: "4100" }).BRIDGE_URL).toBe("http://127.0.0.1:4100");
    expect(parseEnv({ HOST: "0.0.0.0", PORT: "80" }).BRIDGE_URL).toBe("http://localhost:80");
  });

  it("accepts PostgreSQL URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/bridge" }).DATABASE_URL).toMatch(/^postgresql/);
  });

  it.each([
    [{ DATABASE_URL: "mysql://localhost/bridge" }, "DATABASE_URL"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "abc" }, "PORT"],
    [{ BRIDGE_SECRET: "short" }, "BRIDGE_SECRET"],
    [{ NODE_ENV: "production" }, "BRIDGE_SECRET"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL"],
    [{ BRIDGE_URL: "not a url" }, "BRIDGE_URL"],
  ])("rejects %o with one line naming %s", (source, name) => {
    let error: unknown;
    try {
      parseEnv(source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain(`Invalid environment variable ${name}:`);
    expect(message).not.toContain("\n");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBe("file:./data/bridge.db");
  });
});
