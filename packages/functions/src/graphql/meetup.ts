import { type CommunitySummary, isTag } from "@meetstream/core/community";
import {
  type Attendee,
  type GuestList,
  type HistoryEntry,
  historyCursorOf,
  type MeetupDocument,
  type MeetupHost,
  type MeetupSummary,
  meetupCursorOf,
  meetupIdOfStream,
  type WaitingParty,
} from "@meetstream/core/meetup";
import { htmlOfDescription } from "@meetstream/core/text";
import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";
import { checkedArguments, instantArgument } from "./arguments";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { type Me, memberOf } from "./member";
import { nullWhenRefused } from "./refused-reads";
import { connection, forwardPage, globalIdOf, type PageArguments, plainIdOf } from "./relay";
import type {
  AttendeeResolvers,
  CommunityResolvers,
  MeetupGoingResolvers,
  MeetupHistoryEntryResolvers,
  MeetupHostResolvers,
  MeetupResolvers,
  MeetupSnapshotResolvers,
  MeResolvers,
  MyRsvpResolvers,
  QueryResolvers,
  ViewerRsvpResolvers,
  WaitlistedPartyResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

interface UpcomingFilterArguments {
  communitySlug?: string | null;
  tag?: string | null;
}

// A tag is refused here, by core's rule, so that a client learns which argument was wrong; a slug is only
// bounded, since one that names no community lists nothing.
const upcomingFilterArguments = z.object({
  communitySlug: z.pipe(
    z.optional(z.nullable(z.string().check(z.maxLength(100, "must be at most 100 characters")))),
    z.transform((slug) => slug ?? undefined),
  ),
  tag: z.pipe(
    z.optional(
      z.nullable(z.string().check(z.refine(isTag, "must be 2 to 30 lower-case letters, digits or hyphens"))),
    ),
    z.transform((tag) => tag ?? undefined),
  ),
});

const attendee: AttendeeResolvers<GraphqlContext, Attendee> = {
  member: memberOf,
};

const waitlistedParty: WaitlistedPartyResolvers<GraphqlContext, WaitingParty> = {
  member: memberOf,
};

const historyEntry: MeetupHistoryEntryResolvers<GraphqlContext, HistoryEntry> = {
  // Null for Meetstream or an erased member.
  actor: async (entry, _arguments, { memberById }) =>
    entry.actor === null ? null : ((await memberById.load(entry.actor)) ?? null),
  // Null for a change of the community itself.
  meetup: async (entry, _arguments, { meetupById }) =>
    entry.streamId.startsWith("meetup-")
      ? ((await meetupById.load(meetupIdOfStream(entry.streamId))) ?? null)
      : null,
};

const meetupSnapshot: MeetupSnapshotResolvers<GraphqlContext, MeetupSummary> = {
  status: (meetup) => (meetup.status === "unscheduled" ? "draft" : meetup.status),
  title: (meetup) => meetup.details.title,
  description: (meetup) => meetup.details.description,
  venue: (meetup) => meetup.details.venue,
  guestLimit: (meetup) => meetup.details.guestLimit,
};

const instantArguments = z.object({ instant: instantArgument() });

const goingArguments = z.object({ first: z._default(z.int().check(z.gte(1), z.lte(100)), 24) });

const going: MeetupGoingResolvers<GraphqlContext, GuestList> = {
  count: (list) => list.people,
  othersCount: (list) => list.others,
};

const meetupHost: MeetupHostResolvers<GraphqlContext, MeetupHost> = {};

const viewerRsvp: ViewerRsvpResolvers<GraphqlContext, Attendee> = {
  // Documents projected before the choice existed hold none: not listed.
  listed: (rsvp) => rsvp.listed === true,
};

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
  viewerId: string | undefined,
  first: number,
  after: string | undefined,
  { meetups }: GraphqlContext,
) {
  let start = after === undefined ? { after: null, skip: 0 } : decodeAttendeeCursor(after);
  let pageStart = start.after ?? undefined;
  if (start.skip > 0) {
    const skipped = await meetups.attendeesOf(meetup.id, viewerId, { cursor: pageStart, limit: start.skip });
    if (!skipped.cursor) return connection<Attendee>([], undefined);
    pageStart = skipped.cursor;
    start = { after: pageStart, skip: 0 };
  }
  const { attendees, cursor } = await meetups.attendeesOf(meetup.id, viewerId, {
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

// Everyone who may see a meetup sees the fields read as they are; for the join URL, attendees, waitlist,
// timeline, history and asOf, core's queries decide who sees them.
const meetup: MeetupResolvers<GraphqlContext, MeetupDocument> = {
  id: (meetup) => globalIdOf("Meetup", meetup.id),
  publicId: (meetup) => meetup.id,
  descriptionHtml: (meetup) => htmlOfDescription(meetup),
  phase: (meetup, _arguments, { meetups }) => meetups.phaseOf(meetup),
  checkInOpen: (meetup, _arguments, { meetups }) => meetups.isCheckInOpen(meetup),
  viewerCheckIn: (meetup, _arguments, { viewer, meetups }) => meetups.checkInAccess(meetup, viewer?.memberId),

  community: async (meetup, _arguments, { communityById }) => {
    const community = await communityById.load(meetup.communityId);
    if (!community) throw new Error(`meetup ${meetup.id} has no community`);
    return community;
  },

  viewerRsvp: async (meetup, _arguments, { viewer, meetups }) =>
    (await meetups.viewerRsvp(meetup.id, viewer?.memberId)) ?? null,

  going: async (meetup, args: { first?: number | null }, { viewer, meetups, memberById }) => {
    const { first } = checkedArguments(goingArguments, { first: args.first ?? undefined });
    const list = await meetups.guestListOf(meetup.id, viewer?.memberId, { limit: first });
    for (const member of list?.members ?? []) memberById.prime(member.id, member);
    return list ?? null;
  },

  hosts: async (meetup, _arguments, { viewer, meetups, memberById }) => {
    const hosts = await meetups.hostsOf(meetup.id, viewer?.memberId);
    for (const { member } of hosts) memberById.prime(member.id, member);
    return hosts;
  },

  joinUrl: (meetup, _arguments, { viewer, meetups }) =>
    meetup.online ? meetups.joinUrlFor(meetup.id, viewer?.memberId) : null,

  attendees: async (meetup, args: PageArguments, context) => {
    const page = forwardPage(args);
    return nullWhenRefused(attendeesPage(meetup, context.viewer?.memberId, page.limit, page.cursor, context));
  },

  waitlist: async (meetup, _arguments, { viewer, meetups }) =>
    (await nullWhenRefused(meetups.waitlistOf(meetup.id, viewer?.memberId))) ?? null,

  timeline: (meetup, _arguments, { viewer, meetups }) =>
    nullWhenRefused(meetups.timelineOf(meetup.id, viewer?.memberId)),

  history: (meetup, _arguments, { viewer, meetups }) =>
    nullWhenRefused(meetups.history(meetup.id, viewer?.memberId)),

  asOf: async (meetup, args: { instant: string }, { viewer, meetups }) => {
    const { instant } = checkedArguments(instantArguments, args);
    return (await nullWhenRefused(meetups.asOf(meetup.id, instant, viewer?.memberId))) ?? null;
  },
};

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

const community: CommunityResolvers<GraphqlContext, CommunitySummary> = {
  upcomingMeetups: async (community, args: PageArguments, context) =>
    meetupConnection(await context.meetups.upcomingOf(community.id, forwardPage(args)), context),

  pastMeetups: async (community, args: PageArguments, context) =>
    meetupConnection(await context.meetups.pastOf(community.id, forwardPage(args)), context),

  draftMeetups: async (community, args: PageArguments, context) => {
    const page = forwardPage(args);
    const drafts = await nullWhenRefused(
      context.meetups.draftsOf(community.id, context.viewer?.memberId, page),
    );
    return drafts && meetupConnection(drafts, context);
  },

  history: async (community, args: PageArguments, { viewer, meetups }) => {
    const history = await nullWhenRefused(
      meetups.historyOfCommunity(community.id, viewer?.memberId, forwardPage(args)),
    );
    return (
      history &&
      connection(
        history.entries.map((entry) => ({ cursor: historyCursorOf(entry), node: entry })),
        history.cursor,
      )
    );
  },
};

const myRsvp: MyRsvpResolvers<GraphqlContext, Attendee> = {
  // Null only if the meetup is no longer visible.
  meetup: async (rsvp, _arguments, { meetupById }) => (await meetupById.load(rsvp.meetupId)) ?? null,
};

const me: MeResolvers<GraphqlContext, Me> = {
  rsvps: async (me, args: PageArguments & { upcoming?: boolean | null }, { meetups }) => {
    const page = forwardPage(args);
    // The viewer's own: `me` is the viewer.
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
};

const query: QueryResolvers<GraphqlContext> = {
  // Drafts only for their organisers: the loader reads meetups as the viewer may see them.
  meetup: async (_root, args: { id: string }, { meetupById }) =>
    (await meetupById.load(plainIdOf(args.id, "Meetup"))) ?? null,

  upcomingMeetups: async (_root, args: PageArguments & UpcomingFilterArguments, context) => {
    const page = forwardPage(args);
    const { communitySlug, tag } = checkedArguments(upcomingFilterArguments, args);
    if (communitySlug === undefined)
      return meetupConnection(await context.meetups.upcoming(page, tag ? { tag } : {}), context);
    const community = await context.communities.bySlug(communitySlug);
    // A slug no community has lists nothing, as a community without meetups does.
    if (!community) return connection([], undefined);
    context.communityById.prime(community.id, community);
    return meetupConnection(
      await context.meetups.upcoming(page, { communityId: community.id, ...(tag ? { tag } : {}) }),
      context,
    );
  },
};

export const meetupResolvers: ContextResolvers = {
  Meetup: meetup,
  MeetupSnapshot: meetupSnapshot,
  MeetupGoing: going,
  MeetupHost: meetupHost,
  ViewerRsvp: viewerRsvp,
  Attendee: attendee,
  WaitlistedParty: waitlistedParty,
  MeetupHistoryEntry: historyEntry,
  MyRsvp: myRsvp,
  Community: community,
  Me: me,
  Query: query,
  // GraphQL's names for the values the domain stores.
  MeetupStatus: internalEnumValues.MeetupStatus,
  MeetupPhase: internalEnumValues.MeetupPhase,
  CheckInAccess: internalEnumValues.CheckInAccess,
  RsvpStatus: internalEnumValues.RsvpStatus,
  Attendance: internalEnumValues.Attendance,
};
