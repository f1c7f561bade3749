import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalLocation } from "ical-generator";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";
import type { CommunitySummary } from "../community/index";
import type { ReleasedAgenda } from "./agenda-text";
import { type CalendarMeetup, entryDescription, entryPlace, venueLine } from "./meetup-entry";
import { plainText } from "./plain-text";
import { communityUrl, meetupUrl } from "./public-urls";

export interface MeetupCalendarInput {
  /** The calendar's name in the subscriber's app (X-WR-CALNAME). */
  name: string;
  meetups: readonly CalendarMeetup[];
  community?: CommunitySummary;
  /** Where the web app is served, e.g. "https://meetstream.example"; links are built from it. */
  baseUrl: string;
  /**
   * Join URLs by meetup id. Only the caller knows who reads the calendar: pass them only in a confirmed
   * attendee's private feed or an organiser's, never in a public one.
   */
  joinUrls?: ReadonlyMap<string, string>;
  /** Each meetup's latest released agenda, by meetup id: its entry lists it. */
  agendas?: ReadonlyMap<string, ReleasedAgenda>;
  /**
   * An invitation sent by mail (RFC 5546) rather than a feed: `request` adds or updates the attendee's
   * entry (same UID, higher SEQUENCE), `cancel` removes it. Calendar apps match it on the organiser and
   * the attendee it names.
   */
  invitation?: { method: "request" | "cancel"; organizer: { name: string; email: string }; attendee: string };
}

/** The UID a meetup keeps in every calendar, across every change: calendar apps update the entry they have. */
export const meetupUid = (meetupId: string): string => `${meetupId}@meetstream`;

const knownZones = new Set<string>(tzlib_get_timezones(false));

/**
 * The zone's VTIMEZONE. The library answers for a linked zone with its target (Europe/Amsterdam comes back
 * as Europe/Brussels, the same rules); the TZID must be the one the events name, or clients cannot
 * resolve DTSTART and fall back to guessing.
 */
function vtimezone(timeZone: string): string | null {
  if (!knownZones.has(timeZone)) return null;
  const block = tzlib_get_ical_block(timeZone, false);
  const text = Array.isArray(block) ? block[0] : block;
  if (!text) return null;
  return text
    .replace(/^TZID:.*$/m, `TZID:${timeZone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`);
}

/**
 * The zone the times are written in. One without a VTIMEZONE we can give is written in UTC instead:
 * the same instants, only not shown as the organiser's wall-clock time.
 */
const writtenZone = (timeZone: string): string => (knownZones.has(timeZone) ? timeZone : "UTC");

function location(meetup: CalendarMeetup, joinUrl: string | undefined): ICalLocation | null {
  const title = venueLine(meetup);
  const coordinates = meetup.venue?.coordinates;
  const geo = coordinates && { lat: coordinates.latitude, lon: coordinates.longitude };
  if (title !== "") return geo ? { title, geo } : { title };
  if (geo) return { geo };
  const elsewhere = entryPlace(meetup, joinUrl);
  return elsewhere === null ? null : { title: elsewhere };
}

const bySchedule = (a: CalendarMeetup, b: CalendarMeetup) =>
  a.startsAt === b.startsAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.startsAt < b.startsAt ? -1 : 1;

/**
 * An iCalendar (RFC 5545) feed of meetups. The same input gives the same bytes: DTSTAMP is the meetup's
 * last change, never the time of the request, so that HTTP caches and ETags work. Drafts never appear,
 * whatever the caller passes; cancelled meetups stay, as STATUS:CANCELLED, so that subscribers see them go.
 */
export function meetupCalendar(input: MeetupCalendarInput): string {
  const { community, baseUrl, joinUrls, agendas, invitation } = input;
  const calendar = ical({
    name: plainText(input.name),
    prodId: { company: "Meetstream", product: "Meetstream", language: "EN" },
    method: invitation
      ? invitation.method === "cancel"
        ? ICalCalendarMethod.CANCEL
        : ICalCalendarMethod.REQUEST
      : ICalCalendarMethod.PUBLISH,
    ...(community && {
      url: communityUrl(baseUrl, community.slug),
      description: plainText(community.description),
    }),
  });
  calendar.timezone({ name: null, generator: vtimezone });

  const listed = input.meetups.filter((meetup) => meetup.status !== "draft").sort(bySchedule);
  for (const meetup of listed) {
    const joinUrl = joinUrls?.get(meetup.id);
    const agenda = agendas?.get(meetup.id);
    const zone = writtenZone(meetup.timeZone);
    // A release changes the entry's notes: the entry changed then, still never at the time of the request.
    const changed = new Date(
      Math.max(Date.parse(meetup.updatedAt), Date.parse(agenda?.releasedAt ?? meetup.updatedAt)),
    );
    calendar.createEvent({
      id: meetupUid(meetup.id),
      sequence: meetup.sequence,
      stamp: changed,
      lastModified: changed,
      timezone: zone,
      start: new TZDate(Date.parse(meetup.startsAt), zone),
      end: new TZDate(Date.parse(meetup.endsAt), zone),
      summary: plainText(meetup.title),
      description: entryDescription(meetup, joinUrl, agenda),
      location: location(meetup, joinUrl),
      url: meetupUrl(baseUrl, meetup.id),
      status: meetup.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(invitation && {
        organizer: { name: plainText(invitation.organizer.name), email: invitation.organizer.email },
        attendees: [{ email: invitation.attendee, rsvp: false }],
      }),
    });
  }
  return calendar.toString();
}
