import type { Decider } from "../decider/decider";
import { CheckpointNotFound, InvalidProgress, NotFollowing, PathNotFound, PathNotPublished } from "./errors";
import {
  CheckpointMarked,
  PathCompleted,
  PathCompletionLapsed,
  PathFollowed,
  PathUnfollowed,
  ProgressErased,
  type ProgressEvent,
  type ProgressSource,
  ProgressVisibilitySet,
} from "./events";
import type { ProgressPathStatus } from "./progress-paths";

/** One checkpoint's mark, by checkpoint id. */
export interface Mark {
  done: boolean;
  source: ProgressSource;
  /** Null when none was written, or once the member's key is gone. */
  note: string | null;
}

/** A member's progress on one path: what the decisions need, no times. */
export interface Progress {
  following: boolean;
  public: boolean;
  marks: Readonly<Record<string, Mark>>;
  /** The check-in events already applied: a cause seen again changes nothing. */
  causes: readonly string[];
  /**
   * Whether the latest completion still holds: a PathCompleted, and since then no checkpoint undone and no
   * PathCompletionLapsed. What the path's completion count counts (documents.ts).
   */
  completed: boolean;
  erased: boolean;
}

/**
 * The path as it is now, put into each command by the handler (which reads the path context), so that the
 * decider stays pure; null when there is no such path or the member may not read it (the same answer, so
 * that a hidden draft is not told apart from none).
 */
export interface PathNow {
  pathId: string;
  /**
   * Only a published path is followed or marked; one the member reads that is not (their own draft, one
   * unpublished or archived) is refused as such, since they know it is there.
   */
  status: ProgressPathStatus;
  revision: number;
  /** The current revision's checkpoints, in order. */
  checkpointIds: readonly string[];
}

type OnPath<Command> = Command & { path: PathNow | null };

export type ProgressCommand =
  /** `checkedIn`: the path's checkpoints whose meetup the member is checked in at (so order does not matter). */
  | OnPath<{ type: "FollowPath"; checkedIn: readonly string[] }>
  | OnPath<{ type: "UnfollowPath" }>
  /** `note` absent keeps the note as it is. */
  | OnPath<{ type: "MarkCheckpoint"; checkpointId: string; done: boolean; note?: string }>
  /** From the check-in reactor: the checkpoints of the meetup the member checked in at. */
  | OnPath<{ type: "RecordCheckIn"; checkpointIds: readonly string[]; cause: string }>
  | OnPath<{ type: "SetProgressVisibility"; public: boolean }>
  /**
   * From the revision reactor: the path has a new revision, so the completion recorded is made to agree
   * with its checkpoints. Any status but a draft (which no one follows): an unpublished or archived path
   * keeps its latest revision, and its members' shares are worked out against it.
   */
  | OnPath<{ type: "ReassessCompletion" }>
  | { type: "EraseProgress" };

export const noProgress: Progress = {
  following: false,
  public: false,
  marks: {},
  causes: [],
  completed: false,
  erased: false,
};

export const progressLimits = { note: 500 };

const isDone = (progress: Progress, checkpointId: string) => progress.marks[checkpointId]?.done === true;

/** Whether every checkpoint of the path is done: an empty path is never complete. */
export const isComplete = (progress: Progress, checkpointIds: readonly string[]): boolean =>
  checkpointIds.length > 0 && checkpointIds.every((checkpointId) => isDone(progress, checkpointId));

/** The path a member reads: who may not read it is told there is none. */
function readablePath(path: PathNow | null): PathNow {
  if (!path) throw new PathNotFound("");
  return path;
}

function publishedPath(path: PathNow | null): PathNow {
  const readable = readablePath(path);
  if (readable.status !== "published") throw new PathNotPublished(readable.pathId);
  return readable;
}

/**
 * What makes the completion recorded agree with the path's current checkpoints, from `before` (the state
 * decided on) to `after` (with the command's marks): a completion when every checkpoint is done and none
 * holds, or the marks have just finished a revision the recorded one predates; a lapse when one holds and
 * a checkpoint is not done. So a completion is recorded once each time it becomes true, whatever makes it
 * so (a mark, a check-in, a revision that removes the checkpoints left), and the count follows.
 */
function completionFollows(before: Progress, after: Progress, path: PathNow): ProgressEvent[] {
  const holds = isComplete(after, path.checkpointIds);
  if (holds && (!after.completed || !isComplete(before, path.checkpointIds)))
    return [PathCompleted({ revision: path.revision })];
  if (!holds && after.completed) return [PathCompletionLapsed({ revision: path.revision })];
  return [];
}

