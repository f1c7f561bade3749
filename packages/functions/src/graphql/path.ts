import type { CommunitySummary } from "@meetstream/core/community";
import type { MeetupDocument } from "@meetstream/core/meetup";
import type { MemberProfile } from "@meetstream/core/member";
import type {
  Checkpoint,
  CheckpointResource,
  EdgePage,
  PathOrder,
  PathOriginRef,
  PathRevisionView,
  PathView,
  ResourceHit,
} from "@meetstream/core/path";
import type { ProposalView } from "@meetstream/core/talk";
import { singleLineText } from "@meetstream/core/validation/text";
import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";
import { checkedArguments } from "./arguments";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import type { Me } from "./member";
import { connection, forwardPage, globalIdOf, type PageArguments, plainIdOf } from "./relay";
import type {
  CheckpointResolvers,
  CommunityResolvers,
  MeetupResolvers,
  MeetupResourceResolvers,
  MemberResolvers,
  MeResolvers,
  PathOriginResolvers,
  PathResolvers,
  PathRevisionResolvers,
  ProposalResolvers,
  QueryResolvers,
  TalkResourceResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/*
 * The paths' reads: core's path queries decide who sees what (published paths for anyone, drafts and
 * unpublished paths for their curator and their community's organisers, archived ones by address). A
 * checkpoint's talk or meetup is read as the viewer may see it, and is null where they may not.
 * `Path.viewerProgress` and the progress types are the progress context's (progress.ts).
 */

const viewerOf = ({ viewer }: GraphqlContext) => viewer?.memberId;

/** The SDL's bound on a page of paths: of every list of paths, those someone follows included (progress.ts). */
export const maximumPathsPage = 50;

/** A page of a list of paths, as its field's arguments ask for it. */
export const pathsPage = (args: PageArguments) => forwardPage(args, maximumPathsPage);

/** Lists prime the loader: a path read in a list is not read again by id in the same request. */
function pathConnection(found: EdgePage<PathView>, { pathById }: GraphqlContext) {
  for (const { node } of found.edges) pathById.prime(node.id, node);
  return connection(found.edges, found.cursor);
}

const emptyConnection = () => connection([], undefined);

type CheckpointParent = Checkpoint & { position: number };

const path: PathResolvers<GraphqlContext, PathView> = {
  id: (path) => globalIdOf("Path", path.id),
  publicId: (path) => path.id,
  curator: async (path, _arguments, { memberById }) =>
    path.curatorErased ? null : ((await memberById.load(path.curatorId)) ?? null),
  community: async (path, _arguments, { communityById }) =>
    path.communityId === null ? null : ((await communityById.load(path.communityId)) ?? null),
  checkpoints: (path): CheckpointParent[] =>
    path.checkpoints.map((checkpoint, position) => ({ ...checkpoint, position })),
  revisions: (path, _arguments, context) => context.paths.revisionsOf(path.id, viewerOf(context)),
  forkedFrom: (path) => path.forkedFrom,
  forks: async (path, args: PageArguments, context) =>
    pathConnection(await context.paths.forksOf(path.id, pathsPage(args), viewerOf(context)), context),
  forkCount: async (path, _arguments, { pathCounts }) => (await pathCounts.load(path.id)).forks,
  learnerCount: async (path, _arguments, { pathCounts }) => (await pathCounts.load(path.id)).learners,
  completionCount: async (path, _arguments, { pathCounts }) => (await pathCounts.load(path.id)).completions,
};

const origin: PathOriginResolvers<GraphqlContext, PathOriginRef> = {
  path: async (origin, _arguments, { pathById }) => (await pathById.load(origin.pathId)) ?? null,
  // Read as the viewer may read the original: nothing of a path they may not see.
  changesSince: async (origin, _arguments, context) =>
    (await context.paths.revisionsOf(origin.pathId, viewerOf(context))).filter(
      (revision) => revision.revision > origin.revision,
    ),
};

const revision: PathRevisionResolvers<GraphqlContext, PathRevisionView> = {
  publishedAt: (revision) => revision.madeAt,
};

const checkpoint: CheckpointResolvers<GraphqlContext, CheckpointParent> = {
  resource: (checkpoint) => checkpoint.resource,
};

/** A talk or meetup resource as a checkpoint or a search hit names it. */
type TalkParent = { kind: "talk"; proposalId: string };
type MeetupParent = { kind: "meetup"; meetupId: string };

const resourceTypeOf = (resource: CheckpointResource | ResourceHit) =>
  resource.kind === "link" ? "LinkResource" : resource.kind === "talk" ? "TalkResource" : "MeetupResource";

const talkResource: TalkResourceResolvers<GraphqlContext, TalkParent> = {
  talk: async (resource, _arguments, { proposalById }) =>
    (await proposalById.load(resource.proposalId)) ?? null,
};

const meetupResource: MeetupResourceResolvers<GraphqlContext, MeetupParent> = {
  meetup: async (resource, _arguments, { meetupById }) => (await meetupById.load(resource.meetupId)) ?? null,
};

const tag = singleLineText({ trimmed: true }).check(z.maxLength(30, "must be at most 30 characters"));
const pathsArguments = z.object({
  tag: z.optional(z.nullable(tag)),
  curatorHandle: z.optional(
    z.nullable(singleLineText().check(z.maxLength(100, "must be at most 100 characters"))),
  ),
  communitySlug: z.optional(
    z.nullable(singleLineText().check(z.maxLength(100, "must be at most 100 characters"))),
  ),
});
const searchArguments = z.object({
  text: singleLineText().check(z.maxLength(100, "must be at most 100 characters")),
  first: z.optional(
    z.nullable(
      z
        .int("must be a whole number from 1 to 50")
        .check(z.gte(1, "must be from 1 to 50"), z.lte(50, "must be from 1 to 50")),
    ),
  ),
});

interface PathsArguments extends PageArguments {
  tag?: string | null;
  curatorHandle?: string | null;
  communitySlug?: string | null;
  order?: PathOrder | null;
}

const query: QueryResolvers<GraphqlContext> = {
  paths: async (_root, args: PathsArguments, context) => {
    const page = pathsPage(args);
    const checked = checkedArguments(pathsArguments, args);
    const [curator, community] = await Promise.all([
      checked.curatorHandle ? context.members.byHandle(checked.curatorHandle) : undefined,
      checked.communitySlug ? context.communities.bySlug(checked.communitySlug) : undefined,
    ]);
    // A handle or slug that names nobody filters everything out.
    if ((checked.curatorHandle && !curator) || (checked.communitySlug && !community))
      return emptyConnection();
    const found = await context.paths.paths(
      {
        ...(checked.tag ? { tag: checked.tag.toLowerCase() } : {}),
        ...(curator ? { curatorId: curator.id } : {}),
        ...(community ? { communityId: community.id } : {}),
        order: args.order ?? "newest",
      },
      page,
      viewerOf(context),
    );
    return pathConnection(found, context);
  },
  path: async (_root, args: { slug: string }, context) =>
    (await context.paths.pathBySlug(args.slug, viewerOf(context))) ?? null,
  checkpointResourceSearch: async (
    _root,
    args: { communityId: string; text: string; first?: number | null },
    context,
  ) => {
    const { text, first } = checkedArguments(searchArguments, args);
    return context.paths.resourceSearch(
      plainIdOf(args.communityId, "Community"),
      text,
      first ?? 10,
      viewerOf(context),
    );
  },
};

const community: CommunityResolvers<GraphqlContext, CommunitySummary> = {
  paths: async (community, args: PageArguments, context) =>
    pathConnection(
      await context.paths.paths({ communityId: community.id }, pathsPage(args), viewerOf(context)),
      context,
    ),
  managedPaths: async (community, args: PageArguments, context) => {
    const page = await context.paths.managedPaths(community.id, pathsPage(args), viewerOf(context));
    return page && pathConnection(page, context);
  },
};

const member: MemberResolvers<GraphqlContext, MemberProfile> = {
  curatedPaths: async (member, args: PageArguments, context) =>
    pathConnection(await context.paths.curatedBy(member.id, pathsPage(args), viewerOf(context)), context),
};

const me: MeResolvers<GraphqlContext, Me> = {
  paths: async (_me, args: PageArguments, context) =>
    pathConnection(await context.paths.myPaths(viewerOf(context), pathsPage(args)), context),
};

const proposal: ProposalResolvers<GraphqlContext, ProposalView> = {
  // Only a confirmed talk is a checkpoint: for any other the count is 0 and the list empty.
  pathCount: (proposal, _arguments, context) =>
    proposal.status === "confirmed" ? context.paths.pathCountOfTalk(proposal.id) : 0,
  paths: async (proposal, args: { first?: number | null }, context) => {
    const first = args.first ?? 5;
    if (!Number.isInteger(first) || first < 1 || first > maximumPathsPage)
      throw new GraphQLError(`first must be from 1 to ${maximumPathsPage}.`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    if (proposal.status !== "confirmed") return [];
    const found = await context.paths.pathsWithTalk(proposal.id, viewerOf(context), first);
    for (const each of found) context.pathById.prime(each.id, each);
    return found;
  },
};

const meetup: MeetupResolvers<GraphqlContext, MeetupDocument> = {
  pathCount: (meetup, _arguments, context) => context.paths.pathCountOfMeetup(meetup.id),
};

export const pathResolvers: ContextResolvers = {
  Query: query,
  Path: path,
  PathOrigin: origin,
  PathRevision: revision,
  Checkpoint: checkpoint,
  CheckpointResource: { __resolveType: resourceTypeOf },
  CheckpointResourceHit: { __resolveType: resourceTypeOf },
  TalkResource: talkResource,
  MeetupResource: meetupResource,
  Community: community,
  Member: member,
  Me: me,
  Proposal: proposal,
  Meetup: meetup,
  PathStatus: internalEnumValues.PathStatus,
  CheckpointChangeKind: internalEnumValues.CheckpointChangeKind,
  PathOrder: internalEnumValues.PathOrder,
};
