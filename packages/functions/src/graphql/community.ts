import type {
  CommunityMembership,
  CommunityStanding,
  CommunitySummary,
} from "@meetstream/core/community/index";
import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";
import { builder } from "./builder";
import type { GraphqlContext } from "./context";
import { MemberRef, MeRef } from "./member";

export const CommunityRoleEnum = builder.enumType("CommunityRole", {
  description:
    "A member's standing in a community: a role, or a request to join that waits for an organiser.",
  values: {
    ORGANISER: { value: "organiser", description: "Runs the community: everything." },
    HOST: { value: "host", description: "Checks people in at meetups and sees their attendee lists." },
    MEMBER: { value: "member" },
    PENDING: { value: "pending", description: "Asked to join; an organiser approves or declines." },
  } as const,
});

export const JoinModeEnum = builder.enumType("JoinMode", {
  values: {
    OPEN: { value: "open", description: "Whoever joins is a member at once." },
    APPROVAL: { value: "approval", description: "An organiser approves every request to join." },
  } as const,
});

export const CommunityRef = builder.objectRef<CommunitySummary>("Community");

const MembershipRef = builder.objectRef<CommunityMembership>("CommunityMembership").implement({
  description: "One member's place in a community.",
  fields: (t) => ({
    member: t.field({
      type: MemberRef,
      nullable: true,
      description: "Null only for a moment after a new member signs up.",
      resolve: async (membership, _arguments, { memberById }) =>
        (await memberById.load(membership.memberId)) ?? null,
    }),
    role: t.field({ type: CommunityRoleEnum, resolve: (membership) => membership.role }),
    since: t.exposeString("since", {
      description: "When they joined, were approved, or asked to join (pending).",
    }),
  }),
});

const maximumPage = 100;

/** Connections page forward only: `last` and `before` are refused rather than ignored. */
export function forwardPage(args: {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}) {
  if (args.last != null || args.before != null)
    throw new GraphQLError("Only forward paging (first, after) is supported.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > maximumPage)
    throw new GraphQLError(`first must be from 1 to ${maximumPage}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  return { limit: first, cursor: args.after ?? undefined };
}

export const connection = <Node>(edges: { cursor: string; node: Node }[], endCursor: string | undefined) => ({
  edges,
  pageInfo: {
    hasNextPage: endCursor !== undefined,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  },
});

/** Whether the viewer organises or hosts the community, read from its stream: it guards what they see. */
async function mayManage(
  community: CommunitySummary,
  { viewer, communities }: GraphqlContext,
): Promise<boolean> {
  if (!viewer) return false;
  const standing = await communities.roleOf(community.id, viewer.memberId);
  return standing === "organiser" || standing === "host";
}

builder.node(CommunityRef, {
  description: "A community: its members, organisers and hosts, and (soon) its meetups.",
  id: { resolve: (community) => community.id },
  loadWithoutCache: (id, context) => context.communityById.load(id),
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Unique; the community's address, e.g. /c/rust-berlin." }),
    name: t.exposeString("name"),
    description: t.exposeString("description", { description: "Markdown source, for the client to render." }),
    tags: t.exposeStringList("tags"),
    joinMode: t.field({ type: JoinModeEnum, resolve: (community) => community.joinMode }),
    memberCount: t.exposeInt("memberCount", {
      description: "Members of every role; pending requests do not count.",
    }),
    foundedAt: t.exposeString("foundedAt", { description: "ISO-8601 instant in UTC." }),
    organisers: t.field({
      type: [MemberRef],
      resolve: async (community, _arguments, { memberById }) =>
        (await memberById.loadMany(community.organiserIds)).flatMap((member) =>
          member && !(member instanceof Error) ? [member] : [],
        ),
    }),
    hosts: t.field({
      type: [MemberRef],
      resolve: async (community, _arguments, { memberById }) =>
        (await memberById.loadMany(community.hostIds)).flatMap((member) =>
          member && !(member instanceof Error) ? [member] : [],
        ),
    }),
    viewerRole: t.field({
      type: CommunityRoleEnum,
      nullable: true,
      description: "The signed-in member's standing here; null when anonymous or not a member.",
      resolve: async (community, _arguments, { viewerStanding }) => viewerStanding.load(community.id),
    }),
    members: t.connection({
      type: MembershipRef,
      nullable: true,
      description:
        "Members of every role, oldest first; with `pending`, the requests waiting for approval, which only organisers and hosts see (null for anyone else).",
      args: { pending: t.arg.boolean({ defaultValue: false }) },
      resolve: async (community, args, context) => {
        const page = forwardPage(args);
        if (args.pending && !(await mayManage(community, context))) return null;
        const { members, cursor } = await context.communities.membersOf(community.id, {
          ...page,
          pending: args.pending === true,
        });
        return connection(
          members.map((member) => ({ cursor: member.cursor, node: member })),
          cursor,
        );
      },
    }),
  }),
});

interface MyCommunity {
  community: CommunitySummary;
  role: CommunityStanding;
}

const MyCommunityRef = builder.objectRef<MyCommunity>("MyCommunity").implement({
  description: "A community the signed-in member organises, hosts, belongs to or asked to join.",
  fields: (t) => ({
    community: t.field({ type: CommunityRef, resolve: (mine) => mine.community }),
    role: t.field({ type: CommunityRoleEnum, resolve: (mine) => mine.role }),
  }),
});

async function myCommunities(memberId: string, { communities, communityById }: GraphqlContext) {
  const mine = await communities.communitiesOf(memberId);
  for (const { community } of mine) communityById.prime(community.id, community);
  return mine;
}

builder.objectFields(MeRef, (t) => ({
  communities: t.field({
    type: [MyCommunityRef],
    description: "Every community I organise, host, belong to or asked to join, by name.",
    resolve: async (me, _arguments, context) =>
      (await myCommunities(me.member.id, context)).sort((left, right) =>
        left.community.name.localeCompare(right.community.name),
      ),
  }),
  organises: t.field({
    type: [CommunityRef],
    description: "The communities I organise: the organiser console is for them.",
    resolve: async (me, _arguments, context) =>
      (await myCommunities(me.member.id, context))
        .filter((mine) => mine.role === "organiser")
        .map((mine) => mine.community)
        .sort((left, right) => left.name.localeCompare(right.name)),
  }),
}));

builder.queryFields((t) => ({
  community: t.field({
    type: CommunityRef,
    nullable: true,
    description: "The community with this slug, if any.",
    args: {
      slug: t.arg.string({ required: true, validate: z.string().check(z.minLength(1), z.maxLength(100)) }),
    },
    resolve: async (_root, { slug }, { communities, communityById }) => {
      const community = await communities.bySlug(slug);
      if (community) communityById.prime(community.id, community);
      return community ?? null;
    },
  }),

  communities: t.connection({
    type: CommunityRef,
    description: "Every community, by name.",
    resolve: async (_root, args, { communities, communityById }) => {
      const page = forwardPage(args);
      const { communities: found, cursor } = await communities.list(page);
      for (const community of found) communityById.prime(community.id, community);
      return connection(
        found.map((community) => ({ cursor: communities.listCursorOf(community), node: community })),
        cursor,
      );
    },
  }),
}));
