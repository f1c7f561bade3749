import { describe, expect, test } from "vitest";
import { batchesWithin } from "./batches";

const limits = { maximumCount: 3, maximumBytes: 10, bytesOf: (item: number) => item };

describe("batches within a count and a size", () => {
  test("keep the order and close a batch when the next item would break either limit", () => {
    expect(batchesWithin([1, 1, 1, 1, 4, 5, 2, 9], limits)).toEqual([[1, 1, 1], [1, 4, 5], [2], [9]]);
  });

  test("a batch may fill the size exactly", () => {
    expect(batchesWithin([4, 6, 10], limits)).toEqual([[4, 6], [10]]);
  });

  test("an item over the size goes alone, and nothing gives no batch", () => {
    expect(batchesWithin([2, 12, 2], limits)).toEqual([[2], [12], [2]]);
    expect(batchesWithin([], limits)).toEqual([]);
  });
});
