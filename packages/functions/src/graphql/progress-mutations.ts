import { PathNotFound } from "@meetstream/core/path";
import {
  CheckpointNotFound,
  InvalidProgress,
  NotFollowing,
  type PathProgressView,
} from "@meetstream/core/progress";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn } from "./mutations";
import { NotSignedIn } from "./rejections";
import { plainIdOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultUnions } from "./results";

/** Every progress command answers with the viewer's progress, or one of these. */
const rejections = [NotSignedIn, PathNotFound, CheckpointNotFound, NotFollowing, InvalidProgress];

type OnPathArguments = Idempotent & { pathId: string };

/** Who asks, with the client's idempotency key and the path's plain id (a global one is read as the id it holds). */
function requestOf(args: OnPathArguments, context: GraphqlContext) {
  const idempotencyKey = idempotencyKeyOf(args);
  return { actor: signedIn(context), idempotencyKey, pathId: plainIdOf(args.pathId, "Path") };
}

/** The answer primes the loader: `path { viewerProgress }` in the same response reads what the command left. */
function answered(progress: PathProgressView, context: GraphqlContext) {
  context.viewerProgress.clear(progress.pathId).prime(progress.pathId, progress);
  return progress;
}

const mutation: MutationResolvers<GraphqlContext> = {
  followPath: answeringRejections(rejections, async (_root, args: OnPathArguments, context) =>
    answered(await context.progress.followPath(requestOf(args, context)), context),
  ),

  unfollowPath: answeringRejections(rejections, async (_root, args: OnPathArguments, context) =>
    answered(await context.progress.unfollowPath(requestOf(args, context)), context),
  ),

  markCheckpoint: answeringRejections(
    rejections,
    async (
      _root,
      args: OnPathArguments & { checkpointId: string; done: boolean; note?: string | null },
      context,
    ) => {
      const { pathId, ...request } = requestOf(args, context);
      const { checkpointId, done, note } = args;
      const input = { pathId, checkpointId, done, ...(note != null && { note }) };
      return answered(await context.progress.markCheckpoint({ ...request, input }), context);
    },
  ),

  setProgressVisibility: answeringRejections(
    rejections,
    async (_root, args: OnPathArguments & { public: boolean }, context) =>
      answered(
        await context.progress.setProgressVisibility({ ...requestOf(args, context), public: args.public }),
        context,
      ),
  ),
};

export const progressMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("PathProgress", ["ProgressResult"]),
};
