import {
  AlreadyRsvped,
  CapacityBelowSeatsTaken,
  CheckInClosed,
  GuestsBeyondParty,
  InvalidMeetup,
  MeetupCancelled,
  type MeetupDetailsInput,
  type MeetupDocument,
  MeetupFull,
  MeetupIsPast,
  MeetupNotFound,
  MeetupNotPublished,
  NoRsvp,
  NoSeatsForParty,
  NotAMember,
  NotAnOrganiser,
  NotConfirmed,
  NotEnoughSeats,
  NotWaitlisted,
  type RescheduleInput,
  RsvpClosed,
  RsvpNotOpenYet,
  type ScheduleMeetupInput,
  TooManyGuests,
} from "@meetstream/core/meetup";
import type { GraphqlContext } from "./context";
import { idempotencyKeyOf, signedIn, withoutNulls } from "./mutations";
import { NotSignedIn } from "./rejections";
import { idOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, type Rejection, resultUnions } from "./results";

const clearable = new Set(["venue", "joinUrl", "rsvpOpensAt", "rsvpClosesAt"]);

/** Left out keeps a value; null clears the clearable details and keeps the rest. */
const detailsChanges = (input: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(input).filter(
      ([name, value]) => value !== undefined && (value !== null || clearable.has(name)),
    ),
  ) as MeetupDetailsInput;

/**
 * The meetup as the caller may see it after the command, read afresh (the local bus projects before the
 * command returns): organisers and members get the same `Meetup` type, whose fields guard themselves.
 */
async function answered(meetupId: string, context: GraphqlContext): Promise<MeetupDocument> {
  const meetup = await context.meetups.byId(meetupId, context.viewer?.memberId);
  if (!meetup) throw new MeetupNotFound(meetupId);
  context.meetupById.clear(meetupId).prime(meetupId, meetup);
  return meetup;
}

const organiserRejections = [
  InvalidMeetup,
  MeetupNotFound,
  NotAnOrganiser,
  MeetupCancelled,
  MeetupNotPublished,
  MeetupIsPast,
] as const;

const withdrawalRejections = [
  MeetupNotFound,
  MeetupNotPublished,
  MeetupCancelled,
  NoRsvp,
  RsvpClosed,
] as const;

const doorRejections = [
  MeetupNotFound,
  NotAnOrganiser,
  MeetupNotPublished,
  MeetupCancelled,
  NoRsvp,
  NotConfirmed,
  CheckInClosed,
] as const;

interface MeetupArguments {
  meetupId: string;
  idempotencyKey?: string | null;
}

interface AttendeeArguments extends MeetupArguments {
  memberId: string;
}

interface ScheduleMeetupArguments {
  // The other fields as ScheduleMeetupInput names them, each null or left out when not given.
  input: Record<string, unknown> & { communityId: string; capacity?: number | null };
  idempotencyKey?: string | null;
}

/** What every command on one meetup carries, checked in the order clients meet their errors: key, then id. */
interface OneMeetup {
  meetupId: string;
  idempotencyKey: string | undefined;
}

/**
 * A command on one meetup by a signed-in member, answered with the meetup as it left it. The command checks
 * the rest of its arguments, then who is signed in (`signedIn`).
 */
const onMeetup = <Arguments extends MeetupArguments>(
  rejections: readonly Rejection[],
  command: (meetup: OneMeetup, args: Arguments, context: GraphqlContext) => Promise<unknown>,
) =>
  answeringRejections([NotSignedIn, ...rejections], async (_root, args: Arguments, context) => {
    const idempotencyKey = idempotencyKeyOf(args);
    const meetupId = idOf(args.meetupId, "Meetup");
    await command({ meetupId, idempotencyKey }, args, context);
    return answered(meetupId, context);
  });

