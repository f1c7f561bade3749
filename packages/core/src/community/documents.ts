import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import type { CommunityMembership, CommunityStanding, CommunitySummary } from "./community";
import type { CommunityEvent } from "./events";

const communityPartition = (communityId: string) => `community#${communityId}`;

export const communityKey = (communityId: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: "community",
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

/** A membership lives in its community's partition, beside the community. */
export const membershipKey = (communityId: string, memberId: string): DocumentKey => ({
  partition: communityPartition(communityId),
  sort: `membership#${memberId}`,
});

/** The `first` index of a membership: every community of one member. */
export const memberCommunitiesPartition = (memberId: string) => `member-communities#${memberId}`;

/**
 * The `second` index of a membership: a community's members, or its pending requests (a list of their
 * own, so that organisers read them without paging past every member), oldest first.
 */
export const communityMembersPartition = (communityId: string, pending: boolean) =>
  `${pending ? "community-requests" : "community-members"}#${communityId}`;

export const membershipListSort = (membership: Pick<CommunityMembership, "since" | "memberId">): string =>
  `${membership.since}#${membership.memberId}`;

const communityIdOf = (streamId: string) => streamId.slice("community-".length);

type CommunityEnvelope = EnvelopeOf<CommunityEvent>;

/** The member an event is about: every event but founding and new details names one. */
const memberOf = (event: CommunityEnvelope): string | undefined => {
  switch (event.type) {
    case "CommunityFounded":
      return event.data.founderId;
    case "CommunityDetailsChanged":
      return undefined;
    default:
      return event.data.memberId;
  }
};

const without = (memberIds: readonly string[], memberId: string) => memberIds.filter((id) => id !== memberId);

const counts = (standing: CommunityStanding | null | undefined) =>
  standing !== null && standing !== undefined && standing !== "pending";

/**
 * The community's summary after the event, from the summary and the member's membership before it. A
 * standing that changes moves its member to the end of its role's list, as the decider's record of
 * standings orders them; the count follows whether the member counted before and counts after, so a
 * removed request (an erasure ends those too) takes nobody from it.
 */
function summaryAfter(
  summary: CommunitySummary | undefined,
  event: CommunityEnvelope,
  membership: CommunityMembership | undefined,
): CommunitySummary | undefined {
  if (event.type === "CommunityFounded") {
    const { name, slug, description, tags, joinMode, founderId, foundedAt } = event.data;
    const id = communityIdOf(event.streamId);
    return {
      id,
      name,
      slug,
      description,
      tags,
      joinMode,
      memberCount: 1,
      organiserIds: [founderId],
      hostIds: [],
      foundedAt,
    };
  }
  if (!summary) return undefined;
  if (event.type === "CommunityDetailsChanged") {
    const { name, slug, description, tags, joinMode } = event.data;
    return { ...summary, name, slug, description, tags, joinMode };
  }
  const { memberId } = event.data;
  const standing = standingAfter(event);
  const memberCount = summary.memberCount + Number(counts(standing)) - Number(counts(membership?.role));
  const organiserIds = without(summary.organiserIds, memberId);
  const hostIds = without(summary.hostIds, memberId);
  if (standing === "organiser") organiserIds.push(memberId);
  if (standing === "host") hostIds.push(memberId);
  const next = { ...summary, memberCount, organiserIds, hostIds };
  return JSON.stringify(next) === JSON.stringify(summary) ? undefined : next;
}

/** The community document: found by id, by slug, and in the list of all communities. */
const communityDocuments: DocumentKind<CommunityEvent, CommunitySummary> = {
  touches: (event) => [communityKey(communityIdOf(event.streamId))],
  evolve({ body }, event, touched) {
    const memberId = memberOf(event);
    const membership =
      memberId === undefined
        ? undefined
        : touched.get<CommunityMembership>(membershipKey(communityIdOf(event.streamId), memberId));
    const summary = summaryAfter(body, event, membership);
    if (!summary) return { type: "unchanged" };
    return {
      type: "upsert",
      body: summary,
      indexes: {
        first: slugIndexKey(summary.slug),
        second: { partition: communitiesPartition, sort: communityListSort(summary) },
      },
    };
  },
};

/** The standing the event gives its member; null when it ends their membership or request. */
const standingAfter = (event: CommunityEnvelope): CommunityStanding | null | undefined => {
  switch (event.type) {
    case "CommunityFounded":
    case "OrganiserAppointed":
      return "organiser";
    case "HostAppointed":
      return "host";
    case "RoleRevoked":
    case "MemberJoined":
    case "MembershipApproved":
      return "member";
    case "MembershipRequested":
      return "pending";
    case "MembershipDeclined":
    case "MembershipWithdrawn":
    case "MemberLeft":
    case "MemberRemoved":
      return null;
    case "CommunityDetailsChanged":
      return undefined;
  }
};

/** One membership document per member or pending request, beside the community. */
const membershipDocuments: DocumentKind<CommunityEvent, CommunityMembership> = {
  touches(event) {
    const memberId = memberOf(event);
    return memberId === undefined ? [] : [membershipKey(communityIdOf(event.streamId), memberId)];
  },
  evolve({ body }, event) {
    const memberId = memberOf(event);
    const role = standingAfter(event);
    if (memberId === undefined || role === undefined) return { type: "unchanged" };
    if (role === null) return { type: "delete" };
    const communityId = communityIdOf(event.streamId);
    // A role changes a member's standing, not since when they have held a place in the community.
    const since =
      event.type === "CommunityFounded"
        ? event.data.foundedAt
        : event.type === "MemberJoined" ||
            event.type === "MembershipRequested" ||
            event.type === "MembershipApproved"
          ? event.meta.occurredAt
          : (body?.since ?? event.meta.occurredAt);
    const membership: CommunityMembership = { communityId, memberId, role, since };
    return {
      type: "upsert",
      body: membership,
      indexes: {
        first: { partition: memberCommunitiesPartition(memberId), sort: communityId },
        second: {
          partition: communityMembersPartition(communityId, role === "pending"),
          sort: membershipListSort(membership),
        },
      },
    };
  },
};

/**
 * The community document and one membership document per member or pending request, all owned by the
 * community stream: a join writes its membership and the community's count, whatever the community's size.
 */
export const communitiesProjection: DocumentProjection<CommunityEvent> = {
  name: "communities",
  categories: ["community"],
  kinds: [communityDocuments, membershipDocuments],
};

export const communityProjections: readonly Projection[] = [communitiesProjection];
