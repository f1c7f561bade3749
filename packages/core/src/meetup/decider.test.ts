import { describe, expect, test } from "vitest";
import { fold, type WithMetadata } from "../decider/decider";
import { deciderSpecification } from "../decider/given-when-then";
import { attendanceOf, type MeetupCommand, meetupDecider, waitlistPosition } from "./decider";
import {
  AlreadyRsvped,
  CapacityBelowSeatsTaken,
  CheckInClosed,
  GuestsBeyondParty,
  InvalidMeetup,
  MeetupFull,
  MeetupIsPast,
  MeetupNotFound,
  MeetupNotPublished,
  MeetupCancelled as MeetupWasCancelled,
  NoRsvp,
  NoSeatsForParty,
  NotConfirmed,
  NotEnoughSeats,
  NotWaitlisted,
  RsvpClosed,
  RsvpNotOpenYet,
  TooManyGuests,
} from "./errors";
import {
  AttendeeCheckedIn,
  CapacityChanged,
  CheckInUndone,
  GuestsCheckedIn,
  MeetupCancelled,
  type MeetupDetails,
  MeetupDetailsChanged,
  MeetupPublished,
  MeetupRescheduled,
  MeetupScheduled,
  RsvpCancelled,
  RsvpConfirmed,
  RsvpGuestsChanged,
  RsvpListingChanged,
  RsvpReleased,
  RsvpRemoved,
  RsvpWaitlisted,
  WaitlistPromoted,
  WaitlistPromotedByOrganiser,
} from "./events";
import { meetupStateCodec } from "./meetup-state-codec";

const { given } = deciderSpecification(meetupDecider);

const meetupId = "m1";
const startsAt = "2026-06-10T18:00:00.000Z";
const endsAt = "2026-06-10T21:00:00.000Z";
/** A week before the meetup: RSVPs are open. */
const at = "2026-06-03T12:00:00.000Z";
/** When a command happens and who asks: the decider reads the time, never who asks. */
const metadata = (when = at) => ({ at: when, actor: "organiser" });
type Command = WithMetadata<MeetupCommand>;
const hours = (count: number, from: string) => new Date(Date.parse(from) + count * 3_600_000).toISOString();

const details: MeetupDetails = {
  title: "Event sourcing in practice",
  description: "Talks and **pizza**.",
  venue: { name: "Library", address: "1 Main St", coordinates: null },
  joinUrl: "https://meet.example/abc",
  guestLimit: 3,
  rsvpOpensAt: null,
  rsvpClosesAt: null,
  waitlist: true,
};

const scheduled = (overrides: { capacity?: number | null } & Partial<MeetupDetails> = {}) => {
  const { capacity = 10, ...rest } = overrides;
  return MeetupScheduled({
    communityId: "c1",
    timeZone: "Europe/Berlin",
    startsAt,
    endsAt,
    capacity,
    ...details,
    ...rest,
  });
};
const published = MeetupPublished({});

/** Parties by size, guests included: `confirmed("ann", 3)` is Ann and two guests. */
const confirmed = (memberId: string, seats = 1) => RsvpConfirmed({ memberId, guests: seats - 1 });
const waitlisted = (memberId: string, seats = 1) => RsvpWaitlisted({ memberId, guests: seats - 1 });
const promoted = (memberId: string) => WaitlistPromoted({ memberId });
const cancelled = (memberId: string) => RsvpCancelled({ memberId });

const rsvp = (memberId: string, guests = 0, when = at): Command => ({
  type: "Rsvp",
  meetupId,
  metadata: metadata(when),
  memberId,
  guests,
});
const cancelRsvp = (memberId: string, when = at): Command => ({
  type: "CancelRsvp",
  meetupId,
  metadata: metadata(when),
  memberId,
});
const removeRsvp = (memberId: string, when = at): Command => ({
  type: "RemoveRsvp",
  meetupId,
  metadata: metadata(when),
  memberId,
});
const changeRsvp = (memberId: string, change: { guests?: number; listed?: boolean }, when = at): Command => ({
  type: "ChangeRsvp",
  meetupId,
  metadata: metadata(when),
  memberId,
  ...change,
});
const guestsChanged = (memberId: string, guests: number) => RsvpGuestsChanged({ memberId, guests });
const listingChanged = (memberId: string, listed: boolean) => RsvpListingChanged({ memberId, listed });
/** By a host unless said otherwise: organisers alone may correct check-ins after the end. */
const checkIn = (
  memberId: string,
  when: string,
  { guests, byOrganiser = false }: { guests?: number; byOrganiser?: boolean } = {},
): Command => ({
  type: "CheckIn",
  meetupId,
  metadata: metadata(when),
  memberId,
  byOrganiser,
  ...(guests === undefined ? {} : { guests }),
});
const undoCheckIn = (memberId: string, when: string, byOrganiser = false): Command => ({
  type: "UndoCheckIn",
  meetupId,
  metadata: metadata(when),
  memberId,
  byOrganiser,
});
const promote = (memberId: string, overCapacity = false, when = at): Command => ({
  type: "PromoteFromWaitlist",
  meetupId,
  metadata: metadata(when),
  memberId,
  overCapacity,
});
const promotedByOrganiser = (memberId: string, overCapacity = false) =>
  WaitlistPromotedByOrganiser({ memberId, overCapacity });
