import { describe, expect, test } from "vitest";
import { stepPath, timeRangeOf } from "./attendance-chart";

describe("the attendance chart", () => {
  test("draws steps: each value holds until the next change", () => {
    expect(
      stepPath(
        [
          { x: 0, y: 10 },
          { x: 5, y: 8 },
        ],
        9,
      ),
    ).toBe("M0,10 H5 V8 H9");
    expect(stepPath([], 9)).toBe("");
  });

  test("covers the first change to the last, whenever it is looked at: the axis and the caption say the same range", () => {
    const point = (at: string) => ({ at, confirmed: 1, checkedIn: 0, waitlisted: 0 });
    expect(timeRangeOf([point("2026-11-01T10:00:00.000Z"), point("2026-11-03T18:30:00.000Z")])).toEqual({
      start: Date.parse("2026-11-01T10:00:00.000Z"),
      end: Date.parse("2026-11-03T18:30:00.000Z"),
    });
    // One change still spans a minute, so its step shows.
    expect(timeRangeOf([point("2026-11-01T10:00:00.000Z")])).toEqual({
      start: Date.parse("2026-11-01T10:00:00.000Z"),
      end: Date.parse("2026-11-01T10:01:00.000Z"),
    });
  });
});
