import type { MeetupDocument } from "../meetup/index";
import { entryDescription, entryPlace } from "./meetup-entry";
import { plainText } from "./plain-text";
import { meetupCalendarUrl, meetupUrl } from "./public-urls";

/** Where "Add to calendar" leads: the meetup's .ics file, and the same entry prefilled in Google Calendar and Outlook. */
export interface AddToCalendarLinks {
  ics: string;
  google: string;
  outlook: string;
}

/** Google wants UTC as 20261224T163000Z, a start and an end joined by a slash. */
const googleInstant = (instant: string) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Outlook wants ISO 8601 in UTC, without milliseconds. */
const outlookInstant = (instant: string) => new Date(instant).toISOString().replace(/\.\d{3}/, "");

/**
 * Spaces as %20, not "+": both services read "+" as a space, but a person pasting the link elsewhere may
 * not; a typed "+" is %2B either way.
 */
const query = (parameters: Record<string, string>) =>
  new URLSearchParams(parameters).toString().replace(/\+/g, "%20");

/**
 * The meetup as the public .ics file has it (no join URL: the links are the same for every viewer), with
 * the meetup's page at the end of the notes, since neither service has a field for it.
 */
export function addToCalendarLinks(meetup: MeetupDocument, baseUrl: string): AddToCalendarLinks {
  const page = meetupUrl(baseUrl, meetup.id);
  const title = plainText(meetup.title);
  const notes = [entryDescription(meetup, undefined), page].filter((part) => part !== "").join("\n\n");
  const place = entryPlace(meetup, undefined) ?? "";
  const google = query({
    action: "TEMPLATE",
    text: title,
    dates: `${googleInstant(meetup.startsAt)}/${googleInstant(meetup.endsAt)}`,
    details: notes,
    location: place,
  });
  const outlook = query({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: title,
    startdt: outlookInstant(meetup.startsAt),
    enddt: outlookInstant(meetup.endsAt),
    body: notes,
    location: place,
  });
  return {
    ics: meetupCalendarUrl(baseUrl, meetup.id),
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
  };
}
