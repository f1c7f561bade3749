import {
  CannotForkOwnPath,
  InvalidPath,
  NothingChanged,
  NotTheCurator,
  PathArchived,
  type PathInput,
  PathNotFound,
  PathNotPublished,
  type PathResult,
  type PathView,
  ResourceNotFound,
} from "@meetstream/core/path";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn } from "./mutations";
import { NotSignedIn } from "./rejections";
import { plainIdOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, type Rejection, resultUnions } from "./results";

/** The path as the caller may see it after the command, read afresh (the local bus projects before the command returns). */
async function answeredPath(result: PathResult, context: GraphqlContext): Promise<PathView> {
  const [path] = await context.paths.pathById([result.pathId], context.viewer?.memberId);
  if (!path) throw new PathNotFound(result.pathId);
  context.pathById.clear(result.pathId).prime(result.pathId, path);
  return path;
}

/** Who asks, with the client's idempotency key: what every path command carries. */
function requestOf(args: Idempotent, context: GraphqlContext) {
  // The arguments' rules first, as every mutation checks them.
  const idempotencyKey = idempotencyKeyOf(args);
  return { actor: signedIn(context), idempotencyKey };
}

interface CheckpointArguments {
  id?: string | null;
  task: string;
  url?: string | null;
  title?: string | null;
  talkId?: string | null;
  meetupId?: string | null;
}

interface PathInputArguments {
  goal: string;
  description?: string | null;
  tags?: string[] | null;
  communityId?: string | null;
  checkpoints: CheckpointArguments[];
}

/** The editor's input as core takes it: plain ids (a global one is read as the plain id it holds). */
function inputOf(input: PathInputArguments): PathInput {
  const { communityId, checkpoints, ...rest } = input;
  return {
    ...rest,
    ...(communityId ? { communityId: plainIdOf(communityId, "Community") } : {}),
    checkpoints: checkpoints.map(({ talkId, meetupId, ...checkpoint }) => ({
      ...checkpoint,
      ...(talkId ? { talkId: plainIdOf(talkId, "Proposal") } : {}),
      ...(meetupId ? { meetupId: plainIdOf(meetupId, "Meetup") } : {}),
    })),
  } as PathInput;
}

type OnPathArguments = Idempotent & { pathId: string };

/** A command on one path by a signed-in member, answered with the path as it left it. */
const onPath = (
  rejections: readonly Rejection[],
  command: (
    request: { actor: string; idempotencyKey?: string; pathId: string },
    context: GraphqlContext,
  ) => Promise<PathResult>,
) =>
  answeringRejections(
    [NotSignedIn, PathNotFound, ...rejections],
    async (_root, args: OnPathArguments, context) => {
      const request = { ...requestOf(args, context), pathId: plainIdOf(args.pathId, "Path") };
      return answeredPath(await command(request, context), context);
    },
  );

const mutation: MutationResolvers<GraphqlContext> = {
  draftPath: answeringRejections(
    [NotSignedIn, InvalidPath, ResourceNotFound],
    async (_root, args: Idempotent & { input: PathInputArguments }, context) => {
      const request = requestOf(args, context);
      return answeredPath(await context.paths.draftPath({ ...request, input: inputOf(args.input) }), context);
    },
  ),

  editPath: answeringRejections(
    [NotSignedIn, InvalidPath, PathNotFound, NotTheCurator, ResourceNotFound, PathArchived, NothingChanged],
    async (
      _root,
      args: OnPathArguments & { input: PathInputArguments; changeNote?: string | null },
      context,
    ) => {
      const request = requestOf(args, context);
      const result = await context.paths.editPath({
        ...request,
        pathId: plainIdOf(args.pathId, "Path"),
        input: inputOf(args.input),
        changeNote: args.changeNote ?? null,
      });
      return answeredPath(result, context);
    },
  ),

  publishPath: onPath([NotTheCurator, PathArchived], (request, { paths }) => paths.publishPath(request)),
  unpublishPath: onPath([NotTheCurator, PathArchived], (request, { paths }) => paths.unpublishPath(request)),
  archivePath: onPath([NotTheCurator, PathArchived], (request, { paths }) => paths.archivePath(request)),
  forkPath: onPath([CannotForkOwnPath, PathNotPublished], (request, { paths }) => paths.forkPath(request)),
};

export const pathMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("Path", [
    "DraftPathResult",
    "EditPathResult",
    "PublishPathResult",
    "PathChangeResult",
    "ForkPathResult",
  ]),
};
