import type { MessageMeetup } from "@meetstream/core/notification";

/** Making a format costs more than using it: one pair per zone, kept. */
const formats = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function formatsIn(timeZone: string) {
  let pair = formats.get(timeZone);
  if (!pair) {
    pair = {
      day: new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
      }),
      time: new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }),
    };
    formats.set(timeZone, pair);
  }
  return pair;
}

/**
 * When, as a member reads it in a message: the meetup's own zone, named, since a message cannot know
 * the reader's (the calendar attachment carries the zone, so calendar apps show their own time).
 */
export function meetupWhen({
  startsAt,
  endsAt,
  timeZone,
}: Pick<MessageMeetup, "startsAt" | "endsAt" | "timeZone">): string {
  const { day, time } = formatsIn(timeZone);
  const zone = timeZone.replaceAll("_", " ");
  const sameDay = day.format(new Date(startsAt)) === day.format(new Date(endsAt));
  const start = `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}`;
  const end = sameDay
    ? time.format(new Date(endsAt))
    : `${day.format(new Date(endsAt))}, ${time.format(new Date(endsAt))}`;
  return `${start} to ${end} (${zone} time)`;
}

/** Where, in one line: the venue, else online, else nothing said yet. */
export function meetupWhere({ venue, online }: Pick<MessageMeetup, "venue" | "online">): string | null {
  if (venue) return [venue.name, venue.address].filter((part) => part.trim() !== "").join(", ");
  return online ? "Online" : null;
}

/** A time of day in the meetup's zone (an agenda slot's start), as the meetup's times read. */
export const timeOfDay = (instant: string, timeZone: string): string =>
  formatsIn(timeZone).time.format(new Date(instant));
