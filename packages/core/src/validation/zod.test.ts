import { describe, expect, test } from "vitest";
import * as z from "./zod";

describe("zod as Meetstream uses it", () => {
  test("reports issues in English, as zod's classic API would", () => {
    const result = z.safeParse(z.string().check(z.minLength(3)), "ab");
    expect(result.error?.issues[0]?.message).toBe("Too small: expected string to have >=3 characters");
  });
});