const mutation: MutationResolvers<GraphqlContext> = {
  scheduleMeetup: answeringRejections(
    [NotSignedIn, InvalidMeetup, NotAnOrganiser],
    async (_root, args: ScheduleMeetupArguments, context) => {
      const idempotencyKey = idempotencyKeyOf(args);
      const { communityId, capacity, ...rest } = args.input;
      const input = {
        ...withoutNulls(rest),
        communityId: idOf(communityId, "Community"),
        capacity: capacity ?? null,
      } as ScheduleMeetupInput;
      const result = await context.meetups.schedule({ actor: signedIn(context), input, idempotencyKey });
      return answered(result.meetupId, context);
    },
  ),

  publishMeetup: onMeetup(organiserRejections, (command, _args, context) =>
    context.meetups.publish({ actor: signedIn(context), ...command }),
  ),

  editMeetup: onMeetup(
    organiserRejections,
    (command, args: MeetupArguments & { input: Record<string, unknown> }, context) =>
      context.meetups.edit({ actor: signedIn(context), ...command, input: detailsChanges(args.input) }),
  ),

  rescheduleMeetup: onMeetup(
    organiserRejections,
    (command, args: MeetupArguments & { input: RescheduleInput }, context) =>
      context.meetups.reschedule({ actor: signedIn(context), ...command, input: args.input }),
  ),

  // Null or left out: unlimited.
  changeMeetupCapacity: onMeetup(
    [...organiserRejections, CapacityBelowSeatsTaken],
    (command, args: MeetupArguments & { capacity?: number | null; keepSeated?: boolean | null }, context) =>
      context.meetups.changeCapacity({
        actor: signedIn(context),
        ...command,
        capacity: args.capacity ?? null,
        keepSeated: args.keepSeated === true,
      }),
  ),

  cancelMeetup: onMeetup(
    organiserRejections,
    (command, args: MeetupArguments & { message: string }, context) =>
      context.meetups.cancel({ actor: signedIn(context), ...command, message: args.message }),
  ),

  rsvp: onMeetup(
    [
      InvalidMeetup,
      MeetupNotFound,
      NotAMember,
      MeetupNotPublished,
      MeetupCancelled,
      RsvpClosed,
      RsvpNotOpenYet,
      MeetupFull,
      TooManyGuests,
      AlreadyRsvped,
    ],
    (command, args: MeetupArguments & { guests?: number | null; listed?: boolean | null }, context) =>
      context.meetups.rsvp({
        actor: signedIn(context),
        ...command,
        guests: args.guests ?? 0,
        listed: args.listed === true,
      }),
  ),

  // Null or left out: that part of the RSVP stays as it is.
  changeRsvp: onMeetup(
    [
      InvalidMeetup,
      MeetupNotFound,
      NotAMember,
      MeetupNotPublished,
      MeetupCancelled,
      NoRsvp,
      RsvpClosed,
      TooManyGuests,
      NotEnoughSeats,
    ],
    (command, args: MeetupArguments & { guests?: number | null; listed?: boolean | null }, context) =>
      context.meetups.changeRsvp({
        actor: signedIn(context),
        ...command,
        ...(args.guests == null ? {} : { guests: args.guests }),
        ...(args.listed == null ? {} : { listed: args.listed }),
      }),
  ),

  cancelRsvp: onMeetup(withdrawalRejections, (command, _args, context) =>
    context.meetups.cancelRsvp({ actor: signedIn(context), ...command }),
  ),

  removeRsvp: onMeetup(
    [...withdrawalRejections, NotAnOrganiser],
    (command, args: AttendeeArguments, context) => {
      const memberId = idOf(args.memberId, "Member");
      return context.meetups.removeRsvp({ actor: signedIn(context), ...command, memberId });
    },
  ),

  promoteFromWaitlist: onMeetup(
    [...withdrawalRejections, NotAnOrganiser, NotWaitlisted, NoSeatsForParty],
    (command, args: AttendeeArguments & { overCapacity?: boolean | null }, context) => {
      const memberId = idOf(args.memberId, "Member");
      return context.meetups.promoteFromWaitlist({
        actor: signedIn(context),
        ...command,
        memberId,
        overCapacity: args.overCapacity === true,
      });
    },
  ),

  checkIn: onMeetup(doorRejections, (command, args: AttendeeArguments, context) => {
    const memberId = idOf(args.memberId, "Member");
    return context.meetups.checkIn({ actor: signedIn(context), ...command, memberId });
  }),

  checkInGuests: onMeetup(
    [...doorRejections, InvalidMeetup, GuestsBeyondParty],
    (command, args: AttendeeArguments & { guests: number }, context) => {
      const memberId = idOf(args.memberId, "Member");
      return context.meetups.checkIn({ actor: signedIn(context), ...command, memberId, guests: args.guests });
    },
  ),

  undoCheckIn: onMeetup(doorRejections, (command, args: AttendeeArguments, context) => {
    const memberId = idOf(args.memberId, "Member");
    return context.meetups.undoCheckIn({ actor: signedIn(context), ...command, memberId });
  }),
};

export const meetupMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("Meetup", [
    "ScheduleMeetupResult",
    "PublishMeetupResult",
    "EditMeetupResult",
    "RescheduleMeetupResult",
    "ChangeMeetupCapacityResult",
    "CancelMeetupResult",
    "RsvpResult",
    "ChangeRsvpResult",
    "CancelRsvpResult",
    "RemoveRsvpResult",
    "CheckInResult",
    "PromoteFromWaitlistResult",
    "CheckInGuestsResult",
    "UndoCheckInResult",
  ]),
};
