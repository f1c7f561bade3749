import type { CapacityBelowSeatsTaken, NotEnoughSeats, TooManyGuests } from "@meetstream/core/meetup";
import type { GraphqlContext } from "./context";
import type {
  CapacityBelowSeatsTakenResolvers,
  NotEnoughSeatsResolvers,
  TooManyGuestsResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

/*
 * The meetup's rejections implement `Error` (see rejections.ts). NotAnOrganiser and NotAMember are the
 * community's (one class per code): see community-rejections.ts. MeetupNotFound, MeetupNotPublished,
 * MeetupCancelled, RsvpClosed, RsvpNotOpenYet (opensAt), MeetupFull, AlreadyRsvped, NoRsvp, NotConfirmed,
 * CheckInClosed, GuestsBeyondParty, MeetupIsPast ("This meetup has ended: it can no longer be changed.")
 * and InvalidMeetup (issues) read their fields as they are.
 */

const tooManyGuests: TooManyGuestsResolvers<GraphqlContext, TooManyGuests> = {
  // Not `guestLimit`: Meetup.guestLimit shares a result union with it.
  allowedGuests: (error) => error.guestLimit,
};

const capacityBelowSeatsTaken: CapacityBelowSeatsTakenResolvers<GraphqlContext, CapacityBelowSeatsTaken> = {
  requestedCapacity: (error) => error.capacity,
};

const notEnoughSeats: NotEnoughSeatsResolvers<GraphqlContext, NotEnoughSeats> = {
  seatsAvailable: (error) => error.seatsLeft,
};

export const meetupRejectionResolvers: ContextResolvers = {
  CapacityBelowSeatsTaken: capacityBelowSeatsTaken,
  NotEnoughSeats: notEnoughSeats,
  TooManyGuests: tooManyGuests,
  MeetupIssue: inputIssue,
};
