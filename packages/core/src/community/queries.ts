import { fold } from "../decider/decider";
import type { DocumentStore } from "../documents/document-store";
import { listCursor } from "../documents/list-cursor";
import { checkLimit, getMany, maximumLimit, type Page, pageOf } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { CommunityMembership, CommunityRole, CommunityStanding, CommunitySummary } from "./community";
import { isSlug } from "./community-input";
import {
  type CommunityProfile,
  communitiesPartition,
  communityKey,
  communityListSort,
  communityMembersPartition,
  type MembershipDocument,
  memberCommunitiesPartition,
  membershipKey,
  slugIndexKey,
} from "./documents";
import { NotAnOrganiser } from "./errors";
import { withMemberCounts } from "./member-counts";
import { slugReservationDecider, slugStream } from "./slug-reservation";

export interface CommunityQueriesOptions {
  store: EventStore;
  documents: DocumentStore;
  /** The viewer's standing, from the community's and the membership's streams (strongly consistent). */
  roles: { roleOf(communityId: string, memberId: string): Promise<CommunityStanding | null> };
}

/**
 * Every read of the community context, each with its rule about who sees what. The viewer is the member
 * who reads (undefined for a visitor); a read someone may not make throws `NotAnOrganiser`.
 */
export interface CommunityQueries {
  /** From documents: public. */
  byId(communityId: string): Promise<CommunitySummary | undefined>;
  /** From documents, in one read: for batching. */
  byIds(communityIds: readonly string[]): Promise<(CommunitySummary | undefined)[]>;
  /** From documents: public. */
  bySlug(slug: string): Promise<CommunitySummary | undefined>;
  /** Every community, by name: public. */
  list(page?: Page): Promise<{ communities: CommunitySummary[]; cursor?: string }>;
  /** The cursor that starts a `list` page after this community. */
  listCursorOf(community: Pick<CommunitySummary, "id" | "name">): string;
  /** The viewer's standing in each of many communities, from documents, in one read: for batching. Null for a visitor. */
  standingsOf(
    viewerId: string | undefined,
    communityIds: readonly string[],
  ): Promise<(CommunityStanding | null)[]>;
  /**
   * A community's members (every role), for anyone; with `pending`, its pending requests, for its
   * organisers and hosts only. Oldest first.
   */
  membersOf(
    communityId: string,
    viewerId: string | undefined,
    page?: Page & { pending?: boolean },
  ): Promise<{ members: (CommunityMembership & { cursor: string })[]; cursor?: string }>;
  /** Every community the viewer belongs to or asked to join, from documents; none for a visitor. */
  communitiesOf(
    viewerId: string | undefined,
  ): Promise<{ community: CommunitySummary; role: CommunityRole | "pending" }[]>;
  /** The communities the viewer organises, from documents; none for a visitor. */
  organisedBy(viewerId: string | undefined): Promise<CommunitySummary[]>;
  /**
   * Communities to suggest the viewer joins: those they neither belong to nor asked to join, most members
   * first, up to `limit` (1 to 100). Public: a visitor is suggested the largest ones.
   */
  suggestedFor(viewerId: string | undefined, limit: number): Promise<CommunitySummary[]>;
}

/** A member's role as the community's profile tells it, for their membership document. */
function roleIn(profile: CommunityProfile | undefined, membership: MembershipDocument): CommunityStanding {
  if (membership.standing === "pending") return "pending";
  if (profile?.organiserIds.includes(membership.memberId)) return "organiser";
  if (profile?.hostIds.includes(membership.memberId)) return "host";
  return "member";
}

const membershipOf = (
  profile: CommunityProfile | undefined,
  membership: MembershipDocument,
): CommunityMembership => ({
  communityId: membership.communityId,
  memberId: membership.memberId,
  role: roleIn(profile, membership),
  since: membership.since,
});

