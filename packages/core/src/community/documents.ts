import type { DocumentKey, IndexKey } from "../documents/document-store";
import type { FoldingProjection, ProjectedDocument, Projection } from "../projection/projection";
import type { CommunityMembership, CommunitySummary } from "./community";
import { type Community, communityDecider, summaryOf } from "./decider";
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

/** The community as its decider sees it, and since when each member holds their standing. */
export interface CommunityProjectionState {
  community: Community;
  since: Record<string, string>;
}

const sinceAfter = (
  since: Record<string, string>,
  event: CommunityEvent,
  at: string,
): Record<string, string> => {
  switch (event.type) {
    case "CommunityFounded":
      return { [event.data.founderId]: event.data.foundedAt };
    case "MemberJoined":
    case "MembershipRequested":
    case "MembershipApproved":
      return { ...since, [event.data.memberId]: at };
    case "MembershipDeclined":
    case "MembershipWithdrawn":
    case "MemberLeft":
    case "MemberRemoved": {
      const { [event.data.memberId]: _gone, ...others } = since;
      return others;
    }
    default:
      return since;
  }
};

/**
 * The community document (found by id, by slug, and in the list of all communities) and one membership
 * document per member or pending request, all owned by the community stream.
 */
export const communitiesProjection: FoldingProjection<CommunityProjectionState> = {
  name: "communities",
  categories: ["community"],
  initialState: { community: communityDecider.initialState, since: {} },
  evolve(state, envelope) {
    const event = envelope as unknown as CommunityEvent;
    return {
      community: communityDecider.evolve(state.community, event),
      since: sinceAfter(state.since, event, envelope.meta.occurredAt),
    };
  },
  documents({ community, since }, streamId) {
    if (community.status !== "founded") return [];
    const communityId = streamId.slice("community-".length);
    const summary = summaryOf(communityId, community);
    const memberships: ProjectedDocument[] = Object.entries(community.members).map(([memberId, role]) => {
      const membership: CommunityMembership = {
        communityId,
        memberId,
        role,
        since: since[memberId] ?? community.foundedAt,
      };
      return {
        key: membershipKey(communityId, memberId),
        body: membership,
        indexes: {
          first: { partition: memberCommunitiesPartition(memberId), sort: communityId },
          second: {
            partition: communityMembersPartition(communityId, role === "pending"),
            sort: membershipListSort(membership),
          },
        },
      };
    });
    return [
      {
        key: communityKey(communityId),
        body: summary,
        indexes: {
          first: slugIndexKey(summary.slug),
          second: { partition: communitiesPartition, sort: communityListSort(summary) },
        },
      },
      ...memberships,
    ];
  },
};

export const communityProjections: readonly Projection[] = [communitiesProjection as Projection];
