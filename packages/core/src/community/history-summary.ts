import { localTimeOf } from "../clock/local-time";
import type { EnvelopeOf } from "../projection/projection";
import type { CommunityEvent } from "./events";

/** One change of a community's own stream, as its history shows it. */
export interface CommunityHistoryEntry {
  /** The stream the change is in: `community-<id>`. */
  streamId: string;
  version: number;
  type: CommunityEvent["type"];
  /** Who did it. */
  actor: string;
  occurredAt: string;
  /** When it happened, in the community's time zone, e.g. "24 Dec 2026, 17:30 CET". */
  localTime: string;
  timeZone: string;
  /** Plain words, members by name. */
  summary: string;
  /** Only promotions have a cause; no change of a community is one. */
  causeVersion: null;
}

/**
 * The history of a community's own stream, oldest first. A community has no time zone of its own: the
 * caller gives the one its meetups are held in.
 */
export function communityHistoryOf(
  events: readonly EnvelopeOf<CommunityEvent>[],
  nameOf: (memberId: string) => string | undefined,
  timeZone: string,
): CommunityHistoryEntry[] {
  return events.map((event) => {
    const summary = wordsFor(event, nameOf);
    return {
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      actor: event.meta.actor,
      occurredAt: event.meta.occurredAt,
      localTime: localTimeOf(event.meta.occurredAt, timeZone),
      timeZone,
      summary: summary.charAt(0).toUpperCase() + summary.slice(1),
      causeVersion: null,
    };
  });
}

function wordsFor(event: EnvelopeOf<CommunityEvent>, nameOf: (memberId: string) => string | undefined) {
  const member = (memberId: string) => nameOf(memberId) ?? "a member";
  // Reactors act as "system:<what>": Meetstream did it.
  const who = event.meta.actor.startsWith("system:") ? "Meetstream" : member(event.meta.actor);
  switch (event.type) {
    case "CommunityFounded":
      return `${member(event.data.founderId)} founded "${event.data.name}"`;
    case "CommunityDetailsChanged":
      return `${who} changed the community's details: "${event.data.name}"`;
    case "OrganiserAppointed":
      return `${who} made ${member(event.data.memberId)} an organiser`;
    case "HostAppointed":
      return `${who} made ${member(event.data.memberId)} a host`;
    case "RoleRevoked":
      return `${who} made ${member(event.data.memberId)} a member again, no longer ${event.data.role === "organiser" ? "an organiser" : "a host"}`;
    case "MembershipsMovedOut":
      return `${who} moved ${event.data.carriedOver} memberships to streams of their own`;
    case "MemberJoined":
      return `${member(event.data.memberId)} joined`;
    case "MembershipRequested":
      return `${member(event.data.memberId)} asked to join`;
    case "MembershipApproved":
      return `${who} approved ${member(event.data.memberId)}`;
    case "MembershipDeclined":
      return `${who} declined ${member(event.data.memberId)}`;
    case "MembershipWithdrawn":
      return `${member(event.data.memberId)} withdrew their request to join`;
    case "MemberLeft":
      return `${member(event.data.memberId)} left`;
    case "MemberRemoved":
      return event.data.reason === "erased"
        ? `${member(event.data.memberId)} left: the member was erased`
        : `${who} removed ${member(event.data.memberId)}`;
  }
}