const changeCapacity = (capacity: number | null, when = at, keepSeated = false): Command => ({
  type: "ChangeCapacity",
  meetupId,
  metadata: metadata(when),
  capacity,
  keepSeated,
});

describe("scheduling and publishing", () => {
  const schedule = (overrides: Partial<MeetupDetails> & { endsAt?: string } = {}): Command => {
    const { endsAt: end = endsAt, ...changes } = overrides;
    return {
      type: "Schedule",
      meetupId,
      metadata: metadata(),
      communityId: "c1",
      schedule: { timeZone: "Europe/Berlin", startsAt, endsAt: end },
      capacity: 10,
      details: { ...details, ...changes },
    };
  };

  test("a scheduled meetup starts as a draft", () => given().when(schedule()).then(scheduled()));

  test("a meetup ends after it starts", () =>
    given()
      .when(schedule({ endsAt: startsAt }))
      .thenThrows(InvalidMeetup));

  test("a meetup needs a venue or a join URL", () =>
    given()
      .when(schedule({ venue: null, joinUrl: null }))
      .thenThrows(InvalidMeetup));

  test("RSVPs close no later than the start", () =>
    given()
      .when(schedule({ rsvpClosesAt: hours(1, startsAt) }))
      .thenThrows(InvalidMeetup));

  test("publishing a draft makes it public; publishing again changes nothing", () => {
    given(scheduled()).when({ type: "Publish", meetupId, metadata: metadata() }).then(published);
    given(scheduled(), published).when({ type: "Publish", meetupId, metadata: metadata() }).thenNothing();
  });

  test("a cancelled meetup cannot be published or changed", () => {
    const gone = MeetupCancelled({ message: "Venue flooded" });
    given(scheduled(), gone)
      .when({ type: "Publish", meetupId, metadata: metadata() })
      .thenThrows(MeetupWasCancelled);
    given(scheduled(), published, gone).when(changeCapacity(20)).thenThrows(MeetupWasCancelled);
  });

  test("cancelling is recorded once, with its message", () => {
    const cancel: Command = { type: "Cancel", meetupId, metadata: metadata(), message: "Venue flooded" };
    given(scheduled(), published)
      .when(cancel)
      .then(MeetupCancelled({ message: "Venue flooded" }));
    given(scheduled(), published, MeetupCancelled({ message: "x" }))
      .when(cancel)
      .thenNothing();
  });

  test("an unknown meetup is not found", () => given().when(rsvp("ann")).thenThrows(MeetupNotFound));

  test("an edit records the whole details after it; an edit that changes nothing records nothing", () => {
    given(scheduled())
      .when({ type: "EditDetails", meetupId, metadata: metadata(), changes: { title: "New title" } })
      .then(MeetupDetailsChanged({ ...details, title: "New title" }));
    given(scheduled())
      .when({ type: "EditDetails", meetupId, metadata: metadata(), changes: { title: details.title } })
      .thenNothing();
  });

  test("rescheduling and editing bump the calendar sequence", () => {
    const moved = MeetupRescheduled({
      timeZone: "Europe/Berlin",
      startsAt: hours(24, startsAt),
      endsAt: hours(24, endsAt),
    });
    given(scheduled())
      .when({ type: "Reschedule", meetupId, metadata: metadata(), schedule: moved.data })
      .then(moved);
    const edited = MeetupDetailsChanged({ ...details, title: "Renamed" });
    expect(fold(meetupDecider, [scheduled(), moved, edited]).sequence).toBe(2);
  });

  test("a reschedule may not move the start before the RSVP window closes", () =>
    given(scheduled({ rsvpClosesAt: hours(-2, startsAt) }))
      .when({
        type: "Reschedule",
        meetupId,
        metadata: metadata(),
        schedule: { timeZone: "UTC", startsAt: hours(-3, startsAt), endsAt },
      })
      .thenThrows(InvalidMeetup));
});

