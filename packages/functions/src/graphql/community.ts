import type { CommunityMembership, CommunitySummary } from "@meetstream/core/community";
import { singleLineText } from "@meetstream/core/validation/text";
import * as z from "@meetstream/core/validation/zod";
import { checkedArguments } from "./arguments";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { type Me, memberOf, membersOf } from "./member";
import { nullWhenRefused } from "./refused-reads";
import { connection, forwardPage, globalIdOf, type PageArguments } from "./relay";
import type {
  CommunityMembershipResolvers,
  CommunityResolvers,
  MeResolvers,
  QueryResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

const membership: CommunityMembershipResolvers<GraphqlContext, CommunityMembership> = { member: memberOf };

const community: CommunityResolvers<GraphqlContext, CommunitySummary> = {
  id: (community) => globalIdOf("Community", community.id),
  organisers: (community, _arguments, context) => membersOf(community.organiserIds, context),
  hosts: (community, _arguments, context) => membersOf(community.hostIds, context),
  viewerRole: async (community, _arguments, { viewerStanding }) => viewerStanding.load(community.id),
  // Pending requests are for organisers and hosts only (core decides): anyone else gets null, not an empty page.
  members: async (community, args: PageArguments & { pending?: boolean | null }, { viewer, communities }) => {
    const page = forwardPage(args);
    const found = await nullWhenRefused(
      communities.membersOf(community.id, viewer?.memberId, { ...page, pending: args.pending === true }),
    );
    if (!found) return null;
    const { members, cursor } = found;
    return connection(
      members.map((member) => ({ cursor: member.cursor, node: member })),
      cursor,
    );
  },
};

/** Lists prime the loader: a community read in a list is not read again by id in the same request. */
function prime(communities: readonly CommunitySummary[], { communityById }: GraphqlContext): void {
  for (const community of communities) communityById.prime(community.id, community);
}

const suggestionArguments = z.object({
  first: z.pipe(
    z.optional(
      z.nullable(z.int().check(z.gte(1, "must be from 1 to 20"), z.lte(20, "must be from 1 to 20"))),
    ),
    z.transform((first) => first ?? 6),
  ),
});

const me: MeResolvers<GraphqlContext, Me> = {
  communities: async (me, _arguments, context) => {
    const mine = await context.communities.communitiesOf(me.member.id);
    prime(
      mine.map(({ community }) => community),
      context,
    );
    return mine.sort((left, right) => left.community.name.localeCompare(right.community.name));
  },
  suggestedCommunities: async (me, args: { first?: number | null }, context) => {
    const { first } = checkedArguments(suggestionArguments, args);
    const suggested = await context.communities.suggestedFor(me.member.id, first);
    prime(suggested, context);
    return suggested;
  },
  organises: async (me, _arguments, context) => {
    const organised = await context.communities.organisedBy(me.member.id);
    prime(organised, context);
    return organised.sort((left, right) => left.name.localeCompare(right.name));
  },
};

const slugArgument = z.object({ slug: singleLineText().check(z.minLength(1), z.maxLength(100)) });

const query: QueryResolvers<GraphqlContext> = {
  community: async (_root, args: { slug: string }, { communities, communityById }) => {
    const { slug } = checkedArguments(slugArgument, args);
    const community = await communities.bySlug(slug);
    if (community) communityById.prime(community.id, community);
    return community ?? null;
  },
  communities: async (_root, args: PageArguments, { communities, communityById }) => {
    const page = forwardPage(args);
    const { communities: found, cursor } = await communities.list(page);
    for (const community of found) communityById.prime(community.id, community);
    return connection(
      found.map((community) => ({ cursor: communities.listCursorOf(community), node: community })),
      cursor,
    );
  },
};

export const communityResolvers: ContextResolvers = {
  CommunityRole: internalEnumValues.CommunityRole,
  JoinMode: internalEnumValues.JoinMode,
  Community: community,
  CommunityMembership: membership,
  Me: me,
  Query: query,
};
