import type { CommunitySummary } from "@meetstream/core/community/index";
import {
  type Attendee,
  type HistoryEntry,
  type Meetup,
  type MeetupDocument,
  meetupCursorOf,
  NotAnOrganiser,
  type TimelinePoint,
  type WaitlistedParty,
} from "@meetstream/core/meetup/index";
import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";
import { builder } from "./builder";
import { CommunityRef, connection, forwardPage } from "./community";
import type { GraphqlContext } from "./context";
import { MemberRef, MeRef } from "./member";

export const MeetupStatusEnum = builder.enumType("MeetupStatus", {
  values: {
    DRAFT: { value: "draft", description: "Only the community's organisers see it." },
    PUBLISHED: { value: "published" },
    CANCELLED: { value: "cancelled", description: "Final: it changes no more and takes no RSVPs." },
  } as const,
});

export const RsvpStatusEnum = builder.enumType("RsvpStatus", {
  values: {
    CONFIRMED: { value: "confirmed", description: "Holds a seat (and one per guest)." },
    WAITLISTED: { value: "waitlisted", description: "Waits for a seat, first in first out." },
    CANCELLED: { value: "cancelled", description: "Withdrawn by the member." },
    REMOVED: { value: "removed", description: "Removed by an organiser." },
  } as const,
});

export const AttendanceEnum = builder.enumType("Attendance", {
  description: "Whether a confirmed attendee came: derived when read, from check-ins and the meetup's end.",
  values: {
    CHECKED_IN: { value: "checked in" },
    EXPECTED: { value: "expected", description: "Confirmed, not checked in, and the meetup has not ended." },
    NO_SHOW: { value: "no-show", description: "Confirmed, never checked in, and the meetup has ended." },
  } as const,
});

type Venue = NonNullable<MeetupDocument["venue"]>;

const CoordinatesRef = builder.objectRef<NonNullable<Venue["coordinates"]>>("Coordinates").implement({
  fields: (t) => ({ latitude: t.exposeFloat("latitude"), longitude: t.exposeFloat("longitude") }),
});

const VenueRef = builder.objectRef<Venue>("Venue").implement({
  fields: (t) => ({
    name: t.exposeString("name"),
    address: t.exposeString("address"),
    coordinates: t.field({
      type: CoordinatesRef,
      nullable: true,
      resolve: (venue) => venue.coordinates,
    }),
  }),
});

export const MeetupRef = builder.objectRef<MeetupDocument>("Meetup");

/** The viewer's standing in the meetup's community (per-request cache): it guards what they see. */
async function standingIn(meetup: { communityId: string }, { viewer, viewerStanding }: GraphqlContext) {
  return viewer ? viewerStanding.load(meetup.communityId) : null;
}

const organises = async (meetup: { communityId: string }, context: GraphqlContext) =>
  (await standingIn(meetup, context)) === "organiser";

const organisesOrHosts = async (meetup: { communityId: string }, context: GraphqlContext) => {
  const standing = await standingIn(meetup, context);
  return standing === "organiser" || standing === "host";
};

const memberField = {
  type: MemberRef,
  nullable: true,
  description: "Null only for a moment after a new member signs up.",
  resolve: async (parent: { memberId: string }, _arguments: unknown, { memberById }: GraphqlContext) =>
    (await memberById.load(parent.memberId)) ?? null,
} as const;

const ViewerRsvpRef = builder.objectRef<Attendee>("ViewerRsvp").implement({
  description: "The signed-in member's own RSVP to a meetup.",
  fields: (t) => ({
    status: t.field({ type: RsvpStatusEnum, resolve: (rsvp) => rsvp.status }),
    guests: t.exposeInt("guests"),
    waitlistPosition: t.exposeInt("waitlistPosition", {
      nullable: true,
      description: "1 for the first party in line; null when not waitlisted.",
    }),
    checkedIn: t.exposeBoolean("checkedIn"),
    attendance: t.field({ type: AttendanceEnum, nullable: true, resolve: (rsvp) => rsvp.attendance }),
  }),
});

const AttendeeRef = builder.objectRef<Attendee>("Attendee").implement({
  description: "One member's RSVP, as organisers and hosts see it.",
  fields: (t) => ({
    member: t.field(memberField),
    status: t.field({ type: RsvpStatusEnum, resolve: (attendee) => attendee.status }),
    guests: t.exposeInt("guests"),
    waitlistPosition: t.exposeInt("waitlistPosition", { nullable: true }),
    checkedIn: t.exposeBoolean("checkedIn"),
    checkedInAt: t.exposeString("checkedInAt", { nullable: true }),
    rsvpAt: t.exposeString("rsvpAt", { description: "When the member last RSVPed." }),
    attendance: t.field({ type: AttendanceEnum, nullable: true, resolve: (attendee) => attendee.attendance }),
  }),
});