describe("RSVPs", () => {
  test("a draft takes no RSVPs", () => given(scheduled()).when(rsvp("ann")).thenThrows(MeetupNotPublished));

  test("a party that fits is confirmed", () =>
    given(scheduled({ capacity: 3 }), published)
      .when(rsvp("ann", 2))
      .then(confirmed("ann", 3)));

  test("guests count against capacity", () =>
    given(scheduled({ capacity: 3 }), published, confirmed("ann", 2))
      .when(rsvp("bob", 1))
      .then(waitlisted("bob", 2)));

  test("a full meetup without a waitlist turns the party away", () =>
    given(scheduled({ capacity: 1, waitlist: false }), published, confirmed("ann"))
      .when(rsvp("bob"))
      .thenThrows(MeetupFull));

  test("an unlimited meetup confirms everyone", () =>
    given(scheduled({ capacity: null }), published, confirmed("ann", 4))
      .when(rsvp("bob", 3))
      .then(confirmed("bob", 4)));

  test("an RSVP brings at most the guest limit", () =>
    given(scheduled({ guestLimit: 1 }), published)
      .when(rsvp("ann", 2))
      .thenThrows(TooManyGuests));

  test("a member RSVPs once, and may RSVP again after cancelling", () => {
    given(scheduled(), published, confirmed("ann")).when(rsvp("ann")).thenThrows(AlreadyRsvped);
    given(scheduled(), published, waitlisted("ann")).when(rsvp("ann")).thenThrows(AlreadyRsvped);
    given(scheduled(), published, confirmed("ann"), cancelled("ann"))
      .when(rsvp("ann"))
      .then(confirmed("ann"));
  });

  test("RSVPs open at the window's opening", () => {
    const opensAt = hours(48, at);
    given(scheduled({ rsvpOpensAt: opensAt }), published)
      .when(rsvp("ann"))
      .thenThrows(RsvpNotOpenYet);
    given(scheduled({ rsvpOpensAt: opensAt }), published)
      .when(rsvp("ann", 0, opensAt))
      .then(confirmed("ann"));
  });

  test("RSVPs close at the window's closing, or else at the start", () => {
    const closesAt = hours(-24, startsAt);
    given(scheduled({ rsvpClosesAt: closesAt }), published)
      .when(rsvp("ann", 0, closesAt))
      .thenThrows(RsvpClosed);
    given(scheduled(), published)
      .when(rsvp("ann", 0, startsAt))
      .thenThrows(RsvpClosed);
  });

  test("a cancelled meetup takes no RSVPs", () =>
    given(scheduled(), published, MeetupCancelled({ message: "" }))
      .when(rsvp("ann"))
      .thenThrows(MeetupWasCancelled));

  test("only a confirmed or waitlisted RSVP can be cancelled", () => {
    given(scheduled(), published).when(cancelRsvp("ann")).thenThrows(NoRsvp);
    given(scheduled(), published, confirmed("ann"), cancelled("ann"))
      .when(cancelRsvp("ann"))
      .thenThrows(NoRsvp);
  });

  test("from the start, RSVPs no longer change", () =>
    given(scheduled(), published, confirmed("ann")).when(cancelRsvp("ann", startsAt)).thenThrows(RsvpClosed));

  test("leaving the waitlist frees no seat and promotes nobody", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob"), waitlisted("cy"))
      .when(cancelRsvp("bob"))
      .then(cancelled("bob")));
});

