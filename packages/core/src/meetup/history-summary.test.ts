import { expect, test } from "vitest";
import type { EnvelopeOf } from "../projection/projection";
import type { MeetupEvent } from "./events";
import {
  AttendeeCheckedIn,
  CapacityChanged,
  CheckInUndone,
  GuestsCheckedIn,
  MeetupRescheduled,
  MeetupScheduled,
  RsvpCancelled,
  RsvpConfirmed,
  RsvpGuestsChanged,
  RsvpListingChanged,
  RsvpReleased,
  RsvpWaitlisted,
  WaitlistPromoted,
  WaitlistPromotedByOrganiser,
} from "./events";
import { historyOf } from "./history-summary";

const names: Record<string, string> = { ann: "Ann Lee", bob: "Bob Ray", erased: "an erased member" };
const nameOf = (memberId: string) => names[memberId];

const stored = (
  event: MeetupEvent,
  version: number,
  actor = "ann",
  occurredAt = "2026-05-01T10:00:00.000Z",
) =>
  ({
    ...event,
    id: `event-${version}`,
    streamId: "meetup-1",
    version,
    schemaVersion: 1,
    meta: { actor, occurredAt, correlationId: "c", causationId: null },
  }) as EnvelopeOf<MeetupEvent>;

const summaries = (...events: EnvelopeOf<MeetupEvent>[]) =>
  historyOf(events, nameOf).map((entry) => entry.summary);

test("an entry says who did what and when, in plain words", () => {
  expect(historyOf([stored(CapacityChanged({ capacity: null }), 3)], nameOf)).toEqual([
    {
      streamId: "meetup-1",
      version: 3,
      type: "CapacityChanged",
      actor: "ann",
      occurredAt: "2026-05-01T10:00:00.000Z",
      localTime: "1 May 2026, 10:00 UTC",
      timeZone: "UTC",
      summary: "Ann Lee changed the capacity to unlimited",
      causeVersion: null,
    },
  ]);
});

test.each([
  ["left", "Meetstream released the RSVP of Bob Ray: the member left the community"],
  ["removed", "Meetstream released the RSVP of Bob Ray: the member was removed from the community"],
  ["erased", "Meetstream released the RSVP of Bob Ray: the member was erased"],
] as const)("a release names why: %s", (reason, summary) => {
  expect(
    summaries(stored(RsvpReleased({ memberId: "bob", reason, cause: "e" }), 9, "system:membership-ended")),
  ).toEqual([summary]);
});

test("members are named, guests counted in words, and an erased member is called so", () => {
  expect(
    summaries(
      stored(RsvpConfirmed({ memberId: "ann", guests: 0 }), 3),
      stored(RsvpWaitlisted({ memberId: "bob", guests: 1 }), 4, "bob"),
      stored(RsvpWaitlisted({ memberId: "erased", guests: 2 }), 5, "erased"),
    ),
  ).toEqual([
    "Ann Lee RSVPed",
    "Bob Ray joined the waitlist with 1 guest",
    "An erased member joined the waitlist with 2 guests",
  ]);
});

test("a changed RSVP says the guests now and the listing chosen, and a seat it freed is the promotion's cause", () => {
  const history = historyOf(
    [
      stored(RsvpGuestsChanged({ memberId: "ann", guests: 0 }), 6),
      stored(WaitlistPromoted({ memberId: "bob" }), 7),
      stored(RsvpGuestsChanged({ memberId: "bob", guests: 2 }), 8, "bob"),
      stored(RsvpListingChanged({ memberId: "ann", listed: true }), 9),
      stored(RsvpListingChanged({ memberId: "ann", listed: false }), 10),
    ],
    nameOf,
  );
  expect(history.map(({ summary, causeVersion }) => ({ summary, causeVersion }))).toEqual([
    { summary: "Ann Lee changed their RSVP to no guests", causeVersion: null },
    {
      summary: "Bob Ray got a seat from the waitlist when Ann Lee changed their RSVP to no guests",
      causeVersion: 6,
    },
    { summary: "Bob Ray changed their RSVP to 2 guests", causeVersion: null },
    { summary: "Ann Lee chose to be shown on the guest list", causeVersion: null },
    { summary: "Ann Lee chose not to be shown on the guest list", causeVersion: null },
  ]);
});

