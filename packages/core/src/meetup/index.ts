/**
 * What other folders may import from the meetup context.
 *
 * The online join URL is never in the meetup document (nor in any list): it lives in a private document
 * beside it, and the query `joinUrlFor(meetupId, viewerId)` returns it to confirmed attendees who are
 * members of the meetup's community now, and to its organisers, never to an erased member (null to
 * anyone else). Every read is a query (queries.ts) that takes the viewer and decides what they see.
 * `MeetupDocument.online` says whether there is one.
 * Results of organiser commands (`MeetupResult.meetup`, a `MeetupSummary`: the meetup without its RSVPs)
 * carry it too: return them to organisers only.
 *
 * When a membership ends (left, removed, erased), `membershipEndedReactor` releases the member's RSVPs
 * to the community's meetups still to come (`RsvpReleased`), as a cancellation would.
 */
export type { Page } from "../documents/paged-query";
export { checkInOpensBeforeStart, correctionsCloseAfterEnd } from "./check-in-window";
export {
  type MeetupAudience,
  type MeetupModule,
  type MeetupModuleOptions,
  type MeetupResult,
  type MeetupSeat,
  meetupModule,
  type RsvpResult,
} from "./commands";
export type { CommunityRoles, CommunityStanding } from "./community-roles";
export {
  type Attendance,
  attendanceOf,
  type Meetup,
  type Rsvp,
  type RsvpStatus,
  type WaitlistedParty,
} from "./decider";
export {
  type AttendeeDocument,
  attendeeKey,
  type MeetupDocument,
  meetupCursorOf,
  meetupIdOfStream,
  meetupKey,
  meetupProjections,
  meetupStream,
  type TimelinePoint,
} from "./documents";
export {
  AlreadyRsvped,
  CapacityBelowSeatsTaken,
  CheckInClosed,
  GuestsBeyondParty,
  InvalidMeetup,
  MeetupCancelled,
  MeetupFull,
  MeetupIsPast,
  type MeetupIssue,
  MeetupNotFound,
  MeetupNotPublished,
  NoRsvp,
  NoSeatsForParty,
  NotAMember,
  NotAnOrganiser,
  NotConfirmed,
  NotEnoughSeats,
  NotWaitlisted,
  RsvpClosed,
  RsvpNotOpenYet,
  TooManyGuests,
} from "./errors";
export { meetupEventTypes, type RsvpReleaseReason } from "./events";
export type { HistoryEntry, MeetupHistoryEntry } from "./history-summary";
export type { MeetupDetailsInput, RescheduleInput, ScheduleMeetupInput } from "./meetup-input";
export {
  type CheckInAccess,
  checkInAccessOf,
  isCheckInOpen,
  type MeetupPhase,
  phaseOf,
} from "./meetup-phase";
export type { MeetupSummary } from "./meetup-summary";
export type { MemberStatus } from "./member-status";
export {
  type MembershipEndedOptions,
  membershipEndedActor,
  membershipEndedReactor,
} from "./membership-ended";
export {
  type Attendee,
  type GuestList,
  historyCursorOf,
  type MeetupHost,
  type MeetupQueries,
  type MeetupQueriesOptions,
  meetupQueries,
  type UpcomingFilter,
  type WaitingParty,
} from "./queries";
