import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import { renderMarkdown } from "../text/markdown";
import type { CommunitySummary } from "./community";
import type { CommunityEvent, MembershipEvent } from "./events";

const communityPartition = (communityId: string) => `community#${communityId}`;

export const communityStream = (communityId: string) => `community-${communityId}`;
const communityIdOfStream = (streamId: string) => streamId.slice("community-".length);

/** One member's membership of one community: `membership-<communityId>/<memberId>`. */
export const membershipStream = (communityId: string, memberId: string) =>
  `membership-${communityId}/${memberId}`;

export function partiesOfMembershipStream(streamId: string): { communityId: string; memberId: string } {
  const [communityId = "", memberId = ""] = streamId.slice("membership-".length).split("/");
  return { communityId, memberId };
}

/** What the community document holds: everything of its summary but the member count, a counter of its own. */
export type CommunityProfile = Omit<CommunitySummary, "memberCount" | "descriptionHtml"> & {
  /** Absent from documents projected before descriptions were rendered, and from profiles folded from the stream. */
  descriptionHtml?: string;
};

export const communityKey = (communityId: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: "community",
});

const memberCountSort = "member-count";

/** The community's member count, projected from every membership stream of the community. */
export const memberCountKey = (communityId: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: memberCountSort,
});

/** The `first` index of a community: its slug, so that a slug finds its community. */
export const slugIndexKey = (slug: string): IndexKey => ({
  partition: `community-slug#${slug}`,
  sort: "community",
});

/** The partition of the `second` index that lists every community. */
export const communitiesPartition = "communities";

/** Communities are listed by name, case aside; the id keeps two of one name apart. */
export const communityListSort = (community: Pick<CommunitySummary, "id" | "name">): string =>
  `${community.name.toLowerCase()}#${community.id}`;

/** One of the community's tags, beside the community: in the list of the communities with that tag. */
export const communityTagKey = (communityId: string, tag: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: `${communityTagSortPrefix}${tag}`,
});

const communityTagSortPrefix = "tag#";

/**
 * The partition of the `first` index that lists the communities with one tag, by id. Communities projected
 * before this index existed get it from `pnpm cli rebuild`, or at their next change of details.
 */
export const taggedCommunitiesPartition = (tag: string) => `tagged-communities#${tag}`;

/** What a tag document holds: enough to list its community under the tag. */
export interface CommunityTagDocument {
  communityId: string;
  tag: string;
}

/** A membership lives in its community's partition, beside the community. */
export const membershipKey = (communityId: string, memberId: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: `member#${memberId}`,
});

/** Where the community stream projected memberships before they had streams of their own. */
const legacyMembershipSortPrefix = "membership#";

/** The `first` index of a membership: every community of one member. */
export const memberCommunitiesPartition = (memberId: string) => `member-communities#${memberId}`;

/**
 * The `second` index of a membership: a community's members, or its pending requests (a list of their
 * own, so that organisers read them without paging past every member), oldest first.
 */
export const communityMembersPartition = (communityId: string, pending: boolean) =>
  `${pending ? "community-requests" : "community-members"}#${communityId}`;

export const membershipListSort = (membership: Pick<MembershipDocument, "since" | "memberId">): string =>
  `${membership.since}#${membership.memberId}`;

/** One membership, as its stream projects it; the role its member holds is the community document's. */
export interface MembershipDocument {
  communityId: string;
  memberId: string;
  standing: "member" | "pending";
  /** When they joined, were approved or asked to join (pending). */
  since: string;
}

type CommunityEnvelope = EnvelopeOf<CommunityEvent>;

const without = (memberIds: readonly string[], memberId: string) => memberIds.filter((id) => id !== memberId);

/**
 * The community's profile after the event. A role that changes moves its member to the end of its role's
 * list, as the decider's record of roles orders them; a membership that ended (recorded in the community
 * stream by an older Meetstream) took its role along.
 */
function profileAfter(
  profile: CommunityProfile | undefined,
  event: CommunityEnvelope,
): CommunityProfile | undefined {
  if (event.type === "CommunityFounded") {
    const { name, slug, description, tags, joinMode, founderId, foundedAt } = event.data;
    const id = communityIdOfStream(event.streamId);
    const descriptionHtml = renderMarkdown(description);
    const roles = { organiserIds: [founderId], hostIds: [] };
    return { id, name, slug, description, descriptionHtml, tags, joinMode, ...roles, foundedAt };
  }
  if (!profile) return undefined;
  switch (event.type) {
    case "CommunityDetailsChanged": {
      const { name, slug, description, tags, joinMode } = event.data;
      return {
        ...profile,
        name,
        slug,
        description,
        descriptionHtml: renderMarkdown(description),
        tags,
        joinMode,
      };
    }
    case "MembershipsMovedOut":
    case "MemberJoined":
    case "MembershipRequested":
    case "MembershipApproved":
      return undefined;
    default: {
      const { memberId } = event.data;
      const organiserIds = without(profile.organiserIds, memberId);
      const hostIds = without(profile.hostIds, memberId);
      if (event.type === "OrganiserAppointed") organiserIds.push(memberId);
      if (event.type === "HostAppointed") hostIds.push(memberId);
      const next = { ...profile, organiserIds, hostIds };
      return JSON.stringify(next) === JSON.stringify(profile) ? undefined : next;
    }
  }
}