const WaitlistedPartyRef = builder
  .objectRef<WaitlistedParty & { position: number }>("WaitlistedParty")
  .implement({
    fields: (t) => ({
      position: t.exposeInt("position", { description: "1 for the first in line." }),
      member: t.field(memberField),
      guests: t.exposeInt("guests"),
    }),
  });

const TimelinePointRef = builder.objectRef<TimelinePoint>("MeetupTimelinePoint").implement({
  description: "People (guests included) after one RSVP change.",
  fields: (t) => ({
    at: t.exposeString("at"),
    confirmed: t.exposeInt("confirmed"),
    waitlisted: t.exposeInt("waitlisted"),
    checkedIn: t.exposeInt("checkedIn"),
  }),
});

const HistoryEntryRef = builder.objectRef<HistoryEntry>("MeetupHistoryEntry").implement({
  description: "One change to a meetup, from the log.",
  fields: (t) => ({
    version: t.exposeInt("version"),
    type: t.exposeString("type", { description: "The event type, e.g. RsvpConfirmed." }),
    actor: t.field({
      type: MemberRef,
      nullable: true,
      description: "Who did it; null for the system or an erased member.",
      resolve: async (entry, _arguments, { memberById }) => (await memberById.load(entry.actor)) ?? null,
    }),
    occurredAt: t.exposeString("occurredAt"),
    summary: t.exposeString("summary", { description: "Plain words; members appear by id." }),
  }),
});

const MeetupSnapshotRef = builder.objectRef<Meetup>("MeetupSnapshot").implement({
  description: "A meetup as it stood at an instant in the past.",
  fields: (t) => ({
    status: t.field({
      type: MeetupStatusEnum,
      resolve: (meetup) => (meetup.status === "unscheduled" ? "draft" : meetup.status),
    }),
    title: t.string({ resolve: (meetup) => meetup.details.title }),
    description: t.string({ resolve: (meetup) => meetup.details.description }),
    venue: t.field({ type: VenueRef, nullable: true, resolve: (meetup) => meetup.details.venue }),
    timeZone: t.exposeString("timeZone"),
    startsAt: t.exposeString("startsAt"),
    endsAt: t.exposeString("endsAt"),
    capacity: t.exposeInt("capacity", { nullable: true }),
    guestLimit: t.int({ resolve: (meetup) => meetup.details.guestLimit }),
    confirmedSeats: t.exposeInt("confirmedSeats"),
    waitlistLength: t.int({ resolve: (meetup) => meetup.waitlist.length }),
    cancellationMessage: t.exposeString("cancellationMessage", { nullable: true }),
  }),
});

const attendeeCursor = z.object({ after: z.nullable(z.string()), skip: z.int().check(z.gte(0), z.lte(100)) });

const encodeAttendeeCursor = (after: string | undefined, skip: number) =>
  Buffer.from(JSON.stringify({ after: after ?? null, skip }), "utf8").toString("base64url");

function decodeAttendeeCursor(cursor: string) {
  try {
    return attendeeCursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new GraphQLError("The cursor is not valid.", { extensions: { code: "BAD_USER_INPUT" } });
  }
}

/**
 * The attendee list pages by the module's cursors, which mark page ends only: an edge's cursor is the
 * page start it came from and how many items into it the edge is.
 */
async function attendeesPage(
  meetup: MeetupDocument,
  actor: string,
  first: number,
  after: string | undefined,
  { meetups }: GraphqlContext,
) {
  let start = after === undefined ? { after: null, skip: 0 } : decodeAttendeeCursor(after);
  let pageStart = start.after ?? undefined;
  if (start.skip > 0) {
    const skipped = await meetups.attendeesOf(meetup.id, actor, { cursor: pageStart, limit: start.skip });
    if (!skipped.cursor) return connection<Attendee>([], undefined);
    pageStart = skipped.cursor;
    start = { after: pageStart, skip: 0 };
  }
  const { attendees, cursor } = await meetups.attendeesOf(meetup.id, actor, {
    cursor: pageStart,
    limit: first,
  });
  return connection(
    attendees.map((attendee, index) => ({
      cursor:
        index === attendees.length - 1 && cursor
          ? encodeAttendeeCursor(cursor, 0)
          : encodeAttendeeCursor(pageStart, index + 1),
      node: attendee,
    })),
    cursor,
  );
}

