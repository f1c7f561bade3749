import { localClockTimeOf, localDateOf, localTimeOf } from "../clock/local-time";
import type { CommunityHistoryEntry } from "../community/index";
import type { EnvelopeOf } from "../projection/projection";
import type { MeetupEvent } from "./events";

/** One change of a meetup, or of a community in a community's history, as the console shows it. */
export type HistoryEntry = MeetupHistoryEntry | CommunityHistoryEntry;

/** One change of a meetup as the console's history shows it. */
export interface MeetupHistoryEntry {
  /** The stream the change is in: `meetup-<id>`. */
  streamId: string;
  version: number;
  type: MeetupEvent["type"];
  /**
   * Who did it; null when Meetstream did (a promotion follows from the change that freed the seats; one an
   * organiser made out of line is theirs).
   */
  actor: string | null;
  occurredAt: string;
  /** When it happened, in the meetup's time zone as it stood then, e.g. "24 Dec 2026, 17:30 CET". */
  localTime: string;
  timeZone: string;
  /** Plain words, members by name. */
  summary: string;
  /** For a promotion: the version of the change whose freed seats it followed. */
  causeVersion: number | null;
}

/**
 * How a member is called in the history: their display name, or undefined when no profile is known. An
 * erased member's profile is called by the member context's erased name, so no one is named after erasure.
 */
export type NameOf = (memberId: string) => string | undefined;

const releaseReasons = {
  left: "left the community",
  removed: "was removed from the community",
  erased: "was erased",
} as const;

/**
 * The history of one meetup stream, oldest first. The time zone is the meetup's as it stood at each change,
 * so a reschedule to another zone shows later changes in the new one.
 */
export function historyOf(events: readonly EnvelopeOf<MeetupEvent>[], nameOf: NameOf): MeetupHistoryEntry[] {
  let timeZone = "UTC";
  let cause: { version: number; summary: string } | null = null;
  return events.map((event) => {
    if (event.type === "MeetupScheduled" || event.type === "MeetupRescheduled")
      timeZone = event.data.timeZone;
    const words = wordsFor(event, nameOf, timeZone);
    const promotion = event.type === "WaitlistPromoted";
    const summary = promotion && cause ? `${words} when ${cause.summary}` : words;
    const entry: MeetupHistoryEntry = {
      streamId: event.streamId,
      version: event.version,
      type: event.type,
      actor: promotion ? null : event.meta.actor,
      occurredAt: event.meta.occurredAt,
      localTime: localTimeOf(event.meta.occurredAt, timeZone),
      timeZone,
      summary: upperFirst(summary),
      causeVersion: promotion ? (cause?.version ?? null) : null,
    };
    // Promotions come right after the change that freed the seats, in the same decision.
    if (!promotion) cause = { version: event.version, summary: words };
    return entry;
  });
}

/** A meetup's time span; a span within one day names the day once: "5 Dec 2026, 19:00 – 21:00 CET". */
function spanOf(startsAt: string, endsAt: string, timeZone: string): string {
  const day = localDateOf(startsAt, timeZone);
  if (day !== localDateOf(endsAt, timeZone)) {
    return `${localTimeOf(startsAt, timeZone)} – ${localTimeOf(endsAt, timeZone)}`;
  }
  const start = localClockTimeOf(startsAt, timeZone, { zoneName: false });
  return `${day}, ${start} – ${localClockTimeOf(endsAt, timeZone)}`;
}

const guestsOf = (guests: number) =>
  guests === 0 ? "" : guests === 1 ? " with 1 guest" : ` with ${guests} guests`;

const guestCount = (guests: number) =>
  guests === 0 ? "no guests" : guests === 1 ? "1 guest" : `${guests} guests`;

const seatsOf = (capacity: number | null) =>
  capacity === null ? "unlimited seats" : capacity === 1 ? "1 seat" : `${capacity} seats`;

/** What the event did, in plain words. */
function wordsFor(event: EnvelopeOf<MeetupEvent>, nameOf: NameOf, timeZone: string): string {
  const member = (memberId: string) => nameOf(memberId) ?? "a member";
  // Reactors act as "system:<what>": Meetstream did it, on behalf of nobody.
  const who = event.meta.actor.startsWith("system:") ? "Meetstream" : member(event.meta.actor);
  switch (event.type) {
    case "MeetupScheduled":
      return `${who} scheduled "${event.data.title}" for ${spanOf(event.data.startsAt, event.data.endsAt, timeZone)}, ${seatsOf(event.data.capacity)}`;
    case "MeetupPublished":
      return `${who} published the meetup`;
    case "MeetupDetailsChanged":
      return `${who} changed the details: "${event.data.title}"`;
    case "MeetupRescheduled":
      return `${who} rescheduled the meetup to ${spanOf(event.data.startsAt, event.data.endsAt, timeZone)}`;
    case "CapacityChanged":
      return `${who} changed the capacity to ${event.data.capacity ?? "unlimited"}`;
    case "MeetupCancelled":
      return `${who} cancelled the meetup: ${event.data.message}`;
    case "RsvpConfirmed":
      return `${member(event.data.memberId)} RSVPed${guestsOf(event.data.guests)}`;
    case "RsvpWaitlisted":
      return `${member(event.data.memberId)} joined the waitlist${guestsOf(event.data.guests)}`;
    case "WaitlistPromoted":
      return `${member(event.data.memberId)} got a seat from the waitlist`;
    case "RsvpCancelled":
      return `${member(event.data.memberId)} cancelled their RSVP`;
    case "RsvpRemoved":
      return `${who} removed the RSVP of ${member(event.data.memberId)}`;
    case "RsvpReleased":
      return `${who} released the RSVP of ${member(event.data.memberId)}: the member ${releaseReasons[event.data.reason]}`;
    case "AttendeeCheckedIn":
      return `${who} checked in ${member(event.data.memberId)}`;
    case "RsvpGuestsChanged":
      return `${member(event.data.memberId)} changed their RSVP to ${guestCount(event.data.guests)}`;
    case "RsvpListingChanged":
      return event.data.listed
        ? `${member(event.data.memberId)} chose to be shown on the guest list`
        : `${member(event.data.memberId)} chose not to be shown on the guest list`;
    case "WaitlistPromotedByOrganiser":
      return `${member(event.data.memberId)} got a seat from the waitlist, promoted by ${who}${event.data.overCapacity ? " over the capacity" : ""}`;
    case "GuestsCheckedIn":
      return `${who} checked in ${member(event.data.memberId)}${event.data.guests === 0 ? ", without guests" : guestsOf(event.data.guests)}`;
    case "CheckInUndone":
      return `${who} took back the check-in of ${member(event.data.memberId)}`;
  }
}

const upperFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