/** The community document: found by id, by slug, and in the list of all communities. */
const communityDocuments: DocumentKind<CommunityEvent, CommunityProfile & { memberCount?: number }> = {
  touches: (event) => [communityKey(communityIdOfStream(event.streamId))],
  evolve({ body }, event) {
    // The count a community document of an older Meetstream held is the member-count counter's now.
    const { memberCount: _counted, ...profile } = body ?? { memberCount: undefined };
    const next = profileAfter(body ? (profile as CommunityProfile) : undefined, event);
    if (!next) return { type: "unchanged" };
    return {
      type: "upsert",
      body: next,
      indexes: {
        first: slugIndexKey(next.slug),
        second: { partition: communitiesPartition, sort: communityListSort(next) },
      },
    };
  },
};

/**
 * One document per tag a community has, so that a tag finds its communities without reading every
 * community: the details name every tag, so a tag they no longer name loses its document.
 */
const communityTagDocuments: DocumentKind<CommunityEvent, CommunityTagDocument> = {
  touches(event) {
    if (event.type !== "CommunityFounded" && event.type !== "CommunityDetailsChanged") return [];
    const communityId = communityIdOfStream(event.streamId);
    return [
      ...event.data.tags.map((tag) => communityTagKey(communityId, tag)),
      { partition: communityPartition(communityId), beginsWith: communityTagSortPrefix },
    ];
  },
  evolve({ key, body }, event) {
    if (event.type !== "CommunityFounded" && event.type !== "CommunityDetailsChanged")
      return { type: "unchanged" };
    const tag = key.sort.slice(communityTagSortPrefix.length);
    if (!event.data.tags.includes(tag)) return body ? { type: "delete" } : { type: "unchanged" };
    const communityId = communityIdOfStream(event.streamId);
    return {
      type: "upsert",
      body: { communityId, tag },
      indexes: { first: { partition: taggedCommunitiesPartition(tag), sort: communityId } },
    };
  },
};

/**
 * The membership documents an older Meetstream projected from the community stream: gone once those
 * memberships were carried over to streams of their own, which project them anew.
 */
const legacyMembershipDocuments: DocumentKind<CommunityEvent> = {
  touches: (event) =>
    event.type === "MembershipsMovedOut"
      ? [
          {
            partition: communityPartition(communityIdOfStream(event.streamId)),
            beginsWith: legacyMembershipSortPrefix,
          },
        ]
      : [],
  evolve: () => ({ type: "delete" }),
};

/** The community stream's documents: its profile, its tags (and the removal of memberships it once projected). */
export const communitiesProjection: DocumentProjection<CommunityEvent> = {
  name: "communities",
  categories: ["community"],
  kinds: [communityDocuments, communityTagDocuments, legacyMembershipDocuments],
};

type MembershipEnvelope = EnvelopeOf<MembershipEvent>;

/** The membership's standing after the event; null when it ends. */
const standingAfter = (event: MembershipEnvelope): MembershipDocument["standing"] | null => {
  switch (event.type) {
    case "MemberJoined":
    case "MembershipApproved":
      return "member";
    case "MembershipRequested":
      return "pending";
    case "MembershipCarriedOver":
      return event.data.standing;
    case "MembershipDeclined":
    case "MembershipWithdrawn":
    case "MemberLeft":
    case "MemberRemoved":
      return null;
  }
};

/** One membership document per member or pending request, beside the community; members count. */
const membershipDocuments: DocumentKind<MembershipEvent, MembershipDocument> = {
  touches(event) {
    const { communityId, memberId } = partiesOfMembershipStream(event.streamId);
    return [membershipKey(communityId, memberId)];
  },
  evolve(_document, event) {
    const standing = standingAfter(event);
    if (standing === null) return { type: "delete" };
    const { communityId, memberId } = partiesOfMembershipStream(event.streamId);
    const since = event.type === "MembershipCarriedOver" ? event.data.since : event.meta.occurredAt;
    const membership: MembershipDocument = { communityId, memberId, standing, since };
    return {
      type: "upsert",
      body: membership,
      indexes: {
        first: { partition: memberCommunitiesPartition(memberId), sort: communityId },
        second: {
          partition: communityMembersPartition(communityId, standing === "pending"),
          sort: membershipListSort(membership),
        },
      },
    };
  },
  counter: {
    // The membership's partition is its community's.
    key: (membership) => ({ partition: membership.partition, sort: memberCountSort }),
    value: (membership) => (membership.standing === "member" ? 1 : 0),
  },
};

/**
 * A membership stream's document: written by each of its events, whatever the community's size; the
 * member count follows it as a projected counter (`projected-counter.ts`).
 */
export const membershipsProjection: DocumentProjection<MembershipEvent> = {
  name: "memberships",
  categories: ["membership"],
  kinds: [membershipDocuments],
};

export const communityProjections: readonly Projection[] = [
  communitiesProjection as Projection,
  membershipsProjection as Projection,
];
