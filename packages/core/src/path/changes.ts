import type { Checkpoint, PathContent } from "./events";

export type CheckpointChangeKind = "added" | "removed" | "moved" | "edited";

/** One checkpoint that is new, gone, moved or different between two revisions, by checkpoint id. */
export interface CheckpointChange {
  kind: CheckpointChangeKind;
  checkpointId: string;
  /** The later revision's task; the earlier one's for a removed checkpoint. */
  task: string;
  /** 0-based, in the earlier revision; null for an added checkpoint. */
  fromPosition: number | null;
  /** 0-based, in the later revision; null for a removed checkpoint. */
  toPosition: number | null;
}

export interface PathChanges {
  changes: CheckpointChange[];
  goalChanged: boolean;
}

const sameCheckpoint = (left: Checkpoint, right: Checkpoint) =>
  left.task === right.task && JSON.stringify(left.resource) === JSON.stringify(right.resource);

/**
 * The kept checkpoints (in both revisions) that moved: those outside the longest run that kept its
 * relative order. Adding or removing others shifts a checkpoint's position, which is no move; moving
 * one checkpoint to the front moves that one, not every checkpoint it passed. Of two that swapped, the
 * later one (in the new order) moved.
 */
function movedIds(earlier: readonly Checkpoint[], later: readonly Checkpoint[]): Set<string> {
  const earlierRank = new Map(earlier.map((checkpoint, index) => [checkpoint.id, index]));
  const kept = later.filter((checkpoint) => earlierRank.has(checkpoint.id));
  const ranks = kept.map((checkpoint) => earlierRank.get(checkpoint.id) as number);
  // Longest increasing subsequence, quadratic: a path has at most 30 checkpoints.
  const length = ranks.map(() => 1);
  const previous = ranks.map(() => -1);
  ranks.forEach((rank, index) => {
    for (let before = 0; before < index; before++)
      if ((ranks[before] as number) < rank && (length[before] as number) + 1 > (length[index] as number)) {
        length[index] = (length[before] as number) + 1;
        previous[index] = before;
      }
  });
  let end = length.indexOf(Math.max(0, ...length));
  const inOrder = new Set<string>();
  while (end >= 0) {
    inOrder.add((kept[end] as Checkpoint).id);
    end = previous[end] as number;
  }
  return new Set(kept.filter((checkpoint) => !inOrder.has(checkpoint.id)).map((checkpoint) => checkpoint.id));
}

/**
 * What changed from `earlier` to `later`: in the later revision's order (a checkpoint both moved and
 * edited is "moved": its task says the rest), then what was removed, in the earlier one's order.
 */
export function pathChanges(earlier: PathContent, later: PathContent): PathChanges {
  const before = new Map(
    earlier.checkpoints.map((checkpoint, position) => [checkpoint.id, { checkpoint, position }]),
  );
  const moved = movedIds(earlier.checkpoints, later.checkpoints);
  const changes: CheckpointChange[] = [];
  later.checkpoints.forEach((checkpoint, toPosition) => {
    const previous = before.get(checkpoint.id);
    const kind: CheckpointChangeKind | null = !previous
      ? "added"
      : moved.has(checkpoint.id)
        ? "moved"
        : !sameCheckpoint(previous.checkpoint, checkpoint)
          ? "edited"
          : null;
    if (kind === null) return;
    changes.push({
      kind,
      checkpointId: checkpoint.id,
      task: checkpoint.task,
      fromPosition: previous?.position ?? null,
      toPosition,
    });
  });
  const laterIds = new Set(later.checkpoints.map((checkpoint) => checkpoint.id));
  earlier.checkpoints.forEach((checkpoint, fromPosition) => {
    if (laterIds.has(checkpoint.id)) return;
    changes.push({
      kind: "removed",
      checkpointId: checkpoint.id,
      task: checkpoint.task,
      fromPosition,
      toPosition: null,
    });
  });
  return { changes, goalChanged: earlier.goal !== later.goal };
}
