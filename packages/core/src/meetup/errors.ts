import type { Subject } from "../community";
import { MeetstreamError } from "../errors/meetstream-error";

/*
 * Authorization failures are the community's own errors (one class per code across the API):
 * `NotAnOrganiser` (also when check-in or the attendee list is asked for by someone neither organiser
 * nor host) and `NotAMember` (RSVPs need a membership; a pending request is not one).
 */
export { NotAMember, NotAnOrganiser } from "../community";

/* As the community's: a message for people, without ids (they stay as properties, for logs). */

export class MeetupNotFound extends MeetstreamError {
  readonly code = "MEETUP_NOT_FOUND";

  constructor(readonly meetupId: string) {
    super("There is no such meetup.");
  }
}

/** A draft takes no RSVPs and no check-ins: members cannot see it yet. */
export class MeetupNotPublished extends MeetstreamError {
  readonly code = "MEETUP_NOT_PUBLISHED";

  constructor(readonly meetupId: string) {
    super("This meetup is not published yet.");
  }
}

/** A cancelled meetup is final: it changes no more, and takes no RSVPs. */
export class MeetupCancelled extends MeetstreamError {
  readonly code = "MEETUP_CANCELLED";

  constructor(readonly meetupId: string) {
    super("This meetup is cancelled.");
  }
}

/** The RSVP window has closed (or the meetup has started): RSVPs no longer change. */
export class RsvpClosed extends MeetstreamError {
  readonly code = "RSVP_CLOSED";

  constructor(readonly meetupId: string) {
    super("RSVPs for this meetup are closed.");
  }
}

export class RsvpNotOpenYet extends MeetstreamError {
  readonly code = "RSVP_NOT_OPEN_YET";

  constructor(
    readonly meetupId: string,
    readonly opensAt: string,
  ) {
    super(`RSVPs for this meetup open at ${opensAt}.`);
  }
}

/** No seats for the party, and the meetup keeps no waitlist. */
export class MeetupFull extends MeetstreamError {
  readonly code = "MEETUP_FULL";

  constructor(readonly meetupId: string) {
    super("This meetup is full.");
  }
}

export class TooManyGuests extends MeetstreamError {
  readonly code = "TOO_MANY_GUESTS";

  constructor(
    readonly guests: number,
    readonly guestLimit: number,
  ) {
    super(`An RSVP may bring at most ${guestLimit} guests, not ${guests}.`);
  }
}

/**
 * More guests than the seats left hold. The RSVP stays as it was: a confirmed member never loses their own
 * seat, nor goes back in line, for asking to bring someone.
 */
export class NotEnoughSeats extends MeetstreamError {
  readonly code = "NOT_ENOUGH_SEATS";

  constructor(
    readonly meetupId: string,
    readonly seatsLeft: number,
    readonly guestsAdded: number,
  ) {
    super(
      seatsLeft === 0
        ? "No seat is left for another guest: your RSVP stays as it was."
        : `Only ${seatsLeft} ${seatsLeft === 1 ? "seat is" : "seats are"} left, not enough for ${guestsAdded} more guests: your RSVP stays as it was.`,
    );
  }
}

/** The member already holds a confirmed or waitlisted RSVP: they change it (`ChangeRsvp`) rather than RSVP again. */
export class AlreadyRsvped extends MeetstreamError {
  readonly code = "ALREADY_RSVPED";

  constructor(
    readonly meetupId: string,
    readonly memberId: string,
  ) {
    super("You have already RSVPed to this meetup: change your RSVP instead.");
  }
}

/** The member holds no confirmed or waitlisted RSVP to act on. */
export class NoRsvp extends MeetstreamError {
  readonly code = "NO_RSVP";

  constructor(
    readonly meetupId: string,
    readonly memberId: string,
    readonly subject: Subject = "you",
  ) {
    super(subject === "you" ? "You have no RSVP to this meetup." : "That member has no RSVP to this meetup.");
  }
}