export function communityQueries({ store, documents, roles }: CommunityQueriesOptions): CommunityQueries {
  async function byIds(communityIds: readonly string[]): Promise<(CommunitySummary | undefined)[]> {
    const valid = [...new Set(communityIds.filter(isUuid))];
    const profiles = await getMany<CommunityProfile>(documents, valid.map(communityKey));
    const found = new Map<string, CommunitySummary>();
    const summaries = await withMemberCounts(
      documents,
      profiles.flatMap((profile) => (profile ? [profile] : [])),
    );
    for (const summary of summaries) found.set(summary.id, summary);
    return communityIds.map((communityId) => found.get(communityId));
  }

  /** Pending requests are for the community's organisers and hosts. */
  async function assertManages(communityId: string, viewerId: string | undefined): Promise<void> {
    const standing = typeof viewerId === "string" ? await roles.roleOf(communityId, viewerId) : null;
    if (standing !== "organiser" && standing !== "host")
      throw new NotAnOrganiser(communityId, String(viewerId));
  }

  async function communitiesOf(viewerId: string | undefined) {
    if (typeof viewerId !== "string" || !isUuid(viewerId)) return [];
    const memberships: MembershipDocument[] = [];
    let cursor: string | undefined;
    do {
      const page = await documents.query<MembershipDocument>("first", {
        partition: memberCommunitiesPartition(viewerId),
        limit: 1000,
        cursor,
      });
      for (const document of page.documents) if (document.body) memberships.push(document.body);
      cursor = page.cursor;
    } while (cursor);
    const summaries = await byIds(memberships.map((membership) => membership.communityId));
    return memberships.flatMap((membership, position) => {
      const community = summaries[position];
      return community ? [{ community, role: roleIn(community, membership) }] : [];
    });
  }

  return {
    async byId(communityId) {
      return (await byIds([communityId]))[0];
    },

    byIds,

    async bySlug(slug) {
      const wanted = typeof slug === "string" ? slug.trim().toLowerCase() : "";
      if (!isSlug(wanted)) return undefined;
      const { documents: named } = await documents.query<CommunityProfile>("first", {
        partition: slugIndexKey(wanted).partition,
        limit: 10,
      });
      const live = named.flatMap((document) => (document.body?.slug === wanted ? [document.body] : []));
      if (live.length <= 1) return live[0] && (await withMemberCounts(documents, live))[0];
      // A slug released a moment ago may still show on its old community until that is projected again:
      // the reservation stream says whose it is now.
      const holder = fold(
        slugReservationDecider,
        (await store.readStream(slugStream(wanted))) as never[],
      ).holder;
      const held = live.find((community) => community.id === holder);
      return held && (await withMemberCounts(documents, [held]))[0];
    },

    async list(page) {
      const { rows, cursor } = await pageOf<CommunityProfile>(
        documents,
        { index: "second", partition: communitiesPartition },
        page,
      );
      const communities = await withMemberCounts(
        documents,
        rows.map((row) => row.body),
      );
      return { communities, ...(cursor ? { cursor } : {}) };
    },

    listCursorOf: (community) => listCursor(communityListSort(community)),

    async standingsOf(viewerId, communityIds) {
      if (typeof viewerId !== "string" || !isUuid(viewerId)) return communityIds.map(() => null);
      const valid = [...new Set(communityIds.filter(isUuid))];
      const [profiles, memberships] = await Promise.all([
        getMany<CommunityProfile>(documents, valid.map(communityKey)),
        getMany<MembershipDocument>(
          documents,
          valid.map((communityId) => membershipKey(communityId, viewerId)),
        ),
      ]);
      const found = new Map<string, CommunityStanding>();
      memberships.forEach((membership, position) => {
        if (membership) found.set(membership.communityId, roleIn(profiles[position], membership));
      });
      return communityIds.map((communityId) => found.get(communityId) ?? null);
    },

    async membersOf(communityId, viewerId, page = {}) {
      if (!isUuid(communityId)) return { members: [] };
      const pending = page.pending === true;
      if (pending) await assertManages(communityId, viewerId);
      const [{ rows, cursor }, profile] = await Promise.all([
        pageOf<MembershipDocument>(
          documents,
          { index: "second", partition: communityMembersPartition(communityId, pending) },
          page,
        ),
        documents.get<CommunityProfile>(communityKey(communityId)),
      ]);
      return {
        members: rows.map((row) => ({
          ...membershipOf(profile?.body ?? undefined, row.body),
          cursor: listCursor(row.sort),
        })),
        ...(cursor ? { cursor } : {}),
      };
    },

    communitiesOf,

    async suggestedFor(viewerId, limit) {
      checkLimit(limit);
      // The first hundred by name are one read: enough to choose a few from, however many communities there are.
      const [{ rows }, own] = await Promise.all([
        pageOf<CommunityProfile>(
          documents,
          { index: "second", partition: communitiesPartition },
          { limit: maximumLimit },
        ),
        communitiesOf(viewerId),
      ]);
      const joined = new Set(own.map(({ community }) => community.id));
      const candidates = rows.map((row) => row.body).filter((community) => !joined.has(community.id));
      return (await withMemberCounts(documents, candidates))
        .sort((one, other) => other.memberCount - one.memberCount)
        .slice(0, limit);
    },

    async organisedBy(viewerId) {
      return (await communitiesOf(viewerId)).flatMap(({ community, role }) =>
        role === "organiser" ? [community] : [],
      );
    },
  };
}
