import { OrderedMap, Map as PersistentMap, Set as PersistentSet } from "immutable";
import type { Decider, WithMetadata } from "../decider/decider";
import {
  AlreadyRsvped,
  CapacityBelowSeatsTaken,
  CheckInClosed,
  GuestsBeyondParty,
  InvalidMeetup,
  MeetupFull,
  MeetupIsPast,
  type MeetupIssue,
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
  type MeetupEvent,
  MeetupPublished,
  MeetupRescheduled,
  MeetupScheduled,
  RsvpCancelled,
  RsvpConfirmed,
  RsvpGuestsChanged,
  RsvpListingChanged,
  RsvpReleased,
  type RsvpReleaseReason,
  RsvpRemoved,
  RsvpWaitlisted,
  WaitlistPromoted,
  WaitlistPromotedByOrganiser,
} from "./events";
import { checkInAccessOf } from "./meetup-phase";
import { partySize, rsvpClosesAt } from "./rsvp-terms";

export type RsvpStatus = "confirmed" | "waitlisted" | "cancelled" | "removed";

export interface Rsvp {
  status: RsvpStatus;
  guests: number;
  checkedIn: boolean;
  /** Whether the member chose to be shown on the guest list. */
  listed: boolean;
  /** Of the party's guests, how many came: 0 while the member is not checked in. */
  guestsCheckedIn: number;
}

export interface WaitlistedParty {
  memberId: string;
  guests: number;
}

export interface MeetupSchedule {
  /** IANA time zone: calendars and pages show the times in it. */
  timeZone: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
}

export interface Meetup extends MeetupSchedule {
  status: "unscheduled" | "draft" | "published" | "cancelled";
  communityId: string;
  details: MeetupDetails;
  /** Seats, guests included; null for unlimited. */
  capacity: number | null;
  /** Counts the changes a calendar must pick up (iCalendar SEQUENCE): times, details, cancellation. */
  sequence: number;
  cancellationMessage: string | null;
  /** Seats held by confirmed RSVPs, guests included. */
  confirmedSeats: number;
  /**
   * Every member who ever RSVPed, by member id. The collections are persistent: an event's change shares
   * all but a path with the state before it, so evolving costs the change, not the meetup's size, and the
   * state before (which concurrent commands may hold, from the stream cache) stays as it was.
   */
  rsvps: PersistentMap<string, Rsvp>;
  /** By member id, first in first out (in the order they were put). */
  waitlist: OrderedMap<string, WaitlistedParty>;
  /** The causes (event ids) of every RSVP released here: a cause delivered again releases nothing. */
  releaseCauses: PersistentSet<string>;
}

/** Every command names its meetup; when it happens is its `metadata.at`. */
type OnMeetup<Command> = Command & { meetupId: string };

export type MeetupCommand = OnMeetup<
  | {
      type: "Schedule";
      communityId: string;
      schedule: MeetupSchedule;
      capacity: number | null;
      details: MeetupDetails;
    }
  | { type: "Publish" }
  /** Only the details given change. */
  | { type: "EditDetails"; changes: Partial<MeetupDetails> }
  | { type: "Reschedule"; schedule: MeetupSchedule }
  /** Below the seats taken only with `keepSeated`: the organiser confirmed that nobody seated loses a seat. */
  | { type: "ChangeCapacity"; capacity: number | null; keepSeated?: boolean }
  | { type: "Cancel"; message: string }
  /** `listed` (default false): the member chose to be shown on the guest list. */
  | { type: "Rsvp"; memberId: string; guests: number; listed?: boolean }
  /** The member changes their RSVP without cancelling it; what is left out stays as it is. */
  | { type: "ChangeRsvp"; memberId: string; guests?: number; listed?: boolean }
  | { type: "CancelRsvp"; memberId: string }
  | { type: "RemoveRsvp"; memberId: string }
  /** The member's membership ended (`cause`: the id of the event that ended it): their seat goes back. */
  | { type: "ReleaseRsvp"; memberId: string; reason: RsvpReleaseReason; cause: string }
  /**
   * The member came, with `guests` of their guests (the whole party when left out). After the end only
   * an organiser (`byOrganiser`) may still correct it, for a week.
   */
  | { type: "CheckIn"; memberId: string; guests?: number; byOrganiser: boolean }
  | { type: "UndoCheckIn"; memberId: string; byOrganiser: boolean }
  /**
   * An organiser seats a waitlisted party now, ahead of the line. When the seats left cannot hold it, only
   * with `overCapacity`: the organiser confirmed seating it past the capacity.
   */
  | { type: "PromoteFromWaitlist"; memberId: string; overCapacity?: boolean }