/** The events that follow (when not yet), apply the marks, and bring the completion in line with the path. */
function withCompletion(progress: Progress, path: PathNow, marks: ProgressEvent[]): ProgressEvent[] {
  const follow = progress.following ? [] : [PathFollowed({})];
  const events = [...follow, ...marks];
  if (events.length === 0) return [];
  const after = events.reduce(progressDecider.evolve, progress);
  return [...events, ...completionFollows(progress, after, path)];
}

export const progressDecider: Decider<Progress, ProgressCommand, ProgressEvent> = {
  initialState: noProgress,

  decide(command, progress) {
    // An erased member's progress records nothing more: the reactors that may still come find it closed.
    if (progress.erased) return [];
    switch (command.type) {
      case "FollowPath": {
        const path = publishedPath(command.path);
        if (progress.following) return [];
        const marks = command.checkedIn
          .filter(
            (checkpointId) => path.checkpointIds.includes(checkpointId) && !isDone(progress, checkpointId),
          )
          .map((checkpointId) => CheckpointMarked({ checkpointId, done: true, source: "checked-in" }));
        return withCompletion(progress, path, marks);
      }
      case "UnfollowPath": {
        // Whatever the path's state, as long as the member still reads it: the answer shows the path.
        const path = readablePath(command.path);
        if (!progress.following) throw new NotFollowing(path.pathId);
        return [PathUnfollowed({})];
      }
      case "MarkCheckpoint": {
        const path = publishedPath(command.path);
        const { checkpointId, done, note } = command;
        if (!path.checkpointIds.includes(checkpointId)) throw new CheckpointNotFound(checkpointId);
        if (note !== undefined && note.length > progressLimits.note)
          throw new InvalidProgress([
            { path: ["note"], message: `must be up to ${progressLimits.note} characters` },
          ]);
        const mark = progress.marks[checkpointId];
        const same = (mark?.done ?? false) === done && (note === undefined || note === (mark?.note ?? ""));
        const marks = same
          ? []
          : [CheckpointMarked({ checkpointId, done, source: "marked", ...(note !== undefined && { note }) })];
        return withCompletion(progress, path, marks);
      }
      case "RecordCheckIn": {
        // Only for who follows it now, and once per check-in: a redelivered check-in finds its cause.
        if (
          !progress.following ||
          command.path?.status !== "published" ||
          progress.causes.includes(command.cause)
        )
          return [];
        const path = command.path;
        const marks = command.checkpointIds
          .filter(
            (checkpointId) => path.checkpointIds.includes(checkpointId) && !isDone(progress, checkpointId),
          )
          .map((checkpointId) =>
            CheckpointMarked({ checkpointId, done: true, source: "checked-in", cause: command.cause }),
          );
        return withCompletion(progress, path, marks);
      }
      case "SetProgressVisibility": {
        const path = readablePath(command.path);
        if (!progress.following) throw new NotFollowing(path.pathId);
        return progress.public === command.public ? [] : [ProgressVisibilitySet({ public: command.public })];
      }
      case "ReassessCompletion": {
        // Following or not: a completion counts whether or not its member still follows, and the share
        // shown after an unfollow is worked out against the current revision too. Decided on the state
        // alone, so a revision delivered again, late or out of order records nothing twice.
        const { path } = command;
        if (!path || path.status === "draft") return [];
        return completionFollows(progress, progress, path);
      }
      case "EraseProgress":
        return [ProgressErased({})];
    }
  },

  evolve(progress, event) {
    switch (event.type) {
      case "PathFollowed":
        return { ...progress, following: true };
      case "PathUnfollowed":
        return { ...progress, following: false };
      case "CheckpointMarked": {
        const { checkpointId, done, source, note, cause } = event.data;
        const before = progress.marks[checkpointId];
        const mark: Mark = { done, source, note: note === undefined ? (before?.note ?? null) : note };
        return {
          ...progress,
          marks: { ...progress.marks, [checkpointId]: mark },
          causes: cause === undefined ? progress.causes : [...progress.causes, cause],
          completed: done ? progress.completed : false,
        };
      }
      case "PathCompleted":
        return { ...progress, completed: true };
      case "PathCompletionLapsed":
        return { ...progress, completed: false };
      case "ProgressVisibilitySet":
        return { ...progress, public: event.data.public };
      case "ProgressErased":
        return { ...noProgress, erased: true };
    }
  },
};
