import type { ContextResolvers } from "./resolvers";

/*
 * The progress rejections implement `Error` (see rejections.ts): CheckpointNotFound, NotFollowing and
 * InvalidProgress read their fields as they are (an InvalidProgress's message says which rule), and the
 * path's PathNotFound and PathNotPublished are the path context's own (path-rejections.ts): the progress
 * commands answer them through progress-mutations.ts's list.
 */
export const progressRejectionResolvers: ContextResolvers = {};