builder.node(MeetupRef, {
  description:
    "A gathering of a community. Everyone who may see it sees these fields; the join URL, attendees, waitlist and history only those entitled.",
  id: { resolve: (meetup) => meetup.id },
  loadWithoutCache: (id, context) => context.meetupById.load(id),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description", { description: "Markdown source, for the client to render." }),
    venue: t.field({ type: VenueRef, nullable: true, resolve: (meetup) => meetup.venue }),
    online: t.exposeBoolean("online", { description: "Whether there is an online join URL." }),
    timeZone: t.exposeString("timeZone", { description: "IANA time zone the meetup is shown in." }),
    startsAt: t.exposeString("startsAt", { description: "ISO-8601 instant in UTC." }),
    endsAt: t.exposeString("endsAt", { description: "ISO-8601 instant in UTC." }),
    capacity: t.exposeInt("capacity", {
      nullable: true,
      description: "Seats, guests included; null for unlimited.",
    }),
    guestLimit: t.exposeInt("guestLimit", { description: "Guests one RSVP may bring." }),
    rsvpOpensAt: t.exposeString("rsvpOpensAt", { nullable: true }),
    rsvpClosesAt: t.exposeString("rsvpClosesAt"),
    waitlistEnabled: t.exposeBoolean("waitlistEnabled"),
    status: t.field({ type: MeetupStatusEnum, resolve: (meetup) => meetup.status }),
    cancellationMessage: t.exposeString("cancellationMessage", { nullable: true }),
    confirmedSeats: t.exposeInt("confirmedSeats", { description: "Seats held, guests included." }),
    spotsLeft: t.exposeInt("spotsLeft", { nullable: true, description: "Null for unlimited." }),
    waitlistLength: t.exposeInt("waitlistLength", { description: "Parties waiting." }),
    community: t.field({
      type: CommunityRef,
      resolve: async (meetup, _arguments, { communityById }) => {
        const community = await communityById.load(meetup.communityId);
        if (!community) throw new Error(`meetup ${meetup.id} has no community`);
        return community;
      },
    }),
    viewerRsvp: t.field({
      type: ViewerRsvpRef,
      nullable: true,
      description: "The signed-in member's RSVP; null when anonymous or never RSVPed.",
      resolve: async (meetup, _arguments, { viewer, meetups }) =>
        viewer ? ((await meetups.viewerRsvp(meetup.id, viewer.memberId)) ?? null) : null,
    }),
    joinUrl: t.string({
      nullable: true,
      description: "The online join URL: for confirmed attendees and organisers only (null for anyone else).",
      resolve: (meetup, _arguments, { viewer, meetups }) =>
        meetup.online ? meetups.joinUrlFor(meetup.id, viewer?.memberId) : null,
    }),
    attendees: t.connection({
      type: AttendeeRef,
      nullable: true,
      description:
        "Confirmed first, then the waitlist in line, then cancelled and removed. Organisers and hosts only (null for anyone else).",
      resolve: async (meetup, args, context) => {
        const page = forwardPage(args);
        if (!context.viewer || !(await organisesOrHosts(meetup, context))) return null;
        return attendeesPage(meetup, context.viewer.memberId, page.limit, page.cursor, context);
      },
    }),
    waitlist: t.field({
      type: [WaitlistedPartyRef],
      nullable: true,
      description: "First in line first. Organisers and hosts only (null for anyone else).",
      resolve: async (meetup, _arguments, context) =>
        (await organisesOrHosts(meetup, context))
          ? meetup.waitlist.map((party, index) => ({ ...party, position: index + 1 }))
          : null,
    }),
    timeline: t.field({
      type: [TimelinePointRef],
      nullable: true,
      description: "Confirmed, waitlisted and checked-in people over time. Organisers and hosts only.",
      resolve: async (meetup, _arguments, context) =>
        (await organisesOrHosts(meetup, context)) ? meetup.timeline : null,
    }),
    history: t.field({
      type: [HistoryEntryRef],
      nullable: true,
      description: "Every change, oldest first. Organisers only (null for anyone else).",
      resolve: async (meetup, _arguments, context) => {
        if (!context.viewer || !(await organises(meetup, context))) return null;
        try {
          return await context.meetups.history(meetup.id, context.viewer.memberId);
        } catch (error) {
          if (error instanceof NotAnOrganiser) return null;
          throw error;
        }
      },
    }),
    asOf: t.field({
      type: MeetupSnapshotRef,
      nullable: true,
      description:
        "The meetup as it stood at an instant (ISO-8601); null before it was scheduled. Organisers only (null for anyone else).",
      args: { instant: t.arg.string({ required: true, validate: z.iso.datetime({ offset: true }) }) },
      resolve: async (meetup, { instant }, context) => {
        if (!context.viewer || !(await organises(meetup, context))) return null;
        try {
          return (await context.meetups.asOf(meetup.id, instant, context.viewer.memberId)) ?? null;
        } catch (error) {
          if (error instanceof NotAnOrganiser) return null;
          throw error;
        }
      },
    }),
  }),
});