describe("changing an RSVP without cancelling it", () => {
  test("the listing choice is made with the RSVP, and left out means not listed", () => {
    given(scheduled(), published)
      .when({ ...rsvp("ann"), listed: true } as Command)
      .then(RsvpConfirmed({ memberId: "ann", guests: 0, listed: true }));
    given(scheduled(), published)
      .when(rsvp("ann"))
      .then(RsvpConfirmed({ memberId: "ann", guests: 0 }));
    expect(fold(meetupDecider, [scheduled(), published, confirmed("ann")]).rsvps.get("ann")?.listed).toBe(
      false,
    );
  });

  test("a guest added takes a seat that is free", () => {
    given(scheduled({ capacity: 3 }), published, confirmed("ann"))
      .when(changeRsvp("ann", { guests: 1 }))
      .then(guestsChanged("ann", 1));
    const after = fold(meetupDecider, [
      scheduled({ capacity: 3 }),
      published,
      confirmed("ann"),
      guestsChanged("ann", 1),
    ]);
    expect(after.confirmedSeats).toBe(2);
  });

  test("a guest who does not fit is refused, and the member keeps their seat, waitlist or not", () => {
    given(scheduled({ capacity: 2 }), published, confirmed("ann"), confirmed("bob"))
      .when(changeRsvp("ann", { guests: 1 }))
      .thenThrows(NotEnoughSeats);
    given(scheduled({ capacity: 2, waitlist: false }), published, confirmed("ann"), confirmed("bob"))
      .when(changeRsvp("ann", { guests: 1, listed: true }))
      .thenThrows(NotEnoughSeats);
    const full = fold(meetupDecider, [
      scheduled({ capacity: 3 }),
      published,
      confirmed("ann"),
      confirmed("bob"),
    ]);
    expect(() => meetupDecider.decide(changeRsvp("ann", { guests: 3 }), full)).toThrow(
      expect.objectContaining({ seatsLeft: 1, guestsAdded: 3 }),
    );
  });

  test("more guests stay within the guest limit", () =>
    given(scheduled({ guestLimit: 1 }), published, confirmed("ann"))
      .when(changeRsvp("ann", { guests: 2 }))
      .thenThrows(TooManyGuests));

  test("fewer guests free seats, and the waitlist moves up as on a cancellation", () =>
    given(scheduled({ capacity: 3 }), published, confirmed("ann", 3), waitlisted("bob", 2), waitlisted("cy"))
      .when(changeRsvp("ann", { guests: 0 }))
      .then(guestsChanged("ann", 0), promoted("bob")));

  test("a waitlisted party keeps its place at its new size, and goes in once it fits", () => {
    const line = [
      scheduled({ capacity: 2 }),
      published,
      confirmed("ann"),
      waitlisted("bob", 3),
      waitlisted("cy", 2),
    ];
    given(...line)
      .when(changeRsvp("bob", { guests: 0 }))
      .then(guestsChanged("bob", 0), promoted("bob"));
    const bigger = fold(meetupDecider, [...line, guestsChanged("cy", 2)]);
    expect(waitlistPosition(bigger, "cy")).toBe(2);
    expect(bigger.waitlist.get("cy")?.guests).toBe(2);
  });

  test("more guests only while RSVPs are open; fewer until the start", () => {
    const closesAt = hours(-24, startsAt);
    const history = [scheduled({ rsvpClosesAt: closesAt }), published, confirmed("ann", 2)];
    given(...history)
      .when(changeRsvp("ann", { guests: 2 }, closesAt))
      .thenThrows(RsvpClosed);
    given(...history)
      .when(changeRsvp("ann", { guests: 0 }, closesAt))
      .then(guestsChanged("ann", 0));
    given(...history)
      .when(changeRsvp("ann", { guests: 0 }, startsAt))
      .thenThrows(RsvpClosed);
  });

  test("the listing choice changes on its own, whenever the RSVP holds", () => {
    given(scheduled(), published, confirmed("ann"))
      .when(changeRsvp("ann", { listed: true }))
      .then(listingChanged("ann", true));
    given(scheduled(), published, confirmed("ann"))
      .when(changeRsvp("ann", { listed: true }, startsAt))
      .then(listingChanged("ann", true));
    given(scheduled(), published, confirmed("ann"), listingChanged("ann", true))
      .when(changeRsvp("ann", { listed: false }))
      .then(listingChanged("ann", false));
  });

  test("guests and listing change together, the guests last so that a promotion follows them; a change to what already holds records nothing", () => {
    given(scheduled(), published, confirmed("ann"))
      .when(changeRsvp("ann", { guests: 1, listed: true }))
      .then(listingChanged("ann", true), guestsChanged("ann", 1));
    given(scheduled({ capacity: 2 }), published, confirmed("ann", 2), waitlisted("bob"))
      .when(changeRsvp("ann", { guests: 0, listed: true }))
      .then(listingChanged("ann", true), guestsChanged("ann", 0), promoted("bob"));
    given(scheduled(), published, confirmed("ann", 2), listingChanged("ann", true))
      .when(changeRsvp("ann", { guests: 1, listed: true }))
      .thenNothing();
  });

  test("only a confirmed or waitlisted RSVP changes", () => {
    given(scheduled(), published)
      .when(changeRsvp("ann", { guests: 1 }))
      .thenThrows(NoRsvp);
    given(scheduled(), published, confirmed("ann"), cancelled("ann"))
      .when(changeRsvp("ann", { listed: true }))
      .thenThrows(NoRsvp);
    given(scheduled(), published, confirmed("ann"), MeetupCancelled({ message: "Rain." }))
      .when(changeRsvp("ann", { guests: 1 }))
      .thenThrows(MeetupWasCancelled);
  });
});