>;

const unscheduled: Meetup = {
  status: "unscheduled",
  communityId: "",
  timeZone: "UTC",
  startsAt: "",
  endsAt: "",
  details: {
    title: "",
    description: "",
    venue: null,
    joinUrl: null,
    guestLimit: 0,
    rsvpOpensAt: null,
    rsvpClosesAt: null,
    waitlist: false,
  },
  capacity: null,
  sequence: 0,
  cancellationMessage: null,
  confirmedSeats: 0,
  rsvps: PersistentMap(),
  waitlist: OrderedMap(),
  releaseCauses: PersistentSet(),
};

export { partySize, rsvpClosesAt };

const time = (instant: string): number => Date.parse(instant);

/** The smallest party there is: a member without guests. */
const smallestParty = partySize(0);

export const seatsLeft = (meetup: Meetup): number =>
  meetup.capacity === null ? Number.POSITIVE_INFINITY : meetup.capacity - meetup.confirmedSeats;

export function isRsvpWindowOpen(meetup: Meetup, at: string): boolean {
  const { rsvpOpensAt } = meetup.details;
  return (rsvpOpensAt === null || time(at) >= time(rsvpOpensAt)) && time(at) < time(rsvpClosesAt(meetup));
}

/** 1 for the first party in line; undefined for a member not on the waitlist. */
export function waitlistPosition(meetup: Meetup, memberId: string): number | undefined {
  const { waitlist } = meetup;
  if (!waitlist.has(memberId)) return undefined;
  // The place asked for most is that of an RSVP just waitlisted, last in line: no walk for it.
  if (waitlist.last()?.memberId === memberId) return waitlist.size;
  let position = 0;
  for (const waiting of waitlist.keys()) {
    position += 1;
    if (waiting === memberId) return position;
  }
  return undefined;
}

const isActive = (rsvp: Rsvp | undefined): rsvp is Rsvp =>
  rsvp?.status === "confirmed" || rsvp?.status === "waitlisted";

/**
 * Whether a confirmed member came. Intent (the RSVP) and attendance (the check-in) are separate facts:
 * a confirmed member not checked in by the end is a no-show, which is derived when read, never recorded.
 */
export type Attendance = "checked in" | "expected" | "no-show";

export function attendanceOf(
  rsvp: { status: RsvpStatus; checkedIn: boolean },
  endsAt: string,
  now: Date,
): Attendance | null {
  if (rsvp.checkedIn) return "checked in";
  if (rsvp.status !== "confirmed") return null;
  return now.getTime() >= time(endsAt) ? "no-show" : "expected";
}

/** The rules that tie times and places together, checked whenever one of them changes. */
export function coherenceIssues(schedule: MeetupSchedule, details: MeetupDetails): MeetupIssue[] {
  const issues: MeetupIssue[] = [];
  if (time(schedule.endsAt) <= time(schedule.startsAt))
    issues.push({ path: ["endsAt"], message: "must be after the start" });
  if (details.venue === null && details.joinUrl === null)
    issues.push({ path: ["venue"], message: "a meetup needs a venue, an online join URL, or both" });
  const closesAt = details.rsvpClosesAt ?? schedule.startsAt;
  if (time(closesAt) > time(schedule.startsAt))
    issues.push({ path: ["rsvpClosesAt"], message: "RSVPs must close no later than the start" });
  if (details.rsvpOpensAt !== null && time(details.rsvpOpensAt) >= time(closesAt))
    issues.push({ path: ["rsvpOpensAt"], message: "RSVPs must open before they close" });
  return issues;
}

function assertCoherent(schedule: MeetupSchedule, details: MeetupDetails): void {
  const issues = coherenceIssues(schedule, details);
  if (issues.length > 0) throw new InvalidMeetup(issues);
}

function assertScheduled(meetupId: string, meetup: Meetup): void {
  if (meetup.status === "unscheduled") throw new MeetupNotFound(meetupId);
}

function assertChangeable(meetupId: string, meetup: Meetup): void {
  assertScheduled(meetupId, meetup);
  if (meetup.status === "cancelled") throw new MeetupWasCancelled(meetupId);
}

function assertOpenForRsvps(meetupId: string, meetup: Meetup): void {
  assertChangeable(meetupId, meetup);
  if (meetup.status === "draft") throw new MeetupNotPublished(meetupId);
}

