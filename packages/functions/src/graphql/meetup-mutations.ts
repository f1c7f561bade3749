import {
  AlreadyRsvped,
  CheckInClosed,
  InvalidMeetup,
  MeetupCancelled,
  type MeetupDetailsInput,
  type MeetupDocument,
  MeetupFull,
  MeetupNotFound,
  MeetupNotPublished,
  NoRsvp,
  NotAMember,
  NotAnOrganiser,
  NotConfirmed,
  RsvpClosed,
  RsvpNotOpenYet,
  type ScheduleMeetupInput,
  TooManyGuests,
} from "@meetstream/core/meetup/index";
import * as z from "@meetstream/core/validation/zod";
import { builder } from "./builder";
import { CommunityRef } from "./community";
import type { GraphqlContext } from "./context";
import { MeetupRef } from "./meetup";
import { MemberRef } from "./member";
import { NotSignedIn } from "./rejections";

const CoordinatesInputRef = builder.inputType("CoordinatesInput", {
  fields: (t) => ({
    latitude: t.float({ required: true }),
    longitude: t.float({ required: true }),
  }),
});

const VenueInputRef = builder.inputType("VenueInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    address: t.string({ required: true }),
    coordinates: t.field({ type: CoordinatesInputRef }),
  }),
});

const ScheduleMeetupInputRef = builder.inputType("ScheduleMeetupInput", {
  description: "A new meetup (a draft until published). Times are ISO-8601 instants in UTC.",
  fields: (t) => ({
    communityId: t.globalID({ required: true, for: CommunityRef }),
    title: t.string({ required: true, description: "3 to 120 characters." }),
    description: t.string({ description: "Markdown, up to 10,000 characters." }),
    timeZone: t.string({ required: true, description: "IANA time zone, like Europe/Berlin." }),
    startsAt: t.string({ required: true }),
    endsAt: t.string({ required: true, description: "After the start." }),
    capacity: t.int({ description: "Seats, guests included; null or left out for unlimited." }),
    venue: t.field({ type: VenueInputRef }),
    joinUrl: t.string({ description: "An https URL: shown to confirmed attendees and organisers only." }),
    guestLimit: t.int({ description: "Guests one RSVP may bring, 0 to 10 (default 0)." }),
    rsvpOpensAt: t.string(),
    rsvpClosesAt: t.string({ description: "By the start (default: the start)." }),
    waitlist: t.boolean({ description: "Default true." }),
  }),
});

const EditMeetupInputRef = builder.inputType("EditMeetupInput", {
  description:
    "The details to change; a field left out keeps its value. Null clears venue, joinUrl, rsvpOpensAt and rsvpClosesAt, and keeps the others.",
  fields: (t) => ({
    title: t.string(),
    description: t.string(),
    venue: t.field({ type: VenueInputRef }),
    joinUrl: t.string(),
    guestLimit: t.int(),
    rsvpOpensAt: t.string(),
    rsvpClosesAt: t.string(),
    waitlist: t.boolean(),
  }),
});

const RescheduleMeetupInputRef = builder.inputType("RescheduleMeetupInput", {
  fields: (t) => ({
    timeZone: t.string({ required: true }),
    startsAt: t.string({ required: true }),
    endsAt: t.string({ required: true }),
  }),
});

const idempotencyKeyArgument = {
  description:
    "Any unique string (a UUID): a retry with the same key and input returns the first result and changes nothing again.",
  validate: z.string().check(z.minLength(1), z.maxLength(128)),
};

const clearable = new Set(["venue", "joinUrl", "rsvpOpensAt", "rsvpClosesAt"]);

/** Left out keeps a value; null clears the clearable details and keeps the rest. */
const detailsChanges = (input: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(input).filter(
      ([name, value]) => value !== undefined && (value !== null || clearable.has(name)),
    ),
  ) as MeetupDetailsInput;

const withoutNulls = <Input extends Record<string, unknown>>(input: Input) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value != null));

function signedIn({ viewer }: GraphqlContext): string {
  if (!viewer) throw new NotSignedIn();
  return viewer.memberId;
}

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
  NotSignedIn,
  InvalidMeetup,
  MeetupNotFound,
  NotAnOrganiser,
  MeetupCancelled,
  MeetupNotPublished,
] as const;

const withdrawalRejections = [
  NotSignedIn,
  MeetupNotFound,
  MeetupNotPublished,
  MeetupCancelled,
  NoRsvp,
  RsvpClosed,
] as const;

