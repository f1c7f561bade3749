import { describe, expect, test } from "vitest";
import { moveAnnouncement, positionAfterKey } from "./slot-order";

describe("reordering slots by keyboard", () => {
  test("the arrow keys move a slot one place, Home and End to either end", () => {
    expect(positionAfterKey("ArrowUp", 2, 4)).toBe(1);
    expect(positionAfterKey("ArrowDown", 2, 4)).toBe(3);
    expect(positionAfterKey("Home", 2, 4)).toBe(0);
    expect(positionAfterKey("End", 1, 4)).toBe(3);
  });

  test("a key that would move a slot past either end, or that is no move, moves nothing", () => {
    expect(positionAfterKey("ArrowUp", 0, 4)).toBeNull();
    expect(positionAfterKey("ArrowDown", 3, 4)).toBeNull();
    expect(positionAfterKey("Home", 0, 4)).toBeNull();
    expect(positionAfterKey("Enter", 1, 4)).toBeNull();
  });

  test("a move is announced by its place counted from one, with its new times", () => {
    expect(moveAnnouncement("Pizza", 0, 3, "19:00–19:30")).toBe(
      "Pizza moved to position 1 of 3, now 19:00–19:30.",
    );
  });
});
