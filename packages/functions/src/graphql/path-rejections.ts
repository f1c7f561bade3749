import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

/*
 * The paths' rejections implement `Error` (see rejections.ts). PathNotFound, NotTheCurator,
 * ResourceNotFound (its checkpointPosition), PathArchived, PathNotPublished, CannotForkOwnPath and
 * NothingChanged read their fields as they are; an InvalidPath's issues say where, as text.
 */
export const pathRejectionResolvers: ContextResolvers = {
  PathIssue: inputIssue,
};
