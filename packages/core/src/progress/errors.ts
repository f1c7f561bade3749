import { MeetstreamError } from "../errors/meetstream-error";

/* An unknown path is the path context's own error: one class per code across the API. */
export { PathNotFound } from "../path";

export class CheckpointNotFound extends MeetstreamError {
  readonly code = "CHECKPOINT_NOT_FOUND";

  constructor(readonly checkpointId: string) {
    super("The path's current revision has no such checkpoint.");
  }
}

/** Unfollowing, or choosing who sees progress, needs a path the member follows. */
export class NotFollowing extends MeetstreamError {
  readonly code = "NOT_FOLLOWING";

  constructor(readonly pathId: string) {
    super("You do not follow this path.");
  }
}

export interface ProgressIssue {
  path: string[];
  message: string;
}

export class InvalidProgress extends MeetstreamError {
  readonly code = "INVALID_PROGRESS";

  constructor(readonly issues: readonly ProgressIssue[]) {
    super(
      `the progress is invalid: ${issues.map((issue) => `${issue.path.join(".") || "progress"}: ${issue.message}`).join("; ")}`,
    );
  }
}
