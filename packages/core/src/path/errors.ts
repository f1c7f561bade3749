import { MeetstreamError } from "../errors/meetstream-error";

/*
 * Each class's name is its GraphQL type's (the API answers a rejection by its class name), so the
 * refusal of an archived path is `PathArchived`, as the event that archives it: files that need both
 * import the event under another name.
 */

/** One rule the input breaks: where in the input (`["checkpoints", "3", "url"]`), and what is wrong. */
export interface PathIssue {
  path: (string | number)[];
  message: string;
}

export class InvalidPath extends MeetstreamError {
  readonly code = "INVALID_PATH";

  constructor(readonly issues: readonly PathIssue[]) {
    super(
      `the path is invalid: ${issues.map((issue) => `${issue.path.join(".") || "path"}: ${issue.message}`).join("; ")}`,
    );
  }
}

/** No such path, or none the viewer may see: the same answer, so that a hidden draft is not told apart. */
export class PathNotFound extends MeetstreamError {
  readonly code = "PATH_NOT_FOUND";

  constructor(readonly pathId: string) {
    super("There is no such path.");
  }
}

export class NotTheCurator extends MeetstreamError {
  readonly code = "NOT_THE_CURATOR";

  constructor(readonly pathId: string) {
    super("Only the path's curator, or an organiser of its community, changes it.");
  }
}

/** A checkpoint's talk or meetup does not exist (or is not one the curator may see). */
export class ResourceNotFound extends MeetstreamError {
  readonly code = "RESOURCE_NOT_FOUND";

  constructor(
    /** 0-based, in the input's order. */
    readonly checkpointPosition: number,
  ) {
    super(`Checkpoint ${checkpointPosition + 1} names a talk or meetup that does not exist.`);
  }
}

export class PathArchived extends MeetstreamError {
  readonly code = "PATH_ARCHIVED";

  constructor(readonly pathId: string) {
    super("The path is archived: it no longer changes, nor is it forked.");
  }
}

export class PathNotPublished extends MeetstreamError {
  readonly code = "PATH_NOT_PUBLISHED";

  constructor(readonly pathId: string) {
    super("Only a published path is forked.");
  }
}

export class CannotForkOwnPath extends MeetstreamError {
  readonly code = "CANNOT_FORK_OWN_PATH";

  constructor(readonly pathId: string) {
    super("You curate this path: edit it rather than fork it.");
  }
}

export class NothingChanged extends MeetstreamError {
  readonly code = "NOTHING_CHANGED";

  constructor(readonly pathId: string) {
    super("The path already says exactly this: no new revision.");
  }
}
