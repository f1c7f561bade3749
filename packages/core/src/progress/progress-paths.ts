/**
 * What progress needs of paths: whether the member may read a path, and its current checkpoints (the
 * share is worked out against them); and, for the check-in reactor, the paths a meetup is a checkpoint of.
 * `pathModule(...)` provides it, with the path context's visibility rules.
 */
export interface ProgressPaths {
  /** In one batch; undefined where the viewer may not see it. */
  pathById(pathIds: readonly string[], viewerId: string | undefined): Promise<(ProgressPath | undefined)[]>;
  /** The latest revision's checkpoints, whoever asks: for the system's own commands. */
  currentCheckpoints(pathId: string): Promise<CurrentCheckpoints | undefined>;
  /** The published paths with a checkpoint on the meetup. */
  pathsWithMeetup(meetupId: string): Promise<string[]>;
}

export type ProgressPathStatus = "draft" | "published" | "unpublished" | "archived";

/** A path as its viewer sees it: what progress reads of it. */
export interface ProgressPath {
  id: string;
  status: ProgressPathStatus;
  /** The latest revision's, in order (the draft's for a draft, which no one follows). */
  checkpoints: readonly { id: string }[];
}

export interface CurrentCheckpoints {
  status: ProgressPathStatus;
  revision: number;
  checkpoints: readonly { id: string; meetupId?: string }[];
}