test("a promotion is Meetstream's, caused by the cancellation it followed, not done by the member who cancelled", () => {
  const history = historyOf(
    [
      stored(RsvpCancelled({ memberId: "ann" }), 6),
      stored(WaitlistPromoted({ memberId: "bob" }), 7),
      stored(WaitlistPromoted({ memberId: "erased" }), 8),
    ],
    nameOf,
  );
  expect(history.map(({ actor, summary, causeVersion }) => ({ actor, summary, causeVersion }))).toEqual([
    { actor: "ann", summary: "Ann Lee cancelled their RSVP", causeVersion: null },
    {
      actor: null,
      summary: "Bob Ray got a seat from the waitlist when Ann Lee cancelled their RSVP",
      causeVersion: 6,
    },
    {
      actor: null,
      summary: "An erased member got a seat from the waitlist when Ann Lee cancelled their RSVP",
      causeVersion: 6,
    },
  ]);
});

test("a schedule says its span, naming one day once, and its seats", () => {
  expect(
    summaries(
      stored(
        MeetupScheduled({
          communityId: "c",
          title: "Rust and coffee",
          description: "",
          venue: null,
          joinUrl: null,
          guestLimit: 0,
          rsvpOpensAt: null,
          rsvpClosesAt: null,
          waitlist: true,
          timeZone: "Europe/Berlin",
          startsAt: "2026-12-28T22:00:00.000Z",
          endsAt: "2026-12-29T01:00:00.000Z",
          capacity: 1,
        }),
        1,
      ),
    ),
  ).toEqual([
    'Ann Lee scheduled "Rust and coffee" for 28 Dec 2026, 23:00 CET – 29 Dec 2026, 02:00 CET, 1 seat',
  ]);
});

test("times read in the meetup's time zone as it stood at each change", () => {
  const history = historyOf(
    [
      stored(CapacityChanged({ capacity: 5 }), 2, "ann", "2026-12-24T16:30:00.000Z"),
      stored(
        MeetupRescheduled({
          timeZone: "Europe/Berlin",
          startsAt: "2026-12-28T17:00:00.000Z",
          endsAt: "2026-12-28T19:00:00.000Z",
        }),
        3,
        "ann",
        "2026-12-24T16:30:00.000Z",
      ),
    ],
    nameOf,
  );
  expect(history.map(({ localTime, summary }) => [localTime, summary])).toEqual([
    ["24 Dec 2026, 16:30 UTC", "Ann Lee changed the capacity to 5"],
    ["24 Dec 2026, 17:30 CET", "Ann Lee rescheduled the meetup to 28 Dec 2026, 18:00 – 20:00 CET"],
  ]);
});

test("a promotion an organiser made out of line is theirs, caused by nothing, and says when it went over the capacity", () => {
  const history = historyOf(
    [
      stored(RsvpCancelled({ memberId: "erased" }), 6, "erased"),
      stored(WaitlistPromotedByOrganiser({ memberId: "bob", overCapacity: false }), 7),
      stored(WaitlistPromotedByOrganiser({ memberId: "bob", overCapacity: true }), 8),
    ],
    nameOf,
  );
  expect(
    history.slice(1).map(({ actor, summary, causeVersion }) => ({ actor, summary, causeVersion })),
  ).toEqual([
    {
      actor: "ann",
      summary: "Bob Ray got a seat from the waitlist, promoted by Ann Lee",
      causeVersion: null,
    },
    {
      actor: "ann",
      summary: "Bob Ray got a seat from the waitlist, promoted by Ann Lee over the capacity",
      causeVersion: null,
    },
  ]);
});

test("the door's check-ins say who came, with how many guests, and which were taken back", () => {
  expect(
    summaries(
      stored(AttendeeCheckedIn({ memberId: "bob" }), 4),
      stored(GuestsCheckedIn({ memberId: "bob", guests: 0 }), 5),
      stored(GuestsCheckedIn({ memberId: "bob", guests: 1 }), 6),
      stored(GuestsCheckedIn({ memberId: "bob", guests: 2 }), 7),
      stored(CheckInUndone({ memberId: "bob" }), 8),
    ),
  ).toEqual([
    "Ann Lee checked in Bob Ray",
    "Ann Lee checked in Bob Ray, without guests",
    "Ann Lee checked in Bob Ray with 1 guest",
    "Ann Lee checked in Bob Ray with 2 guests",
    "Ann Lee took back the check-in of Bob Ray",
  ]);
});
