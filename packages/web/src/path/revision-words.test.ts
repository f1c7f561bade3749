import { describe, expect, test } from "vitest";
import { changeWords, revisionChangeWords } from "./revision-words";

const change = (kind: "ADDED" | "REMOVED" | "MOVED" | "EDITED", from: number | null, to: number | null) => ({
  kind,
  checkpointId: "checkpoint-1",
  task: "Deploy a function",
  fromPosition: from,
  toPosition: to,
});

describe("what changed in a revision, in words", () => {
  test("an added checkpoint is named by its task", () =>
    expect(changeWords(change("ADDED", null, 2))).toBe("Added “Deploy a function”"));

  test("a removed checkpoint is named as it was", () =>
    expect(changeWords(change("REMOVED", 1, null))).toBe("Removed “Deploy a function”"));

  test("a move counts positions from 1, as the page numbers checkpoints", () =>
    expect(changeWords(change("MOVED", 2, 0))).toBe("Moved “Deploy a function” from 3 to 1"));

  test("an edit names the checkpoint", () =>
    expect(changeWords(change("EDITED", 0, 0))).toBe("Edited “Deploy a function”"));

  test("a changed goal comes first", () =>
    expect(revisionChangeWords({ goalChanged: true, changes: [change("ADDED", null, 0)] })).toEqual([
      "Changed the goal",
      "Added “Deploy a function”",
    ]));
});
