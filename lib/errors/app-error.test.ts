import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ActionError } from "@/lib/actions/action-error";
import { APP_ERROR_STATUS, AppError, httpStatusOf, invalidInput, type AppErrorCode } from "./app-error";

describe("AppError", () => {
  it("maps every code to one HTTP status", () => {
    const expected: Record<AppErrorCode, number> = {
      "invalid-input": 400,
      unauthenticated: 401,
      forbidden: 403,
      "not-found": 404,
      conflict: 409,
      gone: 410,
      "too-large": 413,
      unprocessable: 422,
      "quorum-not-met": 409,
      "rate-limited": 429,
      unavailable: 503,
    };
    expect(APP_ERROR_STATUS).toEqual(expected);
    for (const [code, status] of Object.entries(expected)) {
      expect(httpStatusOf(code as AppErrorCode)).toBe(status);
      expect(new AppError(code as AppErrorCode, "m").status).toBe(status);
    }
  });

  it("an ActionError is an AppError with the code invalid-input and keeps its field errors", () => {
    const error = new ActionError("Name is taken", { name: "Choose another name" });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "invalid-input", status: 400, message: "Name is taken", fieldErrors: { name: "Choose another name" }, name: "ActionError" });
    expect(new ActionError("plain").fieldErrors).toBeUndefined();
  });

  it("invalidInput names the first failing field and keys each field's first message", () => {
    const schema = z.object({ population: z.enum(["it", "marketing"]), year: z.number().min(2000, "too early").max(2100) });
    const result = schema.safeParse({ population: "sales", year: 1999 });
    if (result.success) throw new Error("expected a failure");
    const error = invalidInput(result.error);
    expect(error.code).toBe("invalid-input");
    expect(error.message).toMatch(/^population: /);
    expect(error.fieldErrors).toEqual({ population: expect.any(String), year: "too early" });
    expect(invalidInput(result.error, "Please correct the highlighted fields").message).toBe("Please correct the highlighted fields");
  });

  it("an issue without a path is keyed 'form'", () => {
    const result = z.string().safeParse(3);
    if (result.success) throw new Error("expected a failure");
    expect(invalidInput(result.error).fieldErrors).toEqual({ form: expect.any(String) });
  });
});
