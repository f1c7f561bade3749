import type { EnvelopeOf } from "../projection/projection";
import type { MeetupEvent } from "./events";

/** One change of a meetup as the console's history shows it. */
export interface HistoryEntry {
  version: number;
  type: MeetupEvent["type"];
  actor: string;
  occurredAt: string;
  /** Plain words, members by id: the console puts names to ids itself. */
  summary: string;
}

export const historyEntryOf = (envelope: EnvelopeOf<MeetupEvent>): HistoryEntry => ({
  version: envelope.version,
  type: envelope.type,
  actor: envelope.meta.actor,
  occurredAt: envelope.meta.occurredAt,
  summary: summaryOf(envelope),
});

const releaseReasons = {
  left: "left the community",
  removed: "was removed from the community",
  erased: "was erased",
} as const;

/** What the event did, in plain words. */
export function summaryOf(event: EnvelopeOf<MeetupEvent>): string {
  switch (event.type) {
    case "MeetupScheduled":
      return `scheduled "${event.data.title}" from ${event.data.startsAt} to ${event.data.endsAt} (${event.data.timeZone}), capacity ${event.data.capacity ?? "unlimited"}`;
    case "MeetupPublished":
      return "published";
    case "MeetupDetailsChanged":
      return `changed the details: "${event.data.title}"`;
    case "MeetupRescheduled":
      return `rescheduled to ${event.data.startsAt} – ${event.data.endsAt} (${event.data.timeZone})`;
    case "CapacityChanged":
      return `changed the capacity to ${event.data.capacity ?? "unlimited"}`;
    case "MeetupCancelled":
      return `cancelled the meetup: ${event.data.message}`;
    case "RsvpConfirmed":
      return `confirmed ${event.data.memberId} with ${event.data.guests} guest(s)`;
    case "RsvpWaitlisted":
      return `waitlisted ${event.data.memberId} with ${event.data.guests} guest(s)`;
    case "WaitlistPromoted":
      return `promoted ${event.data.memberId} from the waitlist`;
    case "RsvpCancelled":
      return `${event.data.memberId} cancelled their RSVP`;
    case "RsvpRemoved":
      return `removed the RSVP of ${event.data.memberId}`;
    case "RsvpReleased":
      return `released the RSVP of ${event.data.memberId}: the member ${releaseReasons[event.data.reason]}`;
    case "AttendeeCheckedIn":
      return `checked in ${event.data.memberId}`;
  }
}
