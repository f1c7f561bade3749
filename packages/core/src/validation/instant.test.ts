import { describe, expect, test } from "vitest";
import { instant, instantOutOfRange, latestInstant } from "./instant";
import * as z from "./zod";

const now = new Date("2026-12-02T06:00:00.000Z");

describe("an instant a person gives", () => {
  test("is stored in one canonical UTC form, so that instants sort as text", () => {
    expect(z.parse(instant(), "2026-06-01T18:30:00Z")).toBe("2026-06-01T18:30:00.000Z");
  });

  test("that is no ISO-8601 instant in UTC, or no day of the calendar, is refused", () => {
    for (const value of ["2026-06-01 18:30", "2026-06-01T18:30:00+02:00", "2026-02-31T00:00:00Z", "tomorrow"])
      expect(z.safeParse(instant(), value).success).toBe(false);
  });

  test("is not before 2000-01-01", () => {
    expect(instantOutOfRange("0000-01-01T00:00:00.000Z", now)).toBe("must not be before 2000-01-01");
    expect(instantOutOfRange("1999-12-31T23:59:59.999Z", now)).toBe("must not be before 2000-01-01");
    expect(instantOutOfRange("2000-01-01T00:00:00.000Z", now)).toBeUndefined();
  });

  test("is at most five years after the clock's now", () => {
    expect(latestInstant(now)).toBe("2031-12-02T06:00:00.000Z");
    expect(instantOutOfRange("2031-12-02T06:00:00.000Z", now)).toBeUndefined();
    expect(instantOutOfRange("2031-12-02T06:00:00.001Z", now)).toBe("must not be more than 5 years ahead");
    expect(instantOutOfRange("9999-12-31T23:59:59.999Z", now)).toBe("must not be more than 5 years ahead");
  });
});