/** Lists prime the loader: a meetup read in a list is not read again by id in the same request. */
function meetupConnection(
  found: { meetups: MeetupDocument[]; cursor?: string },
  { meetupById }: GraphqlContext,
) {
  for (const meetup of found.meetups) meetupById.prime(meetup.id, meetup);
  return connection(
    found.meetups.map((meetup) => ({ cursor: meetupCursorOf(meetup), node: meetup })),
    found.cursor,
  );
}

builder.objectFields(CommunityRef, (t) => ({
  upcomingMeetups: t.connection({
    type: MeetupRef,
    description: "Published and cancelled meetups from now on, soonest first.",
    resolve: async (community: CommunitySummary, args, context) =>
      meetupConnection(await context.meetups.upcomingOf(community.id, forwardPage(args)), context),
  }),
  pastMeetups: t.connection({
    type: MeetupRef,
    description: "Meetups that started before now, latest first.",
    resolve: async (community: CommunitySummary, args, context) =>
      meetupConnection(await context.meetups.pastOf(community.id, forwardPage(args)), context),
  }),
  draftMeetups: t.connection({
    type: MeetupRef,
    nullable: true,
    description: "Drafts, by start. Organisers only (null for anyone else).",
    resolve: async (community: CommunitySummary, args, context) => {
      const page = forwardPage(args);
      if (!context.viewer || !(await organises({ communityId: community.id }, context))) return null;
      return meetupConnection(
        await context.meetups.draftsOf(community.id, context.viewer.memberId, page),
        context,
      );
    },
  }),
}));

const MyRsvpRef = builder.objectRef<Attendee>("MyRsvp").implement({
  description: "One of the signed-in member's RSVPs.",
  fields: (t) => ({
    meetup: t.field({
      type: MeetupRef,
      nullable: true,
      description: "Null only if the meetup is no longer visible.",
      resolve: async (rsvp, _arguments, { meetupById }) => (await meetupById.load(rsvp.meetupId)) ?? null,
    }),
    status: t.field({ type: RsvpStatusEnum, resolve: (rsvp) => rsvp.status }),
    guests: t.exposeInt("guests"),
    waitlistPosition: t.exposeInt("waitlistPosition", { nullable: true }),
    checkedIn: t.exposeBoolean("checkedIn"),
    attendance: t.field({ type: AttendanceEnum, nullable: true, resolve: (rsvp) => rsvp.attendance }),
  }),
});

builder.objectFields(MeRef, (t) => ({
  rsvps: t.connection({
    type: MyRsvpRef,
    description: "My confirmed and waitlisted RSVPs: upcoming soonest first (default), or past latest first.",
    args: { upcoming: t.arg.boolean({ defaultValue: true }) },
    resolve: async (me, args, { meetups }) => {
      const page = forwardPage(args);
      const { attendees, cursor } = await meetups.rsvpsOf(me.member.id, {
        ...page,
        upcoming: args.upcoming !== false,
      });
      return connection(
        attendees.map((attendee) => ({
          cursor: meetupCursorOf({ id: attendee.meetupId, startsAt: attendee.startsAt }),
          node: attendee,
        })),
        cursor,
      );
    },
  }),
}));

builder.queryFields((t) => ({
  meetup: t.field({
    type: MeetupRef,
    nullable: true,
    description: "The meetup with this id, if the viewer may see it (drafts only for their organisers).",
    args: { id: t.arg.globalID({ required: true, for: MeetupRef }) },
    resolve: async (_root, { id }, { meetupById }) => (await meetupById.load(id.id)) ?? null,
  }),
}));