describe("the waitlist", () => {
  test("is first in, first out", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob"), waitlisted("cy"))
      .when(cancelRsvp("ann"))
      .then(cancelled("ann"), promoted("bob")));

  test("a party waits until it fits, and smaller parties behind it are promoted first", () =>
    given(
      scheduled({ capacity: 3 }),
      published,
      confirmed("ann", 3),
      waitlisted("bob", 2),
      waitlisted("cy", 1),
    )
      .when(cancelRsvp("ann"))
      .then(cancelled("ann"), promoted("bob"), promoted("cy")));

  test("a party too big for the freed seats keeps its place while a smaller one behind it goes first", () => {
    const history = [
      scheduled({ capacity: 4 }),
      published,
      confirmed("ann", 2),
      confirmed("dan", 2),
      waitlisted("bob", 3),
      waitlisted("cy", 1),
    ];
    given(...history)
      .when(cancelRsvp("ann"))
      .then(cancelled("ann"), promoted("cy"));
    given(...history, cancelled("ann"), promoted("cy"))
      .when(cancelRsvp("dan"))
      .then(cancelled("dan"), promoted("bob"));
  });

  test("an organiser's removal promotes", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob"))
      .when(removeRsvp("ann"))
      .then(RsvpRemoved({ memberId: "ann" }), promoted("bob")));

  test("a capacity increase promotes whoever fits, in order", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob", 3), waitlisted("cy", 2))
      .when(changeCapacity(3))
      .then(CapacityChanged({ capacity: 3 }), promoted("cy")));

  test("unlimited capacity promotes everyone waiting", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob", 3), waitlisted("cy", 2))
      .when(changeCapacity(null))
      .then(CapacityChanged({ capacity: null }), promoted("bob"), promoted("cy")));

  test("a capacity below the seats taken is refused, with the seats taken, unless the organiser confirms", () => {
    const seated = [scheduled({ capacity: 3 }), published, confirmed("ann", 2), confirmed("bob")];
    given(...seated)
      .when(changeCapacity(1))
      .thenThrows(CapacityBelowSeatsTaken);
    expect(() => meetupDecider.decide(changeCapacity(1), fold(meetupDecider, seated))).toThrow(
      expect.objectContaining({ seatsTaken: 3, capacity: 1 }),
    );
    given(...seated)
      .when(changeCapacity(1, at, true))
      .then(CapacityChanged({ capacity: 1 }));
    given(...seated)
      .when(changeCapacity(3))
      .thenNothing();
    given(scheduled({ capacity: 4 }), published, confirmed("ann", 2), confirmed("bob"))
      .when(changeCapacity(3))
      .then(CapacityChanged({ capacity: 3 }));
  });

  test("a capacity decrease takes no seat away", () => {
    given(scheduled({ capacity: 3 }), published, confirmed("ann", 3))
      .when(changeCapacity(1, at, true))
      .then(CapacityChanged({ capacity: 1 }));
    given(scheduled({ capacity: 3 }), published, confirmed("ann", 3), CapacityChanged({ capacity: 1 }))
      .when(rsvp("bob"))
      .then(waitlisted("bob"));
  });

  test("no promotion once the RSVP window has closed: the freed seat stays free", () => {
    const closesAt = hours(-24, startsAt);
    const history = [
      scheduled({ capacity: 1, rsvpClosesAt: closesAt }),
      published,
      confirmed("ann"),
      waitlisted("bob"),
    ];
    given(...history)
      .when(cancelRsvp("ann", closesAt))
      .then(cancelled("ann"));
    given(...history)
      .when(changeCapacity(5, closesAt))
      .then(CapacityChanged({ capacity: 5 }));
  });

  test("no promotion before the RSVP window opens", () =>
    given(
      scheduled({ capacity: 1 }),
      published,
      confirmed("ann"),
      waitlisted("bob"),
      MeetupDetailsChanged({ ...details, rsvpOpensAt: hours(1, at) }),
    )
      .when(changeCapacity(2))
      .then(CapacityChanged({ capacity: 2 })));

  test("a window opened again by an edit promotes into the seats freed while it was closed", () => {
    const closesAt = hours(-24, startsAt);
    given(
      scheduled({ capacity: 1, rsvpClosesAt: at }),
      published,
      confirmed("ann"),
      waitlisted("bob"),
      cancelled("ann"),
    )
      .when({ type: "EditDetails", meetupId, metadata: metadata(), changes: { rsvpClosesAt: closesAt } })
      .then(MeetupDetailsChanged({ ...details, rsvpClosesAt: closesAt }), promoted("bob"));
  });

  test("no promotion after the meetup is cancelled", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob"))
      .when({ type: "Cancel", meetupId, metadata: metadata(), message: "Sorry" })
      .then(MeetupCancelled({ message: "Sorry" })));
});

