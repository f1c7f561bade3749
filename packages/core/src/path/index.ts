/**
 * Learning paths: a goal and ordered checkpoints (a link, a confirmed talk or a meetup), curated by a
 * member (and, for a community's path, its organisers), published in revisions readers see with what
 * changed, forked with their lineage. One stream per path: `path-<pathId>`.
 *
 * For the progress context: `currentCheckpoints` (strongly consistent) and `pathsWithMeetup`, and the
 * keys of the counters its projection keeps (`learnerCountKey`, `completionCountKey`).
 */
export type { Page, PageOf } from "../documents/paged-query";
export { type CheckpointChange, type CheckpointChangeKind, type PathChanges, pathChanges } from "./changes";
export {
  type CurrentCheckpoints,
  type PathModule,
  type PathModuleOptions,
  type PathResult,
  pathModule,
} from "./commands";
export type {
  CommunityRoles as PathCommunityRoles,
  PathCommunityStanding,
  ViewerStandings,
} from "./community-roles";
export {
  type ForkedPath,
  type Path,
  type PathCommand,
  type PathStatus,
  pathDecider,
  pathLimits,
  sameContent,
} from "./decider";
export {
  completionCountKey,
  learnerCountKey,
  meetupPathsPartition,
  type PathDocument,
  type PathRevisionDocument,
  pathIdOfStream,
  pathKey,
  pathProjection,
  pathProjections,
  pathStream,
} from "./documents";
export * from "./errors";
export {
  type Checkpoint,
  type CheckpointResource,
  type PathContent,
  type PathEvent,
  type PathOriginRef,
  pathEventTypes,
} from "./events";
export type { MemberProfiles as PathMemberProfiles } from "./member-profiles";
export type { CheckpointInput, PathInput } from "./path-input";
export type { PathMeetups } from "./path-meetups";
export type { PathTalks } from "./path-talks";
export type {
  Edge,
  EdgePage,
  PathCounts,
  PathFilter,
  PathOrder,
  PathQueries,
  PathRevisionView,
  PathView,
  ResourceHit,
} from "./queries";
export { mostFollowedWindow } from "./queries";
export { isPathSlug, pathSlug, slugify } from "./slug";
