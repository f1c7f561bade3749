import { describe, expect, test } from "vitest";
import { pathChanges } from "./changes";
import type { Checkpoint, PathContent } from "./events";

const checkpoint = (id: string, task = id): Checkpoint => ({
  id,
  task,
  resource: { kind: "link", url: `https://example.com/${id}`, title: id },
});
const content = (checkpoints: Checkpoint[], goal = "Learn things"): PathContent => ({
  goal,
  description: "",
  tags: [],
  checkpoints,
});
const kinds = (earlier: PathContent, later: PathContent) =>
  pathChanges(earlier, later).changes.map((change) => [change.kind, change.checkpointId]);

describe("what changed between two revisions", () => {
  test("the same checkpoints: nothing", () => {
    const same = content([checkpoint("a"), checkpoint("b")]);
    expect(pathChanges(same, same)).toEqual({ changes: [], goalChanged: false });
  });

  test("adding and removing around a checkpoint shifts it, which is no move", () =>
    expect(
      kinds(
        content([checkpoint("a"), checkpoint("b"), checkpoint("c")]),
        content([checkpoint("new"), checkpoint("b"), checkpoint("c")]),
      ),
    ).toEqual([
      ["added", "new"],
      ["removed", "a"],
    ]));

  test("moving one checkpoint to the front moves that one only", () =>
    expect(
      kinds(
        content([checkpoint("a"), checkpoint("b"), checkpoint("c")]),
        content([checkpoint("c"), checkpoint("a"), checkpoint("b")]),
      ),
    ).toEqual([["moved", "c"]]));

  test("an edited task or resource is edited; a moved and edited checkpoint is moved", () => {
    const earlier = content([checkpoint("a"), checkpoint("b"), checkpoint("c")]);
    // b goes last (moved) with a new task; c keeps its place among the kept ones, with a new task.
    const later = content([
      checkpoint("a", "Read A again"),
      checkpoint("c", "C, changed"),
      checkpoint("b", "B, changed"),
    ]);
    expect(kinds(earlier, later)).toEqual([
      ["edited", "a"],
      ["edited", "c"],
      ["moved", "b"],
    ]);
  });

  test("positions are 0-based, from the earlier revision and in the later one; the goal's change is said", () => {
    const result = pathChanges(
      content([checkpoint("a"), checkpoint("b")], "Learn things"),
      content([checkpoint("b"), checkpoint("a"), checkpoint("c")], "Learn more things"),
    );
    expect(result.goalChanged).toBe(true);
    expect(result.changes).toEqual([
      { kind: "moved", checkpointId: "a", task: "a", fromPosition: 0, toPosition: 1 },
      { kind: "added", checkpointId: "c", task: "c", fromPosition: null, toPosition: 2 },
    ]);
  });
});