/** What a meetup was is history from its end: only check-ins may still be corrected. */
function assertNotPast(meetupId: string, meetup: Meetup, at: string): void {
  if (time(at) >= time(meetup.endsAt)) throw new MeetupIsPast(meetupId);
}

/** The confirmed RSVP a check-in acts on, at a time the one who asks may act on it. */
function rsvpAtTheDoor(
  command: WithMetadata<Extract<MeetupCommand, { type: "CheckIn" | "UndoCheckIn" }>>,
  meetup: Meetup,
): Rsvp {
  const { meetupId, memberId, byOrganiser } = command;
  assertOpenForRsvps(meetupId, meetup);
  const access = checkInAccessOf(meetup, new Date(command.metadata.at), byOrganiser);
  if (access !== "open" && access !== "corrections") throw new CheckInClosed(meetupId);
  const rsvp = meetup.rsvps.get(memberId);
  if (!rsvp) throw new NoRsvp(meetupId, memberId, "another member");
  if (rsvp.status !== "confirmed") throw new NotConfirmed(meetupId, memberId);
  return rsvp;
}

function checkIn(
  command: WithMetadata<Extract<MeetupCommand, { type: "CheckIn" }>>,
  meetup: Meetup,
): MeetupEvent[] {
  const { meetupId, memberId, guests } = command;
  const rsvp = rsvpAtTheDoor(command, meetup);
  if (guests === undefined)
    return rsvp.checkedIn && rsvp.guestsCheckedIn === rsvp.guests ? [] : [AttendeeCheckedIn({ memberId })];
  if (guests > rsvp.guests) throw new GuestsBeyondParty(meetupId, memberId, guests, rsvp.guests);
  return rsvp.checkedIn && rsvp.guestsCheckedIn === guests ? [] : [GuestsCheckedIn({ memberId, guests })];
}

/**
 * Waitlisted parties that get seats now, first come first served: a party that does not fit waits, and
 * smaller parties behind it that fit go first. Only while RSVPs are open: once they close, a freed seat
 * stays free rather than surprise someone with a seat at the last minute.
 */
function promotionsAfter(meetup: Meetup, at: string): MeetupEvent[] {
  if (meetup.status !== "published" || !isRsvpWindowOpen(meetup, at)) return [];
  let left = seatsLeft(meetup);
  const promoted: MeetupEvent[] = [];
  for (const party of meetup.waitlist.values()) {
    // Once not even the smallest party fits, nobody further back can: the rest of the line waits unread.
    if (left < smallestParty) break;
    const seats = partySize(party.guests);
    if (seats > left) continue;
    left -= seats;
    promoted.push(WaitlistPromoted({ memberId: party.memberId }));
  }
  return promoted;
}

/** The events, then the promotions the state after them allows. */
const withPromotions = (meetup: Meetup, at: string, events: MeetupEvent[]): MeetupEvent[] => [
  ...events,
  ...promotionsAfter(events.reduce(meetupDecider.evolve, meetup), at),
];

function withdrawal(
  command: WithMetadata<Extract<MeetupCommand, { type: "CancelRsvp" | "RemoveRsvp" }>>,
  meetup: Meetup,
): MeetupEvent[] {
  const { at } = command.metadata;
  assertOpenForRsvps(command.meetupId, meetup);
  if (!isActive(meetup.rsvps.get(command.memberId)))
    throw new NoRsvp(
      command.meetupId,
      command.memberId,
      command.type === "CancelRsvp" ? "you" : "another member",
    );
  // From the start, the RSVP list is the record of who was expected.
  if (time(at) >= time(meetup.startsAt)) throw new RsvpClosed(command.meetupId);
  const withdrawn =
    command.type === "CancelRsvp"
      ? RsvpCancelled({ memberId: command.memberId })
      : RsvpRemoved({ memberId: command.memberId });
  return withPromotions(meetup, at, [withdrawn]);
}

/**
 * A membership that ended takes the member's seat, or their place in line, in every meetup still to come;
 * those that started keep their history. Nothing to release, or a cause already handled, decides nothing:
 * the reactor that sends it may deliver the same cause again.
 */
function release(
  command: WithMetadata<Extract<MeetupCommand, { type: "ReleaseRsvp" }>>,
  meetup: Meetup,
): MeetupEvent[] {
  const { at } = command.metadata;
  if (meetup.status !== "published" || meetup.releaseCauses.has(command.cause)) return [];
  if (!isActive(meetup.rsvps.get(command.memberId))) return [];
  if (time(at) >= time(meetup.startsAt)) return [];
  const { memberId, reason, cause } = command;
  return withPromotions(meetup, at, [RsvpReleased({ memberId, reason, cause })]);
}

