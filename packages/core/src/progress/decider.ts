import type { Decider } from "../decider/decider";
import { CheckpointNotFound, InvalidProgress, NotFollowing, PathNotFound } from "./errors";
import {
  CheckpointMarked,
  PathCompleted,
  PathFollowed,
  PathUnfollowed,
  ProgressErased,
  type ProgressEvent,
  type ProgressSource,
  ProgressVisibilitySet,
} from "./events";

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
  /** Whether the latest completion still holds: a PathCompleted and no checkpoint undone since. */
  completed: boolean;
  erased: boolean;
}

/**
 * The path as it is now, put into each command by the handler (which reads the path context), so that the
 * decider stays pure; null when it is not published or the member may not read it.
 */
export interface PathNow {
  pathId: string;
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

function publishedPath(path: PathNow | null, pathId = ""): PathNow {
  if (!path) throw new PathNotFound(pathId);
  return path;
}

/** The events that follow (when not yet), apply the marks, and complete the path when they finish it. */
function withCompletion(progress: Progress, path: PathNow, marks: ProgressEvent[]): ProgressEvent[] {
  const follow = progress.following ? [] : [PathFollowed({})];
  const events = [...follow, ...marks];
  if (events.length === 0) return [];
  const after = events.reduce(progressDecider.evolve, progress);
  const completes = !isComplete(progress, path.checkpointIds) && isComplete(after, path.checkpointIds);
  return completes ? [...events, PathCompleted({ revision: path.revision })] : events;
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
        if (!progress.following) throw new NotFollowing(command.path?.pathId ?? "");
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
        if (!progress.following || !command.path || progress.causes.includes(command.cause)) return [];
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
        if (!progress.following) throw new NotFollowing(command.path?.pathId ?? "");
        return progress.public === command.public ? [] : [ProgressVisibilitySet({ public: command.public })];
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
      case "ProgressVisibilitySet":
        return { ...progress, public: event.data.public };
      case "ProgressErased":
        return { ...noProgress, erased: true };
    }
  },
};
