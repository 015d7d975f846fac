import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serverActionBodyProblem } from "./server-action-body";

const text = (s: string) => serverActionBodyProblem("id", "text/plain;charset=UTF-8", Buffer.from(s));
const multipart = (fields: [string, string][]) =>
  serverActionBodyProblem(
    "id",
    "multipart/form-data; boundary=XX",
    Buffer.from(fields.map(([name, value]) => `--XX\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + "--XX--\r\n"),
  );

describe("serverActionBodyProblem", () => {
  it("is not asked about a post without the Next-Action header", async () => {
    expect(await serverActionBodyProblem(null, "text/plain", Buffer.from("anything{"))).toBeNull();
  });

  it("accepts what the app's forms send: plain values, FormData, dates, undefined, escaped dollars, rows that exist", async () => {
    expect(await text('[{"name":"Acme","n":1,"ok":true,"x":null}]')).toBeNull();
    expect(await text('["$u","$undefined","$D2026-12-02T10:00:00.000Z","$$5 budget","$-0","$Infinity","$NaN"]')).toBeNull();
    // what React's encodeReply makes of an object with an undefined field and a FormData argument
    expect(await multipart([["0", '[{"title":"$undefined","n":1},"$K1"]'], ["1_name", "x"]])).toBeNull();
    expect(await text('[{"a":[1]},"$0:0:a"]')).toBeNull();
    expect(await multipart([["0", '["$K1"]'], ["1_name", "Acme"], ["1_$ACTION_KEY", "k"]])).toBeNull();
    expect(await multipart([["0", '["$1"]'], ["1", '{"a":1}']])).toBeNull();
  });

  it("refuses what made Next answer 500, saying why", async () => {
    expect(await text("not json{")).toBe("The server action's arguments are not valid JSON");
    expect(await serverActionBodyProblem("id", "text/plain", Buffer.from([0x5b, 0xff, 0xfe, 0x5d]))).toBe("The server action's arguments are not valid UTF-8");
    expect(await text('"$Infinity"')).toBe("The server action's arguments are not a list");
    expect(await text('{"a":1}')).toBe("The server action's arguments are not a list");
    for (const reference of ["$@5", "$F1", "$T", "$B1", "$Q1", "$W1", "$i1", "$n1", "$1", "$1:a:b", "$h1", "$S", "$AB1", "$O1", "$Z", "$"]) {
      expect(await text(JSON.stringify([reference])), reference).toBe("The server action's arguments are not valid");
    }
    expect(await serverActionBodyProblem("id", "multipart/form-data; boundary=XX", Buffer.from("garbage"))).toBe("The server action's form data could not be read");
    expect(await serverActionBodyProblem("id", "multipart/form-data", Buffer.from("x"))).toBe("The server action's form data could not be read");
    expect(await multipart([["0", "{bad"]])).toBe("The server action's arguments are not valid JSON");
    expect(await multipart([["1_name", "Acme"]])).toBe("The server action's request has no arguments");
    expect(await multipart([["0", '["$2"]'], ["1", "{}"]])).toBe("The server action's arguments are not valid");
  });

  it("never throws, whatever the bytes and content type", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), fc.constantFrom("text/plain", "multipart/form-data; boundary=XX", "multipart/form-data", "", "application/json"), async (bytes, type) => {
        const problem = await serverActionBodyProblem("id", type, Buffer.from(bytes));
        expect(problem === null || typeof problem === "string").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts any JSON list of plain values that has no '$' strings", async () => {
    const plain = fc.jsonValue().filter((v) => !JSON.stringify(v).includes('"$'));
    await fc.assert(
      fc.asyncProperty(fc.array(plain, { maxLength: 4 }), async (args) => {
        expect(await text(JSON.stringify(args))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