/**
 * A member changes their RSVP in place. Fewer guests free seats as a cancellation does, and the waitlist
 * moves up; more guests take seats as an RSVP does, so only while RSVPs are open and only if they fit:
 * a confirmed party that would not fit is refused whole (`NotEnoughSeats`) rather than split or sent back
 * in line, since its seats are a promise. A waitlisted party keeps its place in line at its new size. The
 * listing choice is the member's to change whenever their RSVP holds.
 */
function rsvpChange(
  command: WithMetadata<Extract<MeetupCommand, { type: "ChangeRsvp" }>>,
  meetup: Meetup,
): MeetupEvent[] {
  const { at } = command.metadata;
  const { meetupId, memberId, guests, listed } = command;
  assertOpenForRsvps(meetupId, meetup);
  const rsvp = meetup.rsvps.get(memberId);
  if (!isActive(rsvp)) throw new NoRsvp(meetupId, memberId);
  const listing =
    listed === undefined || listed === rsvp.listed ? [] : [RsvpListingChanged({ memberId, listed })];
  if (guests === undefined || guests === rsvp.guests) return listing;
  // From the start, the RSVP list is the record of who was expected.
  if (time(at) >= time(meetup.startsAt)) throw new RsvpClosed(meetupId);
  const added = guests - rsvp.guests;
  if (added > 0) {
    if (guests > meetup.details.guestLimit) throw new TooManyGuests(guests, meetup.details.guestLimit);
    if (!isRsvpWindowOpen(meetup, at)) throw new RsvpClosed(meetupId);
    const left = seatsLeft(meetup);
    if (rsvp.status === "confirmed" && left < added)
      throw new NotEnoughSeats(meetupId, Math.max(0, left), added);
  }
  // The guests last: promotions follow the change that freed the seats, and the history says so.
  return withPromotions(meetup, at, [...listing, RsvpGuestsChanged({ memberId, guests })]);
}

/**
 * An organiser's promotion. Until the start, as a removal: after the RSVP window closes no freed seat is
 * handed out by itself, but an organiser who seats someone at the last minute means to.
 */
function promotionByOrganiser(
  command: WithMetadata<Extract<MeetupCommand, { type: "PromoteFromWaitlist" }>>,
  meetup: Meetup,
): MeetupEvent[] {
  const { meetupId, memberId } = command;
  assertOpenForRsvps(meetupId, meetup);
  const rsvp = meetup.rsvps.get(memberId);
  if (!rsvp) throw new NoRsvp(meetupId, memberId, "another member");
  if (rsvp.status !== "waitlisted") throw new NotWaitlisted(meetupId, memberId);
  if (time(command.metadata.at) >= time(meetup.startsAt)) throw new RsvpClosed(meetupId);
  const seats = partySize(rsvp.guests);
  const left = seatsLeft(meetup);
  const overCapacity = seats > left;
  if (overCapacity && command.overCapacity !== true)
    throw new NoSeatsForParty(meetupId, seats, Math.max(0, left));
  // It takes seats and frees none: nobody behind it is promoted with it.
  return [WaitlistPromotedByOrganiser({ memberId, overCapacity })];
}

/** Both promotions seat a party alike: they differ only in what caused them. */
function promoted(meetup: Meetup, memberId: string): Meetup {
  const rsvp = meetup.rsvps.get(memberId);
  if (!rsvp) return meetup;
  return {
    ...meetup,
    confirmedSeats: meetup.confirmedSeats + partySize(rsvp.guests),
    waitlist: meetup.waitlist.delete(memberId),
    rsvps: meetup.rsvps.set(memberId, { ...rsvp, status: "confirmed" }),
  };
}

const sameJson = (left: unknown, right: unknown): boolean => JSON.stringify(left) === JSON.stringify(right);

function withoutRsvp(meetup: Meetup, memberId: string, status: "cancelled" | "removed"): Meetup {
  const rsvp = meetup.rsvps.get(memberId);
  if (!rsvp) return meetup;
  return {
    ...meetup,
    confirmedSeats: meetup.confirmedSeats - (rsvp.status === "confirmed" ? partySize(rsvp.guests) : 0),
    waitlist: meetup.waitlist.delete(memberId),
    rsvps: meetup.rsvps.set(memberId, { ...rsvp, status }),
  };
}

