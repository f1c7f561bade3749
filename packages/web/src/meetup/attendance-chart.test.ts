import { describe, expect, test } from "vitest";
import { stepPath } from "./attendance-chart";

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
});
