import type { CommunityModule } from "../community/index";
import type { EventEnvelope } from "../eventstore/envelope";
import type { Reactor } from "../reactor/reactor";
import type { MeetupModule } from "./commands";
import type { RsvpReleaseReason } from "./events";

export interface MembershipEndedOptions {
  meetups: Pick<MeetupModule, "releaseRsvps">;
  communities: Pick<CommunityModule, "roleOf" | "communitiesOf">;
  /** `calendarFeedTokens(...)` or `calendarFeedRevocation(...)`: an erased member's private feed ends. */
  feedTokens: { revoke(memberId: string, options?: { actor?: string; causationId?: string }): Promise<void> };
}

/** Who releases the seats, in the meetups' history. */
export const membershipEndedActor = "system:membership-ended";

const memberOfEvent = (event: EventEnvelope): string => (event.data as { memberId: string }).memberId;

/**
 * When a membership ends, so does what it let the member reach. A member who leaves a community or is
 * removed from it gives back their RSVPs to its meetups still to come (the waitlist moves up, as after a
 * cancellation); an erased member gives back every RSVP, in every community they belong to, and their
 * private calendar feed stops answering.
 *
 * Every release names the event that caused it, and a meetup records the causes it released for, so an
 * event the bus delivers twice releases nothing twice; a revocation finds nothing left to revoke.
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
          const communityId = event.streamId.slice("community-".length);
          const memberId = memberOfEvent(event);
          // Delivered late, after the member joined again: the RSVPs they hold now are theirs to keep.
          const standing = await communities.roleOf(communityId, memberId);
          if (standing !== null && standing !== "pending") return;
          await release(communityId, memberId, event.type === "MemberLeft" ? "left" : "removed", event.id);
          return;
        }
        case "MemberErased": {
          const memberId = event.streamId.slice("member-".length);
          await feedTokens.revoke(memberId, { actor: membershipEndedActor, causationId: event.id });
          for (const { community, role } of await communities.communitiesOf(memberId))
            if (role !== "pending") await release(community.id, memberId, "erased", event.id);
          return;
        }
      }
    },
  };
}