export const meetupDecider: Decider<Meetup, MeetupCommand, MeetupEvent> = {
  initialState: unscheduled,

  decide(command, meetup) {
    const { at } = command.metadata;
    switch (command.type) {
      case "Schedule": {
        if (meetup.status !== "unscheduled")
          throw new InvalidMeetup([{ path: ["meetupId"], message: "a meetup with this id exists" }]);
        assertCoherent(command.schedule, command.details);
        return [
          MeetupScheduled({
            communityId: command.communityId,
            ...command.schedule,
            capacity: command.capacity,
            ...command.details,
          }),
        ];
      }
      case "Publish":
        assertChangeable(command.meetupId, meetup);
        assertNotPast(command.meetupId, meetup, at);
        return meetup.status === "published" ? [] : [MeetupPublished({})];
      case "EditDetails": {
        assertChangeable(command.meetupId, meetup);
        assertNotPast(command.meetupId, meetup, at);
        const defined = Object.entries(command.changes).filter(([, value]) => value !== undefined);
        const details: MeetupDetails = { ...meetup.details, ...Object.fromEntries(defined) };
        if (sameJson(details, meetup.details)) return [];
        assertCoherent(meetup, details);
        // A window that opens again lets in whoever fits in seats freed while it was closed.
        return withPromotions(meetup, at, [MeetupDetailsChanged(details)]);
      }
      case "Reschedule": {
        assertChangeable(command.meetupId, meetup);
        assertNotPast(command.meetupId, meetup, at);
        const { timeZone, startsAt, endsAt } = command.schedule;
        if (timeZone === meetup.timeZone && startsAt === meetup.startsAt && endsAt === meetup.endsAt)
          return [];
        assertCoherent(command.schedule, meetup.details);
        return withPromotions(meetup, at, [MeetupRescheduled({ timeZone, startsAt, endsAt })]);
      }
      case "ChangeCapacity":
        assertChangeable(command.meetupId, meetup);
        assertNotPast(command.meetupId, meetup, at);
        if (command.capacity === meetup.capacity) return [];
        // A decrease takes no seat away: confirmed is a promise. It only stops new confirmations, and one
        // below the seats taken leaves the meetup over full, which the organiser must have meant.
        if (command.capacity !== null && command.capacity < meetup.confirmedSeats && !command.keepSeated)
          throw new CapacityBelowSeatsTaken(command.meetupId, command.capacity, meetup.confirmedSeats);
        return withPromotions(meetup, at, [CapacityChanged({ capacity: command.capacity })]);
      case "Cancel":
        assertScheduled(command.meetupId, meetup);
        if (meetup.status !== "cancelled") assertNotPast(command.meetupId, meetup, at);
        return meetup.status === "cancelled" ? [] : [MeetupCancelled({ message: command.message })];
      case "Rsvp": {
        const { meetupId, memberId, guests } = command;
        // Not listed is what an RSVP's data leaves out: old RSVPs read as not listed, and new ones alike.
        const party = { memberId, guests, ...(command.listed === true && { listed: true }) };
        assertOpenForRsvps(meetupId, meetup);
        if (isActive(meetup.rsvps.get(memberId))) throw new AlreadyRsvped(meetupId, memberId);
        if (guests > meetup.details.guestLimit) throw new TooManyGuests(guests, meetup.details.guestLimit);
        const { rsvpOpensAt } = meetup.details;
        if (rsvpOpensAt !== null && time(at) < time(rsvpOpensAt))
          throw new RsvpNotOpenYet(meetupId, rsvpOpensAt);
        if (!isRsvpWindowOpen(meetup, at)) throw new RsvpClosed(meetupId);
        if (seatsLeft(meetup) >= partySize(guests)) return [RsvpConfirmed(party)];
        if (!meetup.details.waitlist) throw new MeetupFull(meetupId);
        return [RsvpWaitlisted(party)];
      }
      case "ChangeRsvp":
        return rsvpChange(command, meetup);
      case "CancelRsvp":
      case "RemoveRsvp":
        return withdrawal(command, meetup);
      case "ReleaseRsvp":
        return release(command, meetup);
      case "CheckIn":
        return checkIn(command, meetup);
      case "UndoCheckIn":
        return rsvpAtTheDoor(command, meetup).checkedIn
          ? [CheckInUndone({ memberId: command.memberId })]
          : [];
      case "PromoteFromWaitlist":
        return promotionByOrganiser(command, meetup);
    }
  },

  evolve(meetup, event) {
    switch (event.type) {
      case "MeetupScheduled": {
        const { communityId, timeZone, startsAt, endsAt, capacity, ...details } = event.data;
        return {
          ...unscheduled,
          status: "draft",
          communityId,
          timeZone,
          startsAt,
          endsAt,
          capacity,
          details,
        };
      }
      case "MeetupPublished":
        return { ...meetup, status: "published" };
      case "MeetupDetailsChanged":
        return { ...meetup, details: event.data, sequence: meetup.sequence + 1 };
      case "MeetupRescheduled":
        return { ...meetup, ...event.data, sequence: meetup.sequence + 1 };
      case "CapacityChanged":
        return { ...meetup, capacity: event.data.capacity };
      case "MeetupCancelled":
        return {
          ...meetup,
          status: "cancelled",
          cancellationMessage: event.data.message,
          sequence: meetup.sequence + 1,
        };
      case "RsvpConfirmed": {
        const { memberId, guests, listed = false } = event.data;
        return {
          ...meetup,
          confirmedSeats: meetup.confirmedSeats + partySize(guests),
          rsvps: meetup.rsvps.set(memberId, {
            status: "confirmed",
            guests,
            checkedIn: false,
            guestsCheckedIn: 0,
            listed,
          }),
        };
      }
      case "RsvpWaitlisted": {
        const { memberId, guests, listed = false } = event.data;
        return {
          ...meetup,
          waitlist: meetup.waitlist.set(memberId, { memberId, guests }),
          rsvps: meetup.rsvps.set(memberId, {
            status: "waitlisted",
            guests,
            checkedIn: false,
            guestsCheckedIn: 0,
            listed,
          }),
        };
      }
      case "RsvpGuestsChanged": {
        const { memberId, guests } = event.data;
        const rsvp = meetup.rsvps.get(memberId);
        if (!rsvp) return meetup;
        const confirmed = rsvp.status === "confirmed";
        return {
          ...meetup,
          confirmedSeats: meetup.confirmedSeats + (confirmed ? guests - rsvp.guests : 0),
          // Setting a key an ordered map holds keeps its place: the party keeps its place in line.
          waitlist: meetup.waitlist.has(memberId)
            ? meetup.waitlist.set(memberId, { memberId, guests })
            : meetup.waitlist,
          rsvps: meetup.rsvps.set(memberId, { ...rsvp, guests }),
        };
      }
      case "RsvpListingChanged": {
        const { memberId, listed } = event.data;
        const rsvp = meetup.rsvps.get(memberId);
        if (!rsvp) return meetup;
        return { ...meetup, rsvps: meetup.rsvps.set(memberId, { ...rsvp, listed }) };
      }
      case "WaitlistPromoted":
        return promoted(meetup, event.data.memberId);
      case "RsvpCancelled":
        return withoutRsvp(meetup, event.data.memberId, "cancelled");
      case "RsvpRemoved":
        return withoutRsvp(meetup, event.data.memberId, "removed");
      case "RsvpReleased": {
        // Removed by an organiser reads as removed; a member who left or was erased withdrew themself.
        const status = event.data.reason === "removed" ? "removed" : "cancelled";
        const released = withoutRsvp(meetup, event.data.memberId, status);
        return { ...released, releaseCauses: meetup.releaseCauses.add(event.data.cause) };
      }
      case "AttendeeCheckedIn": {
        const { memberId } = event.data;
        const rsvp = meetup.rsvps.get(memberId);
        if (!rsvp) return meetup;
        return {
          ...meetup,
          rsvps: meetup.rsvps.set(memberId, { ...rsvp, checkedIn: true, guestsCheckedIn: rsvp.guests }),
        };
      }
      case "GuestsCheckedIn": {
        const { memberId, guests } = event.data;
        const rsvp = meetup.rsvps.get(memberId);
        if (!rsvp) return meetup;
        return {
          ...meetup,
          rsvps: meetup.rsvps.set(memberId, { ...rsvp, checkedIn: true, guestsCheckedIn: guests }),
        };
      }
      case "CheckInUndone": {
        const { memberId } = event.data;
        const rsvp = meetup.rsvps.get(memberId);
        if (!rsvp) return meetup;
        return {
          ...meetup,
          rsvps: meetup.rsvps.set(memberId, { ...rsvp, checkedIn: false, guestsCheckedIn: 0 }),
        };
      }
      case "WaitlistPromotedByOrganiser":
        return promoted(meetup, event.data.memberId);
    }
  },
};
