import { type CommunityModule, partiesOfMembershipStream } from "../community";
import type { EventEnvelope } from "../eventstore/envelope";
import type { Reactor } from "../reactor/reactor";
import type { MeetupModule } from "./commands";
import type { RsvpReleaseReason } from "./events";

export interface MembershipEndedOptions {
  meetups: Pick<MeetupModule, "releaseRsvps">;
  communities: Pick<CommunityModule, "roleOf" | "communitiesOf" | "endErasedMembership">;
  /** `calendarFeedTokens(...)` or `calendarFeedRevocation(...)`: the member's private feed URL ends. */
  feedTokens: { revoke(memberId: string, options?: { actor?: string; causationId?: string }): Promise<void> };
}

/** Who releases the seats, in the meetups' history. */
export const membershipEndedActor = "system:membership-ended";

/**
 * The community and the member of a membership's end: from its membership stream, or from the community
 * stream that recorded memberships before they had streams of their own.
 */
function partiesOf(event: EventEnvelope): { communityId: string; memberId: string } {
  if (event.streamId.startsWith("membership-")) return partiesOfMembershipStream(event.streamId);
  return {
    communityId: event.streamId.slice("community-".length),
    memberId: (event.data as { memberId: string }).memberId,
  };
}

/**
 * When a membership ends, so does what it let the member reach. A member who leaves a community or is
 * removed from it gives back their RSVPs to its meetups still to come (the waitlist moves up, as after a
 * cancellation), and their private calendar feed URL stops answering (their profile gives a new one, of
 * the meetups they may still reach). An erased member gives back every RSVP, in every community they
 * belong to, their feed ends, and so does each of their memberships (a `MemberRemoved` for the erasure).
 *
 * Every release names the event that caused it, and a meetup records the causes it released for, so an
 * event the bus delivers twice releases nothing twice; a revocation finds nothing left to revoke, and a
 * membership ended already ends no more.
 */
export function membershipEndedReactor({
  meetups,
  communities,
  feedTokens,
}: MembershipEndedOptions): Reactor {
  const release = (communityId: string, memberId: string, reason: RsvpReleaseReason, cause: string) =>
    meetups.releaseRsvps({ communityId, memberId, reason, cause, actor: membershipEndedActor });

  return {
    name: "membership-ended",
    eventTypes: ["MemberLeft", "MemberRemoved", "MemberErased"],
    async react(event) {
      switch (event.type) {
        case "MemberLeft":
        case "MemberRemoved": {
          // The erasure that removed the member has released and revoked all there was, as erased.
          if ((event.data as { reason?: string }).reason === "erased") return;
          const { communityId, memberId } = partiesOf(event);
          // Delivered late, after the member joined again: what they hold now is theirs to keep.
          const standing = await communities.roleOf(communityId, memberId);
          if (standing !== null && standing !== "pending") return;
          await release(communityId, memberId, event.type === "MemberLeft" ? "left" : "removed", event.id);
          await feedTokens.revoke(memberId, { actor: membershipEndedActor, causationId: event.id });
          return;
        }
        case "MemberErased": {
          const memberId = event.streamId.slice("member-".length);
          await feedTokens.revoke(memberId, { actor: membershipEndedActor, causationId: event.id });
          const memberships = await communities.communitiesOf(memberId);
          for (const { community, role } of memberships)
            if (role !== "pending") await release(community.id, memberId, "erased", event.id);
          // Ended after the releases, so that a redelivery still finds the communities to release in.
          for (const { community } of memberships)
            await communities.endErasedMembership({
              communityId: community.id,
              memberId,
              actor: membershipEndedActor,
              cause: event.id,
            });
          return;
        }
      }
    },
  };
}