describe("an organiser's promotion", () => {
  const line = [
    scheduled({ capacity: 2 }),
    published,
    confirmed("ann", 2),
    waitlisted("bob"),
    waitlisted("cy", 2),
    waitlisted("dee"),
  ];

  test("seats a party from anywhere in line when its seats are free, and promotes nobody else", () =>
    given(scheduled({ capacity: 4 }), published, confirmed("ann", 2), waitlisted("bob", 3), waitlisted("cy"))
      .when(promote("cy"))
      .then(promotedByOrganiser("cy")));

  test("with no seats for the party, is refused with the seats needed and free, unless the organiser confirms", () => {
    given(...line)
      .when(promote("cy"))
      .thenThrows(NoSeatsForParty);
    expect(() => meetupDecider.decide(promote("cy"), fold(meetupDecider, line))).toThrow(
      expect.objectContaining({ seatsNeeded: 2, seatsLeft: 0 }),
    );
    given(...line)
      .when(promote("cy", true))
      .then(promotedByOrganiser("cy", true));
  });

  test("the rest of the line keeps its order, and the seats taken go over the capacity", () => {
    const meetup = fold(meetupDecider, [...line, promotedByOrganiser("cy", true)]);
    expect(meetup.confirmedSeats).toBe(4);
    expect([...meetup.waitlist.keys()]).toEqual(["bob", "dee"]);
    expect(["bob", "cy", "dee"].map((memberId) => waitlistPosition(meetup, memberId))).toEqual([
      1,
      undefined,
      2,
    ]);
    expect(meetup.rsvps.get("cy")).toMatchObject({ status: "confirmed", guests: 1 });
  });

  test("a seat freed after an over-capacity promotion goes to nobody until the meetup is below capacity", () =>
    given(...line, promotedByOrganiser("cy", true))
      .when(cancelRsvp("cy"))
      .then(cancelled("cy")));

  test("only a waitlisted party is promoted", () => {
    given(...line)
      .when(promote("ann"))
      .thenThrows(NotWaitlisted);
    given(...line, cancelled("bob"))
      .when(promote("bob"))
      .thenThrows(NotWaitlisted);
    given(...line, promotedByOrganiser("bob", true))
      .when(promote("bob", true))
      .thenThrows(NotWaitlisted);
    given(...line)
      .when(promote("eve", true))
      .thenThrows(NoRsvp);
  });

  test("is refused in a cancelled meetup, a draft and an unknown one", () => {
    given(...line, MeetupCancelled({ message: "Rain." }))
      .when(promote("bob", true))
      .thenThrows(MeetupWasCancelled);
    given(scheduled()).when(promote("bob", true)).thenThrows(MeetupNotPublished);
    given().when(promote("bob", true)).thenThrows(MeetupNotFound);
  });

  test("works after RSVPs close, until the start", () => {
    const closesAt = hours(-24, startsAt);
    const closing = [
      scheduled({ capacity: 1, rsvpClosesAt: closesAt }),
      published,
      confirmed("ann"),
      waitlisted("bob"),
    ];
    given(...closing)
      .when(promote("bob", true, closesAt))
      .then(promotedByOrganiser("bob", true));
    given(...closing)
      .when(promote("bob", true, startsAt))
      .thenThrows(RsvpClosed);
  });
});

describe("an organiser's removal from the waitlist", () => {
  const line = [
    scheduled({ capacity: 1 }),
    published,
    confirmed("ann"),
    waitlisted("bob"),
    waitlisted("cy"),
    waitlisted("dee"),
  ];

  test("takes the party out of line, frees no seat and promotes nobody", () =>
    given(...line)
      .when(removeRsvp("cy"))
      .then(RsvpRemoved({ memberId: "cy" })));

  test("keeps the order of the rest of the line", () => {
    const meetup = fold(meetupDecider, [...line, RsvpRemoved({ memberId: "cy" })]);
    expect([...meetup.waitlist.keys()]).toEqual(["bob", "dee"]);
    expect(waitlistPosition(meetup, "dee")).toBe(2);
    expect(meetup.rsvps.get("cy")?.status).toBe("removed");
    expect(meetup.confirmedSeats).toBe(1);
  });
});

describe("a membership that ended", () => {
  const release = (
    memberId: string,
    cause = "left-1",
    reason: "left" | "removed" | "erased" = "left",
    when = at,
  ): Command => ({ type: "ReleaseRsvp", meetupId, metadata: metadata(when), memberId, reason, cause });
  const released = (memberId: string, cause = "left-1", reason: "left" | "removed" | "erased" = "left") =>
    RsvpReleased({ memberId, reason, cause });

  test("releases the member's seat and promotes the waitlist, as a cancellation does", () =>
    given(scheduled({ capacity: 2 }), published, confirmed("ann", 2), waitlisted("bob"))
      .when(release("ann", "removed-7", "removed"))
      .then(released("ann", "removed-7", "removed"), promoted("bob")));

  test("takes a waitlisted member out of line, and frees no seat", () =>
    given(scheduled({ capacity: 1 }), published, confirmed("ann"), waitlisted("bob"), waitlisted("cy"))
      .when(release("bob", "erased-3", "erased"))
      .then(released("bob", "erased-3", "erased")));

  test("the same cause delivered again releases nothing, even after the member RSVPed anew", () => {
    given(scheduled(), published, confirmed("ann"), released("ann")).when(release("ann")).thenNothing();
    given(scheduled(), published, confirmed("ann"), released("ann"), confirmed("ann"))
      .when(release("ann"))
      .thenNothing();
    given(scheduled(), published, confirmed("ann"), released("ann"), confirmed("ann"))
      .when(release("ann", "left-2"))
      .then(released("ann", "left-2"));
  });

  test("a member without a live RSVP has nothing to release", () => {
    given(scheduled(), published).when(release("ann")).thenNothing();
    given(scheduled(), published, confirmed("ann"), cancelled("ann")).when(release("ann")).thenNothing();
  });

  test("meetups that started keep their history, and cancelled ones their list", () => {
    given(scheduled(), published, confirmed("ann"))
      .when(release("ann", "left-1", "left", startsAt))
      .thenNothing();
    given(scheduled(), published, confirmed("ann"), MeetupCancelled({ message: "Rain." }))
      .when(release("ann"))
      .thenNothing();
  });

  test("a released seat reads as removed after a removal and as cancelled otherwise", () => {
    const base = [scheduled(), published, confirmed("ann"), confirmed("bob")] as const;
    const state = fold(meetupDecider, [
      ...base,
      released("ann", "r", "removed"),
      released("bob", "e", "erased"),
    ]);
    expect(state.rsvps.toObject()).toMatchObject({
      ann: { status: "removed" },
      bob: { status: "cancelled" },
    });
    expect(state.confirmedSeats).toBe(0);
  });
});

