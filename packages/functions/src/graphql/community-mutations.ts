import {
  AlreadyAMember,
  CommunityNotFound,
  type CommunitySummary,
  type EditCommunityInput,
  InvalidCommunity,
  type JoinMode,
  LastOrganiser,
  NoPendingRequest,
  NotAMember,
  NotAnOrganiser,
  SlugTaken,
} from "@meetstream/core/community";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn, withoutNulls } from "./mutations";
import { NotSignedIn } from "./rejections";
import { idOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, type Rejection, resultUnions } from "./results";

/** A community's details as a client sends them (FoundCommunityInput, EditCommunityInput). */
type CommunityDetailsArgument = {
  name?: string | null;
  slug?: string | null;
  description?: string | null;
  tags?: string[] | null;
  joinMode?: JoinMode | null;
};

type FoundCommunityArgument = CommunityDetailsArgument & { name: string; slug: string };

const communityRejections = [CommunityNotFound, NotAnOrganiser, NotAMember, LastOrganiser] as const;

/** The community as the mutation left it: the loaders answer the rest of the response from it. */
async function answered(community: CommunitySummary, context: GraphqlContext): Promise<CommunitySummary> {
  context.communityById.clear(community.id).prime(community.id, community);
  if (context.viewer)
    context.viewerStanding
      .clear(community.id)
      .prime(community.id, await context.communities.roleOf(community.id, context.viewer.memberId));
  return community;
}

/** What every command on one community carries, checked in the order clients meet their errors: key, then id. */
interface OneCommunity {
  communityId: string;
  idempotencyKey: string | undefined;
}

/**
 * A command on one community by a signed-in member, answered with the community as it left it. The command
 * checks the rest of its arguments, then who is signed in (`signedIn`).
 */
const onCommunity = <Arguments extends Idempotent & { communityId: string }>(
  rejections: readonly Rejection[],
  command: (community: OneCommunity, args: Arguments, context: GraphqlContext) => Promise<CommunitySummary>,
) =>
  answeringRejections([NotSignedIn, ...rejections], async (_root, args: Arguments, context) => {
    const idempotencyKey = idempotencyKeyOf(args);
    const communityId = idOf(args.communityId, "Community");
    return answered(await command({ communityId, idempotencyKey }, args, context), context);
  });

type MemberAction =
  | "appointOrganiser"
  | "appointHost"
  | "revokeRole"
  | "approve"
  | "decline"
  | "removeMember";

/** An organiser's action on one member of a community. */
const onMember = (action: MemberAction, rejections: readonly Rejection[]) =>
  onCommunity(
    rejections,
    (community, args: Idempotent & { communityId: string; memberId: string }, context) => {
      const memberId = idOf(args.memberId, "Member");
      return context.communities[action]({ actor: signedIn(context), ...community, memberId });
    },
  );

const mutation: MutationResolvers<GraphqlContext> = {
  foundCommunity: answeringRejections(
    [NotSignedIn, InvalidCommunity, SlugTaken],
    async (_root, args: Idempotent & { input: FoundCommunityArgument }, context) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const { input } = args;
      return answered(
        await context.communities.found({
          actor: signedIn(context),
          input: {
            name: input.name,
            slug: input.slug,
            ...withoutNulls({ description: input.description, tags: input.tags, joinMode: input.joinMode }),
          },
          idempotencyKey,
        }),
        context,
      );
    },
  ),

  editCommunity: onCommunity(
    [InvalidCommunity, SlugTaken, CommunityNotFound, NotAnOrganiser],
    (community, args: Idempotent & { communityId: string; input: CommunityDetailsArgument }, context) =>
      context.communities.edit({
        actor: signedIn(context),
        ...community,
        input: withoutNulls(args.input) as EditCommunityInput,
      }),
  ),

  joinCommunity: onCommunity([CommunityNotFound, AlreadyAMember], (community, _args, context) =>
    context.communities.join({ actor: signedIn(context), ...community }),
  ),

  leaveCommunity: onCommunity([CommunityNotFound, NotAMember, LastOrganiser], (community, _args, context) =>
    context.communities.leave({ actor: signedIn(context), ...community }),
  ),

  approveMembership: onMember("approve", [CommunityNotFound, NotAnOrganiser, NoPendingRequest]),
  declineMembership: onMember("decline", [CommunityNotFound, NotAnOrganiser, NoPendingRequest]),
  removeMember: onMember("removeMember", communityRejections),
  appointOrganiser: onMember("appointOrganiser", [CommunityNotFound, NotAnOrganiser, NotAMember]),
  appointHost: onMember("appointHost", communityRejections),
  revokeRole: onMember("revokeRole", communityRejections),
};

export const communityMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("Community", [
    "FoundCommunityResult",
    "EditCommunityResult",
    "JoinCommunityResult",
    "LeaveCommunityResult",
    "ApproveMembershipResult",
    "DeclineMembershipResult",
    "RemoveMemberResult",
    "AppointOrganiserResult",
    "AppointHostResult",
    "RevokeRoleResult",
  ]),
};