/** Only confirmed attendees are checked in: waitlisted, cancelled and removed RSVPs hold no seat. */
export class NotConfirmed extends MeetstreamError {
  readonly code = "NOT_CONFIRMED";

  constructor(
    readonly meetupId: string,
    readonly memberId: string,
    readonly subject: Subject = "another member",
  ) {
    super(
      subject === "you"
        ? "You hold no confirmed seat at this meetup."
        : "That member holds no confirmed seat at this meetup.",
    );
  }
}

/** Only a waitlisted RSVP is promoted: a confirmed one holds its seats, a withdrawn one waits for nothing. */
export class NotWaitlisted extends MeetstreamError {
  readonly code = "NOT_WAITLISTED";

  constructor(
    readonly meetupId: string,
    readonly memberId: string,
  ) {
    super("That member is not on the waitlist of this meetup.");
  }
}

/**
 * A promotion the seats left cannot hold is refused unless the organiser confirms going over the capacity:
 * an organiser who did not look at the count should not overbook by a click.
 */
export class NoSeatsForParty extends MeetstreamError {
  readonly code = "NO_SEATS_FOR_PARTY";

  constructor(
    readonly meetupId: string,
    readonly seatsNeeded: number,
    readonly seatsLeft: number,
  ) {
    super(
      `The party needs ${seatsNeeded} ${seatsNeeded === 1 ? "seat" : "seats"} and ${seatsLeft === 0 ? "none is" : seatsLeft === 1 ? "1 is" : `${seatsLeft} are`} free: confirm to seat it over the capacity.`,
    );
  }
}

/**
 * Check-in runs from an hour before the start to the end, for organisers and hosts; organisers alone may
 * correct it for a week after the end.
 */
export class CheckInClosed extends MeetstreamError {
  readonly code = "CHECK_IN_CLOSED";

  constructor(readonly meetupId: string) {
    super("Check-in for this meetup is closed.");
  }
}

/** A party is checked in with at most the guests it RSVPed with. */
export class GuestsBeyondParty extends MeetstreamError {
  readonly code = "GUESTS_BEYOND_PARTY";

  constructor(
    readonly meetupId: string,
    readonly memberId: string,
    readonly guests: number,
    readonly partyGuests: number,
  ) {
    super(
      partyGuests === 0
        ? "That member RSVPed without guests."
        : `That member RSVPed with ${partyGuests === 1 ? "1 guest" : `${partyGuests} guests`}: check in at most that many.`,
    );
  }
}

/** Once a meetup has ended it is a record: its details, time, capacity and status change no more. */
export class MeetupIsPast extends MeetstreamError {
  readonly code = "MEETUP_IS_PAST";

  constructor(readonly meetupId: string) {
    super("This meetup has ended: it can no longer be changed.");
  }
}

/** A capacity below the seats already held is refused unless the organiser confirms it: seated people keep their seats. */
export class CapacityBelowSeatsTaken extends MeetstreamError {
  readonly code = "CAPACITY_BELOW_SEATS_TAKEN";

  constructor(
    readonly meetupId: string,
    readonly capacity: number,
    readonly seatsTaken: number,
  ) {
    super(
      `${seatsTaken} ${seatsTaken === 1 ? "seat is" : "seats are"} already taken, more than a capacity of ${capacity}: confirm to keep everyone seated.`,
    );
  }
}

export interface MeetupIssue {
  path: (string | number)[];
  message: string;
}

/** Input that breaks the meetup rules; nothing was recorded. */
export class InvalidMeetup extends MeetstreamError {
  readonly code = "INVALID_MEETUP";

  constructor(readonly issues: readonly MeetupIssue[]) {
    super(
      `the meetup is invalid: ${issues.map((issue) => `${issue.path.join(".") || "meetup"}: ${issue.message}`).join("; ")}`,
    );
  }
}
