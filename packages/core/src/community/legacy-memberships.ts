import type { EventEnvelope } from "../eventstore/envelope";
import type { CommunityEvent } from "./events";

/** A membership as a community stream recorded it before memberships had streams of their own. */
export interface LegacyMembership {
  memberId: string;
  standing: "member" | "pending";
  /** When they joined, were approved, asked to join, or founded the community. */
  since: string;
}

/**
 * The memberships a community stream written by an older Meetstream holds, as they stand at its end, in
 * the order they came (a standing that changed moves its member to the end, as that code kept them). Roles
 * are not memberships: they stay in the community stream, where the community decider keeps them.
 */
export function legacyMemberships(events: readonly EventEnvelope[]): LegacyMembership[] {
  const memberships = new Map<string, LegacyMembership>();
  const set = (memberId: string, standing: "member" | "pending", since: string) => {
    memberships.delete(memberId);
    memberships.set(memberId, { memberId, standing, since });
  };
  for (const envelope of events) {
    const event = envelope as EventEnvelope & CommunityEvent;
    switch (event.type) {
      case "CommunityFounded":
        set(event.data.founderId, "member", event.data.foundedAt);
        break;
      case "MemberJoined":
      case "MembershipApproved":
        set(event.data.memberId, "member", event.meta.occurredAt);
        break;
      case "MembershipRequested":
        set(event.data.memberId, "pending", event.meta.occurredAt);
        break;
      case "MembershipDeclined":
      case "MembershipWithdrawn":
      case "MemberLeft":
      case "MemberRemoved":
        memberships.delete(event.data.memberId);
        break;
      default:
        break;
    }
  }
  return [...memberships.values()];
}
