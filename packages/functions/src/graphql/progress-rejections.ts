import type { ContextResolvers } from "./resolvers";

/*
 * The progress rejections implement `Error` (see rejections.ts): CheckpointNotFound, NotFollowing and
 * InvalidProgress read their fields as they are (an InvalidProgress's message says which rule), and the
 * path's PathNotFound is the path context's own.
 */
export const progressRejectionResolvers: ContextResolvers = {};