builder.mutationFields((t) => {
  const meetupId = () => t.arg.globalID({ required: true, for: MeetupRef });
  const idempotencyKey = () => t.arg.string(idempotencyKeyArgument);
  const errors = (union: string, types: readonly (new (...parameters: never[]) => Error)[]) => ({
    types: [...types],
    directResult: true as const,
    union: { name: union },
  });

  return {
    scheduleMeetup: t.field({
      type: MeetupRef,
      description: "Schedules a meetup as a draft. Organisers of the community only.",
      args: {
        input: t.arg({ type: ScheduleMeetupInputRef, required: true }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("ScheduleMeetupResult", [NotSignedIn, InvalidMeetup, NotAnOrganiser]),
      resolve: async (_root, { input, idempotencyKey }, context) => {
        const { communityId, capacity, ...rest } = input;
        const result = await context.meetups.schedule({
          actor: signedIn(context),
          input: {
            ...withoutNulls(rest),
            communityId: communityId.id,
            capacity: capacity ?? null,
          } as ScheduleMeetupInput,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(result.meetupId, context);
      },
    }),

    publishMeetup: t.field({
      type: MeetupRef,
      description: "Publishes a draft: members see it and may RSVP. Organisers only.",
      args: { meetupId: meetupId(), idempotencyKey: idempotencyKey() },
      errors: errors("PublishMeetupResult", organiserRejections),
      resolve: async (_root, { meetupId, idempotencyKey }, context) => {
        await context.meetups.publish({
          actor: signedIn(context),
          meetupId: meetupId.id,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    editMeetup: t.field({
      type: MeetupRef,
      description: "Changes a meetup's details. Organisers only.",
      args: {
        meetupId: meetupId(),
        input: t.arg({ type: EditMeetupInputRef, required: true }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("EditMeetupResult", organiserRejections),
      resolve: async (_root, { meetupId, input, idempotencyKey }, context) => {
        await context.meetups.edit({
          actor: signedIn(context),
          meetupId: meetupId.id,
          input: detailsChanges(input),
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    rescheduleMeetup: t.field({
      type: MeetupRef,
      description: "Moves a meetup in time. Organisers only.",
      args: {
        meetupId: meetupId(),
        input: t.arg({ type: RescheduleMeetupInputRef, required: true }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("RescheduleMeetupResult", organiserRejections),
      resolve: async (_root, { meetupId, input, idempotencyKey }, context) => {
        await context.meetups.reschedule({
          actor: signedIn(context),
          meetupId: meetupId.id,
          input,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    changeMeetupCapacity: t.field({
      type: MeetupRef,
      description:
        "Sets the seats (guests included; null for unlimited). An increase promotes from the waitlist. Organisers only.",
      args: { meetupId: meetupId(), capacity: t.arg.int(), idempotencyKey: idempotencyKey() },
      errors: errors("ChangeMeetupCapacityResult", organiserRejections),
      resolve: async (_root, { meetupId, capacity, idempotencyKey }, context) => {
        await context.meetups.changeCapacity({
          actor: signedIn(context),
          meetupId: meetupId.id,
          capacity: capacity ?? null,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    cancelMeetup: t.field({
      type: MeetupRef,
      description: "Cancels a meetup for good, with a message for its attendees. Organisers only.",
      args: {
        meetupId: meetupId(),
        message: t.arg.string({ required: true }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("CancelMeetupResult", organiserRejections),
      resolve: async (_root, { meetupId, message, idempotencyKey }, context) => {
        await context.meetups.cancel({
          actor: signedIn(context),
          meetupId: meetupId.id,
          message,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    rsvp: t.field({
      type: MeetupRef,
      description:
        "RSVPs for the signed-in member (members of the community only), with guests: confirmed if the party fits, else waitlisted. See Meetup.viewerRsvp.",
      args: {
        meetupId: meetupId(),
        guests: t.arg.int({ description: "Default 0; at most the meetup's guestLimit." }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("RsvpResult", [
        NotSignedIn,
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
      ]),
      resolve: async (_root, { meetupId, guests, idempotencyKey }, context) => {
        await context.meetups.rsvp({
          actor: signedIn(context),
          meetupId: meetupId.id,
          guests: guests ?? 0,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    cancelRsvp: t.field({
      type: MeetupRef,
      description: "Withdraws the signed-in member's RSVP; the waitlist moves up.",
      args: { meetupId: meetupId(), idempotencyKey: idempotencyKey() },
      errors: errors("CancelRsvpResult", withdrawalRejections),
      resolve: async (_root, { meetupId, idempotencyKey }, context) => {
        await context.meetups.cancelRsvp({
          actor: signedIn(context),
          meetupId: meetupId.id,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    removeRsvp: t.field({
      type: MeetupRef,
      description: "Removes a member's RSVP; the waitlist moves up. Organisers only.",
      args: {
        meetupId: meetupId(),
        memberId: t.arg.globalID({ required: true, for: MemberRef }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("RemoveRsvpResult", [...withdrawalRejections, NotAnOrganiser]),
      resolve: async (_root, { meetupId, memberId, idempotencyKey }, context) => {
        await context.meetups.removeRsvp({
          actor: signedIn(context),
          meetupId: meetupId.id,
          memberId: memberId.id,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),

    checkIn: t.field({
      type: MeetupRef,
      description: "Checks a confirmed attendee in at the door. Organisers and hosts only.",
      args: {
        meetupId: meetupId(),
        memberId: t.arg.globalID({ required: true, for: MemberRef }),
        idempotencyKey: idempotencyKey(),
      },
      errors: errors("CheckInResult", [
        NotSignedIn,
        MeetupNotFound,
        NotAnOrganiser,
        MeetupNotPublished,
        MeetupCancelled,
        NoRsvp,
        NotConfirmed,
        CheckInClosed,
      ]),
      resolve: async (_root, { meetupId, memberId, idempotencyKey }, context) => {
        await context.meetups.checkIn({
          actor: signedIn(context),
          meetupId: meetupId.id,
          memberId: memberId.id,
          idempotencyKey: idempotencyKey ?? undefined,
        });
        return answered(meetupId.id, context);
      },
    }),
  };
});
