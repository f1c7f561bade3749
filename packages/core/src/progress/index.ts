/**
 * A member's progress on a learning path: following it, marking its checkpoints done (by hand, or by
 * checking in at a meetup checkpoint), completion worked out against the path's current revision (and
 * recorded again when a revision changes it, so the count follows), and who sees it. The counts of
 * learners and completions are public; who follows a path is not.
 */

export { checkInProgressReactor, progressErasureReactor } from "./check-in-progress";
export {
  checkInProgressActor,
  type ProgressModule,
  type ProgressModuleOptions,
  progressErasureActor,
  progressModule,
  revisionCompletionActor,
} from "./commands";
export {
  isComplete,
  type Mark,
  noProgress,
  type PathNow,
  type Progress,
  type ProgressCommand,
  progressDecider,
  progressLimits,
} from "./decider";
export {
  type CheckpointMarkDocument,
  type CompletionDocument,
  completionKey,
  learningPartition,
  type ProgressDocument,
  partiesOfProgressStream,
  pathProgressPartition,
  progressKey,
  progressProjection,
  progressProjections,
  progressStream,
} from "./documents";
export * from "./errors";
export * from "./events";
export type { MarkCheckpointInput, ProgressVisibilityInput } from "./progress-input";
export type { ProgressMeetups } from "./progress-meetups";
export type {
  CurrentCheckpoints,
  ProgressPath,
  ProgressPathStatus,
  ProgressPaths,
} from "./progress-paths";
export type {
  CheckpointProgressView,
  LearningFilter,
  PathProgressView,
  ProgressCounts,
  ProgressEdgePage,
  ProgressQueries,
} from "./queries";
export { type PathReader, progressView } from "./queries";
export { revisionCompletionReactor } from "./revision-completion";