describe("a past meetup", () => {
  const past = [scheduled(), published, confirmed("ann")];
  const edit = (when: string): Command => ({
    type: "EditDetails",
    meetupId,
    metadata: metadata(when),
    changes: { title: "Renamed" },
  });
  const reschedule = (when: string): Command => ({
    type: "Reschedule",
    meetupId,
    metadata: metadata(when),
    schedule: { timeZone: "Europe/Berlin", startsAt: hours(24, startsAt), endsAt: hours(24, endsAt) },
  });
  const cancel = (when: string): Command => ({
    type: "Cancel",
    meetupId,
    metadata: metadata(when),
    message: "Sorry",
  });
  const publish = (when: string): Command => ({ type: "Publish", meetupId, metadata: metadata(when) });

  test("is a record from its end: its details, time, capacity and status change no more", () => {
    for (const command of [edit(endsAt), reschedule(endsAt), changeCapacity(20, endsAt), cancel(endsAt)])
      given(...past)
        .when(command)
        .thenThrows(MeetupIsPast);
    given(scheduled())
      .when(publish(hours(1, endsAt)))
      .thenThrows(MeetupIsPast);
  });

  test("changes until its end", () => {
    given(...past)
      .when(edit(hours(-1, endsAt)))
      .then(MeetupDetailsChanged({ ...details, title: "Renamed" }));
    given(...past)
      .when(cancel(hours(-1, endsAt)))
      .then(MeetupCancelled({ message: "Sorry" }));
  });
});

