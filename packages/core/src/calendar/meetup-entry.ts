import type { MeetupDocument } from "../meetup/index";
import { agendaText, type ReleasedAgenda } from "./agenda-text";
import { plainText } from "./plain-text";

/**
 * What a calendar entry of a meetup says, whichever calendar holds it: the .ics file and the
 * "Add to Google Calendar" and Outlook links say the same, so a meetup reads alike in every calendar.
 */

/** What a calendar entry is made of: a meetup document has it, and so does the notifier's copy of one. */
export type CalendarMeetup = Pick<
  MeetupDocument,
  | "id"
  | "status"
  | "title"
  | "description"
  | "venue"
  | "online"
  | "timeZone"
  | "startsAt"
  | "endsAt"
  | "sequence"
  | "cancellationMessage"
  | "updatedAt"
>;

/** The venue's name and address as one line; empty without a venue. */
export const venueLine = ({ venue }: Pick<CalendarMeetup, "venue">): string =>
  venue ? plainText([venue.name, venue.address].filter((part) => part.trim() !== "").join(", ")) : "";

/** Where, as one line of text; null when nothing is known yet. */
export function entryPlace(meetup: CalendarMeetup, joinUrl: string | undefined): string | null {
  const place = venueLine(meetup);
  if (place !== "") return place;
  if (joinUrl) return joinUrl;
  return meetup.online ? "Online" : null;
}

/**
 * The entry's notes: a cancellation first, then the description, the latest released agenda (in the
 * meetup's zone), then the join URL for those who may see it.
 */
export function entryDescription(
  meetup: CalendarMeetup,
  joinUrl: string | undefined,
  agenda?: ReleasedAgenda,
): string {
  const parts: string[] = [];
  if (meetup.status === "cancelled")
    parts.push(meetup.cancellationMessage ? `Cancelled: ${meetup.cancellationMessage}` : "Cancelled.");
  if (meetup.description.trim() !== "") parts.push(meetup.description);
  if (agenda && agenda.slots.length > 0) parts.push(agendaText(agenda, meetup.timeZone));
  if (joinUrl) parts.push(`Join online: ${joinUrl}`);
  return plainText(parts.join("\n\n"));
}
