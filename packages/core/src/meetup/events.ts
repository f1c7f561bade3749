import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * A meetup stream: `meetup-<meetupId>`. Events record what was accepted; the rules for input (lengths,
 * formats, time zones) live in `meetup-input.ts`, so that a rule can change without making old events
 * unreadable. Members appear by id only: names and emails stay in the member context.
 */

const instant = () => z.iso.datetime();

const coordinatesSchema = () => z.object({ latitude: z.number(), longitude: z.number() });

const venueSchema = () =>
  z.object({
    name: z.string(),
    address: z.string(),
    coordinates: z.nullable(coordinatesSchema()),
  });

/** Everything an organiser describes about a meetup, except its time, which only a reschedule changes. */
const detailsSchema = () =>
  z.object({
    title: z.string(),
    /** Markdown, kept as the organiser wrote it: rendering is the reader's business. */
    description: z.string(),
    venue: z.nullable(venueSchema()),
    /** The online join link: shown only to confirmed attendees and organisers. */
    joinUrl: z.nullable(z.string()),
    /** Guests each RSVP may bring. */
    guestLimit: z.int().check(z.gte(0)),
    rsvpOpensAt: z.nullable(instant()),
    /** Null: RSVPs close when the meetup starts. */
    rsvpClosesAt: z.nullable(instant()),
    waitlist: z.boolean(),
  });

export const MeetupScheduled = defineEvent("MeetupScheduled", () =>
  z.extend(detailsSchema(), {
    communityId: z.string().check(z.minLength(1)),
    timeZone: z.string(),
    startsAt: instant(),
    endsAt: instant(),
    /** Seats, guests included; null for unlimited. */
    capacity: z.nullable(z.int().check(z.positive())),
  }),
);

export const MeetupPublished = defineEvent("MeetupPublished", () => z.object({}));

/** The whole details after the change: readers need no earlier event to show them. */
export const MeetupDetailsChanged = defineEvent("MeetupDetailsChanged", detailsSchema);

export const MeetupRescheduled = defineEvent("MeetupRescheduled", () =>
  z.object({ timeZone: z.string(), startsAt: instant(), endsAt: instant() }),
);

export const CapacityChanged = defineEvent("CapacityChanged", () =>
  z.object({ capacity: z.nullable(z.int().check(z.positive())) }),
);

export const MeetupCancelled = defineEvent("MeetupCancelled", () => z.object({ message: z.string() }));

const party = () =>
  z.object({
    memberId: z.string().check(z.minLength(1)),
    guests: z.int().check(z.gte(0)),
    /**
     * Whether the member chose to be shown on the guest list. Absent from RSVPs made before the choice
     * existed, which read as not listed: nobody is shown who did not choose it.
     */
    listed: z.optional(z.boolean()),
  });
const member = () => z.object({ memberId: z.string().check(z.minLength(1)) });

export const RsvpConfirmed = defineEvent("RsvpConfirmed", party);
export const RsvpWaitlisted = defineEvent("RsvpWaitlisted", party);
/** A waitlisted party got seats, because seats came free while the RSVP window was open. */
export const WaitlistPromoted = defineEvent("WaitlistPromoted", member);
/** The member withdrew their RSVP. */
export const RsvpCancelled = defineEvent("RsvpCancelled", member);
/** An organiser withdrew a member's RSVP. */
export const RsvpRemoved = defineEvent("RsvpRemoved", member);
/**
 * The member's RSVP ended because their membership did: they left the community, were removed from it,
 * or were erased. `cause` is the id of the event that ended the membership, so that a cause redelivered
 * by the bus releases nothing twice.
 */
export const RsvpReleased = defineEvent("RsvpReleased", () =>
  z.object({
    memberId: z.string().check(z.minLength(1)),
    reason: z.enum(["left", "removed", "erased"]),
    cause: z.string().check(z.minLength(1)),
  }),
);
/** Attendance, recorded at the door; separate from the RSVP (intent). */
export const AttendeeCheckedIn = defineEvent("AttendeeCheckedIn", member);
/** The member changed the guests of their RSVP without cancelling it: the party after the change. */
export const RsvpGuestsChanged = defineEvent("RsvpGuestsChanged", () =>
  z.object({ memberId: z.string().check(z.minLength(1)), guests: z.int().check(z.gte(0)) }),
);
/** The member chose whether the meetup's guest list shows them. */
export const RsvpListingChanged = defineEvent("RsvpListingChanged", () =>
  z.object({ memberId: z.string().check(z.minLength(1)), listed: z.boolean() }),
);
/**
 * An organiser gave a waitlisted party its seats now, out of line, where `WaitlistPromoted` follows from
 * freed seats: the history names who did it. `overCapacity`: no seats were free for the party, and the
 * organiser confirmed seating it past the capacity.
 */
export const WaitlistPromotedByOrganiser = defineEvent("WaitlistPromotedByOrganiser", () =>
  z.object({ memberId: z.string().check(z.minLength(1)), overCapacity: z.boolean() }),
);
/**
 * The member came, with `guests` of the guests they RSVPed with (0 up to all of them): a correction of
 * an earlier check-in of the party, or the first. `AttendeeCheckedIn` is the whole party.
 */
export const GuestsCheckedIn = defineEvent("GuestsCheckedIn", party);
/** A check-in taken back: the member and their guests are no longer counted as having come. */
export const CheckInUndone = defineEvent("CheckInUndone", member);

export type MeetupEvent =
  | EventOf<typeof MeetupScheduled>
  | EventOf<typeof MeetupPublished>
  | EventOf<typeof MeetupDetailsChanged>
  | EventOf<typeof MeetupRescheduled>
  | EventOf<typeof CapacityChanged>
  | EventOf<typeof MeetupCancelled>
  | EventOf<typeof RsvpConfirmed>
  | EventOf<typeof RsvpWaitlisted>
  | EventOf<typeof WaitlistPromoted>
  | EventOf<typeof RsvpCancelled>
  | EventOf<typeof RsvpRemoved>
  | EventOf<typeof RsvpReleased>
  | EventOf<typeof AttendeeCheckedIn>
  | EventOf<typeof RsvpGuestsChanged>
  | EventOf<typeof RsvpListingChanged>
  | EventOf<typeof WaitlistPromotedByOrganiser>
  | EventOf<typeof GuestsCheckedIn>
  | EventOf<typeof CheckInUndone>;

export type RsvpReleaseReason = EventOf<typeof RsvpReleased>["data"]["reason"];

export type MeetupDetails = z.infer<ReturnType<typeof detailsSchema>>;
export type Venue = z.infer<ReturnType<typeof venueSchema>>;

export const meetupEventTypes: readonly EventType[] = [
  MeetupScheduled,
  MeetupPublished,
  MeetupDetailsChanged,
  MeetupRescheduled,
  CapacityChanged,
  MeetupCancelled,
  RsvpConfirmed,
  RsvpWaitlisted,
  WaitlistPromoted,
  RsvpCancelled,
  RsvpRemoved,
  RsvpReleased,
  AttendeeCheckedIn,
  RsvpGuestsChanged,
  RsvpListingChanged,
  WaitlistPromotedByOrganiser,
  GuestsCheckedIn,
  CheckInUndone,
];