describe("check-in", () => {
  const doorOpens = hours(-1, startsAt);
  const week = 7 * 24;
  const attending = [scheduled({ capacity: 4 }), published, confirmed("ann"), waitlisted("bob", 4)];

  test("a confirmed attendee is checked in from an hour before the start", () =>
    given(...attending)
      .when(checkIn("ann", doorOpens))
      .then(AttendeeCheckedIn({ memberId: "ann" })));

  test("the door is closed before it opens, and at the end for hosts", () => {
    given(...attending)
      .when(checkIn("ann", hours(-1, doorOpens)))
      .thenThrows(CheckInClosed);
    given(...attending)
      .when(checkIn("ann", endsAt))
      .thenThrows(CheckInClosed);
    given(...attending, AttendeeCheckedIn({ memberId: "ann" }))
      .when(undoCheckIn("ann", endsAt))
      .thenThrows(CheckInClosed);
  });

  test("organisers may correct check-ins for a week after the end, and no longer", () => {
    given(...attending)
      .when(checkIn("ann", hours(week - 1, endsAt), { byOrganiser: true }))
      .then(AttendeeCheckedIn({ memberId: "ann" }));
    given(...attending, AttendeeCheckedIn({ memberId: "ann" }))
      .when(undoCheckIn("ann", hours(1, endsAt), true))
      .then(CheckInUndone({ memberId: "ann" }));
    given(...attending)
      .when(checkIn("ann", hours(week, endsAt), { byOrganiser: true }))
      .thenThrows(CheckInClosed);
  });

  test("a member comes with some of their guests, and the count changes as more arrive", () => {
    const party = [scheduled(), published, confirmed("ann", 3)];
    given(...party)
      .when(checkIn("ann", startsAt, { guests: 1 }))
      .then(GuestsCheckedIn({ memberId: "ann", guests: 1 }));
    given(...party, GuestsCheckedIn({ memberId: "ann", guests: 1 }))
      .when(checkIn("ann", startsAt, { guests: 2 }))
      .then(GuestsCheckedIn({ memberId: "ann", guests: 2 }));
    given(...party, GuestsCheckedIn({ memberId: "ann", guests: 2 }))
      .when(checkIn("ann", startsAt, { guests: 2 }))
      .thenNothing();
    // The whole party after a part of it: the rest of the guests came.
    given(...party, GuestsCheckedIn({ memberId: "ann", guests: 1 }))
      .when(checkIn("ann", startsAt))
      .then(AttendeeCheckedIn({ memberId: "ann" }));
  });

  test("no more guests are checked in than the party brought", () =>
    given(scheduled(), published, confirmed("ann", 2))
      .when(checkIn("ann", startsAt, { guests: 2 }))
      .thenThrows(GuestsBeyondParty));

  test("an undo takes back the member and their guests; undoing what is not checked in records nothing", () => {
    given(...attending, GuestsCheckedIn({ memberId: "ann", guests: 0 }))
      .when(undoCheckIn("ann", startsAt))
      .then(CheckInUndone({ memberId: "ann" }));
    given(...attending, AttendeeCheckedIn({ memberId: "ann" }), CheckInUndone({ memberId: "ann" }))
      .when(undoCheckIn("ann", startsAt))
      .thenNothing();
    given(...attending)
      .when(undoCheckIn("cy", startsAt))
      .thenThrows(NoRsvp);
  });

  test("the state knows who came, and with how many guests", () => {
    const party = [scheduled(), published, confirmed("ann", 3), confirmed("cy", 2)];
    const partly = fold(meetupDecider, [...party, GuestsCheckedIn({ memberId: "ann", guests: 1 })]);
    expect(partly.rsvps.get("ann")).toMatchObject({ checkedIn: true, guestsCheckedIn: 1 });
    // A log from before guests were checked in apart: a check-in was the whole party.
    const whole = fold(meetupDecider, [...party, AttendeeCheckedIn({ memberId: "cy" })]);
    expect(whole.rsvps.get("cy")).toMatchObject({ checkedIn: true, guestsCheckedIn: 1 });
    const undone = fold(meetupDecider, [
      ...party,
      AttendeeCheckedIn({ memberId: "cy" }),
      CheckInUndone({ memberId: "cy" }),
    ]);
    expect(undone.rsvps.get("cy")).toMatchObject({ checkedIn: false, guestsCheckedIn: 0 });
  });

  test("only confirmed attendees are checked in", () => {
    given(...attending)
      .when(checkIn("bob", startsAt))
      .thenThrows(NotConfirmed);
    given(...attending)
      .when(undoCheckIn("bob", startsAt))
      .thenThrows(NotConfirmed);
    given(...attending, cancelled("ann"))
      .when(checkIn("ann", startsAt))
      .thenThrows(NotConfirmed);
    given(...attending)
      .when(checkIn("cy", startsAt))
      .thenThrows(NoRsvp);
  });

  test("checking in twice records it once", () =>
    given(...attending, AttendeeCheckedIn({ memberId: "ann" }))
      .when(checkIn("ann", startsAt))
      .thenNothing());

  test("after the end, a confirmed attendee not checked in is a no-show", () => {
    const meetup = fold(meetupDecider, [
      ...attending,
      confirmed("cy"),
      AttendeeCheckedIn({ memberId: "cy" }),
    ]);
    const [ann, bob, cy] = ["ann", "bob", "cy"].map((memberId) => meetup.rsvps.get(memberId));
    if (!ann || !bob || !cy) throw new Error("missing RSVPs");
    expect(attendanceOf(ann, endsAt, new Date(startsAt))).toBe("expected");
    expect(attendanceOf(ann, endsAt, new Date(endsAt))).toBe("no-show");
    expect(attendanceOf(cy, endsAt, new Date(endsAt))).toBe("checked in");
    expect(attendanceOf(bob, endsAt, new Date(endsAt))).toBeNull();
  });
});

describe("the state", () => {
  const line = [
    scheduled({ capacity: 1 }),
    published,
    confirmed("ann"),
    waitlisted("bob"),
    waitlisted("cy", 2),
    waitlisted("dee"),
  ];

  test("a place in line counts the parties ahead, first in line first", () => {
    const meetup = fold(meetupDecider, [...line, cancelled("cy")]);
    expect(["bob", "cy", "dee", "ann"].map((memberId) => waitlistPosition(meetup, memberId))).toEqual([
      1,
      undefined,
      2,
      undefined,
    ]);
    const afterPromotion = fold(meetupDecider, [cancelled("ann"), promoted("bob")], meetup);
    expect(waitlistPosition(afterPromotion, "dee")).toBe(1);
  });

  // Commands running at once share the state the stream cache keeps: evolving may not change it.
  test("evolving leaves the state it was given as it was", () => {
    const before = fold(meetupDecider, line);
    const asJson = () => JSON.stringify(meetupStateCodec.toJson(before));
    const untouched = asJson();
    for (const event of [
      confirmed("eve"),
      waitlisted("eve"),
      promoted("bob"),
      cancelled("ann"),
      RsvpRemoved({ memberId: "cy" }),
      RsvpReleased({ memberId: "dee", reason: "left", cause: "left-1" }),
      AttendeeCheckedIn({ memberId: "ann" }),
      guestsChanged("bob", 2),
      guestsChanged("ann", 1),
      listingChanged("dee", true),
      promotedByOrganiser("dee", true),
      CapacityChanged({ capacity: 5 }),
      MeetupCancelled({ message: "Rain." }),
    ])
      meetupDecider.evolve(before, event);
    expect(asJson()).toBe(untouched);
  });
});
