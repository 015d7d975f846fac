// A free-text answer refuses what no database here can store (NUL, an unpaired UTF-16 surrogate): on PostgreSQL
// the autosave of such a text answered 500 (jsonb refuses both). Found by the fuzz test of the answers route
// (lib/test/fuzz/routes.test.ts keeps the inputs as examples). Everything else people type is still accepted.
import { describe, expect, it } from "vitest";
import { checkAnswer, type AnswerShape } from "./answer";
import { UNSTORABLE_MESSAGE } from "./storable-text";

const freeText: AnswerShape = { kind: "free-text", required: false };

describe("free-text answers: what cannot be stored", () => {
  it.each(["a\u0000b", "\u0000", "A free answer\ud800", "\udc00 alone", "x\ud83d", "\ud83d\ud83d\ude00\udc00"])("refuses %j in a draft and in a final answer", (text) => {
    expect(checkAnswer(freeText, text, "draft")).toEqual({ ok: false, error: UNSTORABLE_MESSAGE });
    expect(checkAnswer(freeText, text, "final")).toEqual({ ok: false, error: UNSTORABLE_MESSAGE });
  });

  it.each(["", "plain", "é ü ß", "🙂 an emoji (a surrogate pair)", "𝕏", "two\nlines\r\nand\ta tab", "\u202eright-to-left"])("accepts %j", (text) => {
    expect(checkAnswer(freeText, text, "draft")).toEqual({ ok: true, value: text });
  });
});
