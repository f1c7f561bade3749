import type { MemberProfile } from "@meetstream/core/member";
import type { PathView } from "@meetstream/core/path";
import type {
  CheckpointProgressView,
  LearningFilter,
  PathProgressView,
  ProgressEdgePage,
} from "@meetstream/core/progress";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import type { Me } from "./member";
import { pathsPage } from "./path";
import { connection, type PageArguments } from "./relay";
import type {
  CheckpointProgressResolvers,
  MemberResolvers,
  MeResolvers,
  PathProgressResolvers,
  PathResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/*
 * The progress reads: core's progress queries decide who sees what (a member's own learning to them
 * alone, with their notes; on a profile only what they chose to show, without notes). A progress's path
 * is read as the viewer may see it.
 */

const viewerOf = ({ viewer }: GraphqlContext) => viewer?.memberId;

/** A page of progress primes the loader: a path's progress read in a list is not read again by id. */
function progressConnection(found: ProgressEdgePage, context: GraphqlContext) {
  if (context.viewer)
    for (const { node } of found.edges)
      if (node.memberId === context.viewer.memberId) context.viewerProgress.prime(node.pathId, node);
  return connection(found.edges, found.cursor);
}

const pathProgress: PathProgressResolvers<GraphqlContext, PathProgressView> = {
  path: async (progress, _arguments, { pathById }) => {
    const path = await pathById.load(progress.pathId);
    // The queries list only progress on paths the viewer may read.
    if (!path) throw new Error(`the path ${progress.pathId} of a progress shown is not visible`);
    return path;
  },
};

const checkpointProgress: CheckpointProgressResolvers<GraphqlContext, CheckpointProgressView> = {};

const path: PathResolvers<GraphqlContext, PathView> = {
  viewerProgress: async (path, _arguments, { viewerProgress }) =>
    (await viewerProgress.load(path.id)) ?? null,
};

const me: MeResolvers<GraphqlContext, Me> = {
  // The filter arrives as the domain's value (enum-values.ts).
  learning: async (_me, args: PageArguments & { filter?: LearningFilter | null }, context) =>
    progressConnection(
      await context.progress.learning(
        viewerOf(context),
        args.filter ?? "all",
        pathsPage(args),
        context.readPaths,
      ),
      context,
    ),
};

const member: MemberResolvers<GraphqlContext, MemberProfile> = {
  learning: async (member, args: PageArguments, context) =>
    progressConnection(
      await context.progress.publicLearning(member.id, viewerOf(context), pathsPage(args), context.readPaths),
      context,
    ),
};

export const progressResolvers: ContextResolvers = {
  PathProgress: pathProgress,
  CheckpointProgress: checkpointProgress,
  ProgressSource: internalEnumValues.ProgressSource,
  LearningFilter: internalEnumValues.LearningFilter,
  Path: path,
  Me: me,
  Member: member,
};
