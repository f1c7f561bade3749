import { type Clock, systemClock } from "../clock/clock";
import { localTimeOf } from "../clock/local-time";
import {
  type CommunityEvent,
  type CommunitySummary,
  type CommunityTagDocument,
  communityHistoryOf,
  communityKey,
  communityStream,
  communityTagKey,
  isTag,
  taggedCommunitiesPartition,
} from "../community/index";
import { fold } from "../decider/decider";
import { asDeciderEvents } from "../decider/stream-states";
import type { DocumentStore, IndexName } from "../documents/document-store";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import {
  checkLimit,
  everyDocument,
  getMany,
  maximumLimit,
  type Page,
  type PageOf,
  pageOf,
} from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type MemberProfile, memberProfileKey } from "../member/index";
import type { CommunityRoles } from "./community-roles";
import { communityStandings, isMember } from "./community-standing";
import { type Attendance, attendanceOf, meetupDecider, type WaitlistedParty } from "./decider";
import {
  type AttendeeDocument,
  attendeeKey,
  attendeeListSort,
  communityDraftsPartition,
  communityMeetupsPartition,
  type GuestListEntry,
  guestsCheckedInOf,
  type MeetupDocument,
  type MeetupPrivateDocument,
  meetupAttendeesPartition,
  meetupGuestListPartition,
  meetupIdOfStream,
  meetupKey,
  meetupPrivateKey,
  meetupStream,
  memberRsvpsPartition,
  publishedMeetupsPartition,
  type TimelinePoint,
  timelineRange,
  waitlistedSortPrefix,
} from "./documents";
import { InvalidMeetup } from "./errors";
import type { MeetupEvent } from "./events";
import { type HistoryEntry, historyOf, type MeetupHistoryEntry, type NameOf } from "./history-summary";
import {
  type CheckInAccess,
  checkInAccessOf,
  isCheckInOpen,
  type MeetupPhase,
  phaseOf,
} from "./meetup-phase";
import { type MeetupSummary, meetupSummary } from "./meetup-summary";
import type { MemberStatus } from "./member-status";

export interface MeetupQueriesOptions {
  store: EventStore;
  documents: DocumentStore;
  /** The viewer's standing in a meetup's community: `communityModule(...)`. */
  communities: CommunityRoles;
  /** Whether a member was erased (`memberModule(...)`): without it, no member counts as erased. */
  members?: MemberStatus;
  clock?: Clock;
}

/** Which upcoming meetups to list across communities: each given part narrows the list. */
export interface UpcomingFilter {
  communityId?: string;
  tag?: string;
}

/** An attendee document, with attendance and the place in line derived at the time it is read. */
export type Attendee = AttendeeDocument & {
  attendance: Attendance | null;
  /** Of the party's guests, how many came: 0 while not checked in. */
  guestsCheckedIn: number;
  /** 1 for the first party in line; null when not waitlisted. */
  waitlistPosition: number | null;
};

/** A party in line as organisers and hosts see it: where it stands, and since when. */
export interface WaitingParty extends WaitlistedParty {
  /** 1 for the first party in line. */
  position: number;
  /** When the member RSVPed and joined the line. */
  joinedAt: string;
  /** The same, in the meetup's time zone, as the history reads its times: "2 Dec 2026, 18:14 CET". */
  joinedLocalTime: string;
}

/**
 * Who is going to a meetup, as the viewer may see it. Names are for the community's members (organisers,
 * hosts and members), as Meetup shows a group's attendee list to its members: a member who chose to be
 * listed chose to be seen by the people they meet there, not by anyone on the web. Everyone else sees
 * how many are going, which the meetup's seats tell anyway.
 */
export interface GuestList {
  /** People holding confirmed seats, guests included. */
  people: number;
  /**
   * The first confirmed members who chose to be listed, in the order they RSVPed; never an erased member.
   * Null for a viewer who may not see names.
   */
  members: MemberProfile[] | null;
  /** People going who are not in `members`: guests, members not listed (or not on this page), everyone for a viewer without names. */
  others: number;
}

/** A person who runs a meetup: the community has no hosts per meetup, so its organisers and hosts run each one. */
export interface MeetupHost {
  member: MemberProfile;
  role: "organiser" | "host";
}

/**
 * Every read of the meetup context, each with its rule about who sees what. The viewer is the member who
 * reads (undefined for a visitor); a read someone may not make throws `NotAnOrganiser`.
 */
export interface MeetupQueries {
  /** From documents. A draft only for an organiser of its community. */
  byId(meetupId: string, viewerId?: string): Promise<MeetupDocument | undefined>;
  /** From documents, in one read: for batching. Drafts as in `byId`. */
  byIds(meetupIds: readonly string[], viewerId?: string): Promise<(MeetupDocument | undefined)[]>;
  /** Published and cancelled meetups starting from now, soonest first: public. */
  upcomingOf(communityId: string, page?: Page): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /**
   * Published meetups of every community starting from now, soonest first: public. No draft, no cancelled one.
   * With a filter, only the meetups of that community, or of the communities with that tag (a meetup's
   * tags are its community's), or both. A tag that is no tag throws `InvalidMeetup`.
   */
  upcoming(page?: Page, filter?: UpcomingFilter): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /** Those that started before now, latest first: public. */
  pastOf(communityId: string, page?: Page): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /** Organisers only: drafts, by start. */
  draftsOf(
    communityId: string,
    viewerId: string | undefined,
    page?: Page,
  ): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /**
   * The viewer's own confirmed and waitlisted RSVPs: upcoming soonest first (default), or past latest
   * first. Nobody sees another member's; a visitor has none.
   */
  rsvpsOf(
    viewerId: string | undefined,
    options?: Page & { upcoming?: boolean },
  ): Promise<{ attendees: Attendee[]; cursor?: string }>;
  /** Organisers and hosts: confirmed first, then the waitlist in line, then cancelled and removed. */
  attendeesOf(
    meetupId: string,
    viewerId: string | undefined,
    page?: Page,
  ): Promise<{ attendees: Attendee[]; cursor?: string }>;
  /** Organisers and hosts: the parties waiting, first in line first. */
  waitlistOf(meetupId: string, viewerId: string | undefined): Promise<WaitingParty[]>;
  /** Organisers and hosts: the counts after each RSVP-related event, oldest first. */
  timelineOf(meetupId: string, viewerId: string | undefined): Promise<TimelinePoint[]>;
  /**
   * Who is going (see `GuestList`): the count for anyone who may see the meetup, names for members of its
   * community. Undefined for a meetup the viewer may not see, and for a cancelled one, to which nobody goes.
   */
  guestListOf(meetupId: string, viewerId: string | undefined, page?: Page): Promise<GuestList | undefined>;
  /** Public, as the community's organisers and hosts are: organisers first; never an erased member. */
  hostsOf(meetupId: string, viewerId: string | undefined): Promise<MeetupHost[]>;
  /** The viewer's own RSVP to the meetup, if they ever RSVPed; undefined for a visitor. */
  viewerRsvp(meetupId: string, viewerId: string | undefined): Promise<Attendee | undefined>;
  /**
   * The online join URL, for members of its community who are confirmed attendees, and for its organisers;
   * null for anyone else, and for a member who left, was removed or was erased, whatever their RSVP.
   */
  joinUrlFor(meetupId: string, viewerId: string | undefined): Promise<string | null>;
  /** Organisers only: who did what and when, from the log, oldest first. */
  history(meetupIdOrStreamId: string, viewerId: string | undefined): Promise<MeetupHistoryEntry[]>;
  /**
   * Organisers only: every change to the community and to its meetups, drafts included, newest first, paged. The
   * cursor is an entry's place in that order, so changes made while paging do not shift later pages.
   */
  historyOfCommunity(
    communityId: string,
    viewerId: string | undefined,
    page?: Page,
  ): Promise<{ entries: HistoryEntry[]; cursor?: string }>;
  /** Organisers only: the meetup as it stood at `instant` (events that occurred at or before it); undefined before it was scheduled. */
  asOf(meetupId: string, instant: string, viewerId: string | undefined): Promise<MeetupSummary | undefined>;
  /** Upcoming, running or past, now: public. */
  phaseOf(meetup: Pick<MeetupDocument, "startsAt" | "endsAt">): MeetupPhase;
  /** Whether the door takes check-ins now (the decider's window): public, as the times are. */
  isCheckInOpen(meetup: Pick<MeetupDocument, "startsAt" | "endsAt">): boolean;
  /**
   * What the viewer may do at the door now, as the decider rules it: null for anyone but the community's
   * organisers and hosts. A draft or cancelled meetup's door is closed.
   */
  checkInAccess(
    meetup: Pick<MeetupDocument, "id" | "communityId" | "status" | "startsAt" | "endsAt">,
    viewerId: string | undefined,
  ): Promise<CheckInAccess | null>;
}

/** An entry's place in a community's history: by the instant, then by stream and version, so entries at one instant keep an order. */
const placeInHistory = (entry: HistoryEntry) =>
  `${entry.occurredAt}#${entry.streamId}#${String(entry.version).padStart(10, "0")}`;

/** The cursor that starts a `historyOfCommunity` page after this entry. */
export const historyCursorOf = (entry: HistoryEntry): string => listCursor(placeInHistory(entry));

/** The minute an instant falls in: its start for a lower bound, its end for an upper one. */
function minuteAround(instant: string, lower: boolean): string {
  const minute = 60_000;
  const time = Date.parse(instant);
  return new Date(
    lower ? Math.floor(time / minute) * minute : Math.ceil(time / minute) * minute,
  ).toISOString();
}

const meetupsOf = ({ rows, cursor }: PageOf<{ body: MeetupDocument }>) => ({
  meetups: rows.map((row) => row.body),
  ...(cursor ? { cursor } : {}),
});

export function meetupQueries(options: MeetupQueriesOptions): MeetupQueries {
  const { store, documents, communities, members, clock = systemClock } = options;
  const standings = communityStandings(store, communities);
  const now = () => clock.now().toISOString();

  /** A waitlisted attendee's place in line: the waitlisted parties up to it in the attendee list. */
  async function positionInLine(attendee: AttendeeDocument): Promise<number> {
    const own = attendeeListSort("waitlisted", attendee.rsvpVersion, attendee.memberId);
    const ahead = await everyDocument(documents, "second", meetupAttendeesPartition(attendee.meetupId), {
      from: waitlistedSortPrefix,
      to: own,
    });
    return ahead.length;
  }

  /**
   * Attendance, and each waitlisted attendee's place in line. Attendees listed in line order (a page of one
   * meetup's attendee list) count the line once: each one after the first waitlisted is one further back.
   */
  async function withAttendance(attendees: AttendeeDocument[], inLineOrder = false): Promise<Attendee[]> {
    const instant = clock.now();
    let previous: number | undefined;
    const shown: Attendee[] = [];
    for (const attendee of attendees) {
      let waitlistPosition: number | null = null;
      if (attendee.status === "waitlisted") {
        waitlistPosition =
          inLineOrder && previous !== undefined ? previous + 1 : await positionInLine(attendee);
        previous = waitlistPosition;
      }
      shown.push({
        ...attendee,
        guestsCheckedIn: guestsCheckedInOf(attendee),
        attendance: attendanceOf(attendee, attendee.endsAt, instant),
        waitlistPosition,
      });
    }
    return shown;
  }

  async function meetupPage(
    { index, partition }: { index: IndexName; partition: string },
    page: Page,
    upcoming: boolean,
  ) {
    // Sort values are "<start>#<id>": every one from now on sorts at or after now's instant, and none before.
    const instant = now();
    const order = upcoming ? "ascending" : "descending";
    const onTime = ({ body }: { body: MeetupDocument }) =>
      upcoming ? body.startsAt >= instant : body.startsAt < instant;
    // Bounded by the minute, the same page read again within it is the same query, which the document
    // store may answer from memory. Meetups that started within the minute would sort first: when there
    // are any, the page is asked again, bounded by the instant itself.
    const query = { index, partition, order } as const;
    let found = await pageOf<MeetupDocument>(
      documents,
      { ...query, bound: minuteAround(instant, upcoming) },
      page,
    );
    if (!found.rows.every(onTime))
      found = await pageOf<MeetupDocument>(documents, { ...query, bound: instant }, page);
    return meetupsOf(found);
  }

  /** The communities with the tag, by id, or only `communityId` if it is one of them. */
  async function communitiesTagged(tag: string, communityId: string | undefined): Promise<string[]> {
    if (communityId !== undefined) {
      const [tagged] = await getMany<CommunityTagDocument>(documents, [communityTagKey(communityId, tag)]);
      return tagged ? [communityId] : [];
    }
    const tagged = await everyDocument<CommunityTagDocument>(
      documents,
      "first",
      taggedCommunitiesPartition(tag),
      { beginsWith: "" },
    );
    return tagged.map((document) => document.communityId);
  }

  /**
   * Up to `wanted` published meetups of one community from the edge on, and whether more follow: its list
   * holds cancelled meetups too, which are passed over, so a page may take more than one read.
   */
  async function publishedOf(communityId: string, edge: { bound: string; cursor?: string }, wanted: number) {
    const published: { body: MeetupDocument; sort: string }[] = [];
    let cursor = edge.cursor;
    do {
      const found = await pageOf<MeetupDocument>(
        documents,
        { index: "first", partition: communityMeetupsPartition(communityId), bound: edge.bound },
        { limit: maximumLimit, ...(cursor ? { cursor } : {}) },
      );
      for (const row of found.rows)
        if (row.body.status === "published" && row.body.startsAt >= edge.bound) published.push(row);
      cursor = found.cursor;
    } while (cursor && published.length < wanted);
    return published.slice(0, wanted);
  }

  /**
   * A page of the published meetups of some communities, soonest first: each community's list read from
   * the cursor on, then merged. Sort values are the same "<start>#<id>" in every list, so one cursor pages
   * them all.
   */
  async function upcomingAmong(communityIds: readonly string[], page: Page) {
    const limit = checkLimit(page.limit);
    const edge = { bound: now(), ...(page.cursor ? { cursor: page.cursor } : {}) };
    if (page.cursor) sortOfCursor(page.cursor);
    const lists = await Promise.all(
      communityIds.map((communityId) => publishedOf(communityId, edge, limit + 1)),
    );
    const merged = lists.flat().sort((one, other) => (one.sort < other.sort ? -1 : 1));
    const shown = merged.slice(0, limit);
    const last = shown.at(-1);
    return meetupsOf({
      rows: shown,
      ...(merged.length > limit && last ? { cursor: listCursor(last.sort) } : {}),
    });
  }

  /** Drafts stay hidden from everyone but organisers of their community. */
  async function visible(found: (MeetupDocument | undefined)[], viewerId: string | undefined) {
    const draftCommunities = new Set(
      found.flatMap((meetup) => (meetup?.status === "draft" ? [meetup.communityId] : [])),
    );
    const organising = new Set<string>();
    if (viewerId)
      for (const communityId of draftCommunities)
        if ((await standings.standingOf(communityId, viewerId)) === "organiser") organising.add(communityId);
    return found.map((meetup) =>
      meetup && (meetup.status !== "draft" || organising.has(meetup.communityId)) ? meetup : undefined,
    );
  }

  async function byIds(meetupIds: readonly string[], viewerId?: string) {
    const valid = [
      ...new Set(meetupIds.filter((meetupId) => typeof meetupId === "string" && isUuid(meetupId))),
    ];
    const found = new Map<string, MeetupDocument>();
    for (const meetup of await getMany<MeetupDocument>(documents, valid.map(meetupKey)))
      if (meetup) found.set(meetup.id, meetup);
    return visible(
      meetupIds.map((meetupId) => found.get(meetupId)),
      viewerId,
    );
  }

  const readMeetup = async (meetupId: string) =>
    asDeciderEvents<MeetupEvent>(await store.readStream(meetupStream(meetupId)));

  /** Every member the events name, called from their profile ("an erased member" once erased). */
  async function namesIn(events: readonly { data: unknown; meta: { actor: string } }[]): Promise<NameOf> {
    const memberIds = [
      ...new Set(
        events.flatMap((event) => {
          const data = event.data as { memberId?: unknown; founderId?: unknown };
          return [data.memberId, data.founderId, event.meta.actor].filter(
            (memberId): memberId is string => typeof memberId === "string",
          );
        }),
      ),
    ];
    const profiles = await getMany<MemberProfile>(documents, memberIds.map(memberProfileKey));
    const names = new Map<string, string>();
    profiles.forEach((profile, position) => {
      const memberId = memberIds[position];
      if (profile && memberId) names.set(memberId, profile.erased ? "an erased member" : profile.displayName);
    });
    return (memberId) => names.get(memberId);
  }

  /** Profiles by member id, in the order asked, without the erased and the unknown. */
  async function profilesOf(memberIds: readonly string[]): Promise<MemberProfile[]> {
    const profiles = await getMany<MemberProfile>(documents, memberIds.map(memberProfileKey));
    return profiles.flatMap((profile) => (profile && !profile.erased ? [profile] : []));
  }

  /** Members of the community now, and not erased: they see the names on a guest list. */
  async function seesNames(communityId: string, viewerId: string | undefined): Promise<boolean> {
    if (typeof viewerId !== "string" || viewerId.length === 0) return false;
    const [standing, erased] = await Promise.all([
      standings.standingOf(communityId, viewerId),
      members ? members.isErased(viewerId) : false,
    ]);
    return !erased && isMember(standing);
  }

  return {
    phaseOf: (meetup) => phaseOf(meetup, clock.now()),

    async guestListOf(meetupId, viewerId, page = {}) {
      const limit = checkLimit(page.limit);
      const [meetup] = await byIds([meetupId], viewerId);
      if (!meetup || meetup.status === "cancelled") return undefined;
      const people = meetup.confirmedSeats;
      if (!(await seesNames(meetup.communityId, viewerId))) return { people, members: null, others: people };
      const { documents: entries } = await documents.query<GuestListEntry>("first", {
        partition: meetupGuestListPartition(meetup.id),
        limit,
      });
      const listed = await profilesOf(entries.flatMap((entry) => (entry.body ? [entry.body.memberId] : [])));
      return { people, members: listed, others: Math.max(0, people - listed.length) };
    },

    async hostsOf(meetupId, viewerId) {
      const [meetup] = await byIds([meetupId], viewerId);
      if (!meetup) return [];
      const community = (
        await documents.get<Pick<CommunitySummary, "organiserIds" | "hostIds">>(
          communityKey(meetup.communityId),
        )
      )?.body;
      if (!community) return [];
      const organiserIds = new Set(community.organiserIds);
      const runners = [...community.organiserIds, ...community.hostIds.filter((id) => !organiserIds.has(id))];
      return (await profilesOf(runners)).map((member) => ({
        member,
        role: organiserIds.has(member.id) ? "organiser" : "host",
      }));
    },

    isCheckInOpen: (meetup) => isCheckInOpen(meetup, clock.now()),

    async checkInAccess(meetup, viewerId) {
      const standing = await standings.standingOf(meetup.communityId, viewerId);
      if (standing !== "organiser" && standing !== "host") return null;
      if (meetup.status !== "published") return "closed";
      return checkInAccessOf(meetup, clock.now(), standing === "organiser");
    },

    async byId(meetupId, viewerId) {
      const [meetup] = await byIds([meetupId], viewerId);
      return meetup;
    },

    byIds,

    upcomingOf: (communityId, page = {}) =>
      meetupPage({ index: "first", partition: communityMeetupsPartition(communityId) }, page, true),

    async upcoming(page = {}, { communityId, tag } = {}) {
      if (tag !== undefined && (typeof tag !== "string" || !isTag(tag)))
        throw new InvalidMeetup([
          { path: ["tag"], message: "must be 2 to 30 lower-case letters, digits or hyphens" },
        ]);
      if (communityId === undefined && tag === undefined)
        return meetupPage({ index: "second", partition: publishedMeetupsPartition }, page, true);
      // An id that is no id names no community: nothing of it is upcoming.
      if (communityId !== undefined && !isUuid(communityId)) return upcomingAmong([], page);
      return upcomingAmong(
        tag === undefined ? [communityId as string] : await communitiesTagged(tag, communityId),
        page,
      );
    },

    pastOf: (communityId, page = {}) =>
      meetupPage({ index: "first", partition: communityMeetupsPartition(communityId) }, page, false),

    async draftsOf(communityId, viewerId, page = {}) {
      await standings.assertOrganiser(communityId, viewerId);
      return meetupsOf(
        await pageOf<MeetupDocument>(
          documents,
          { index: "first", partition: communityDraftsPartition(communityId) },
          page,
        ),
      );
    },

    async rsvpsOf(viewerId, { upcoming = true, ...page } = {}) {
      if (typeof viewerId !== "string" || viewerId.length === 0) return { attendees: [] };
      const { rows, cursor } = await pageOf<AttendeeDocument>(
        documents,
        {
          index: "first",
          partition: memberRsvpsPartition(viewerId),
          order: upcoming ? "ascending" : "descending",
          bound: now(),
        },
        page,
      );
      return { attendees: await withAttendance(rows.map((row) => row.body)), ...(cursor ? { cursor } : {}) };
    },

    async attendeesOf(meetupId, viewerId, page = {}) {
      await standings.assertOrganiserOrHost(await standings.communityOf(meetupId), viewerId);
      const { rows, cursor } = await pageOf<AttendeeDocument>(
        documents,
        { index: "second", partition: meetupAttendeesPartition(meetupId) },
        page,
      );
      return {
        attendees: await withAttendance(
          rows.map((row) => row.body),
          true,
        ),
        ...(cursor ? { cursor } : {}),
      };
    },

    async waitlistOf(meetupId, viewerId) {
      await standings.assertOrganiserOrHost(await standings.communityOf(meetupId), viewerId);
      const meetup = await documents.get<MeetupDocument>(meetupKey(meetupId));
      const timeZone = meetup?.body?.timeZone ?? "UTC";
      const waiting = await everyDocument<AttendeeDocument>(
        documents,
        "second",
        meetupAttendeesPartition(meetupId),
        { beginsWith: waitlistedSortPrefix },
      );
      return waiting.map(({ memberId, guests, rsvpAt }, index) => ({
        memberId,
        guests,
        position: index + 1,
        joinedAt: rsvpAt,
        joinedLocalTime: localTimeOf(rsvpAt, timeZone),
      }));
    },

    async timelineOf(meetupId, viewerId) {
      await standings.assertOrganiserOrHost(await standings.communityOf(meetupId), viewerId);
      const { partition, beginsWith } = timelineRange(meetupId);
      return everyDocument<TimelinePoint>(documents, "primary", partition, { beginsWith });
    },

    async viewerRsvp(meetupId, viewerId) {
      if (!isUuid(meetupId) || typeof viewerId !== "string" || viewerId.length === 0) return undefined;
      const attendee = await documents.get<AttendeeDocument>(attendeeKey(meetupId, viewerId));
      return attendee?.body ? (await withAttendance([attendee.body]))[0] : undefined;
    },

    async joinUrlFor(meetupId, viewerId) {
      if (!viewerId || !isUuid(meetupId)) return null;
      const [privatePart, attendee] = await documents.getMany([
        meetupPrivateKey(meetupId),
        attendeeKey(meetupId, viewerId),
      ]);
      const details = privatePart?.body as MeetupPrivateDocument | null | undefined;
      if (!details?.joinUrl) return null;
      // The RSVP alone is not enough: its release follows the membership's end only a moment later, and
      // a past meetup's RSVP is never released. Access follows the membership as it is now.
      const [standing, erased] = await Promise.all([
        standings.standingOf(details.communityId, viewerId),
        members ? members.isErased(viewerId) : false,
      ]);
      if (erased) return null;
      if (standing === "organiser") return details.joinUrl;
      const confirmed = (attendee?.body as AttendeeDocument | null | undefined)?.status === "confirmed";
      return confirmed && isMember(standing) ? details.joinUrl : null;
    },

    async history(meetupIdOrStreamId, viewerId) {
      const meetupId = meetupIdOrStreamId.startsWith("meetup-")
        ? meetupIdOfStream(meetupIdOrStreamId)
        : meetupIdOrStreamId;
      await standings.assertOrganiser(await standings.communityOf(meetupId), viewerId);
      const events = await readMeetup(meetupId);
      return historyOf(events, await namesIn(events));
    },

    async historyOfCommunity(communityId, viewerId, page = {}) {
      const limit = checkLimit(page.limit);
      await standings.assertOrganiser(communityId, viewerId);
      const meetups = [
        ...(await everyDocument<MeetupDocument>(documents, "first", communityMeetupsPartition(communityId), {
          beginsWith: "",
        })),
        ...(await everyDocument<MeetupDocument>(documents, "first", communityDraftsPartition(communityId), {
          beginsWith: "",
        })),
      ];
      // Read whole and merged here: a history page is an organiser's occasional read, and every stream of a
      // community's meetups together is what one person's months of work add up to.
      const meetupIds = [...new Set(meetups.map((meetup) => meetup.id))];
      const [streams, community] = await Promise.all([
        Promise.all(meetupIds.map(readMeetup)),
        store.readStream(communityStream(communityId)).then(asDeciderEvents<CommunityEvent>),
      ]);
      const nameOf = await namesIn([...streams.flat(), ...community]);
      // A community has no time zone of its own: its own changes read in the zone of its latest meetup.
      const latest = meetups.reduce<MeetupDocument | undefined>(
        (found, meetup) => (!found || meetup.startsAt > found.startsAt ? meetup : found),
        undefined,
      );
      const histories: HistoryEntry[][] = [
        communityHistoryOf(community, nameOf, latest?.timeZone ?? "UTC"),
        ...streams.map((events) => historyOf(events, nameOf)),
      ];
      const before = page.cursor ? sortOfCursor(page.cursor) : undefined;
      const newestFirst = histories
        .flat()
        .filter((entry) => before === undefined || placeInHistory(entry) < before)
        .sort((one, other) => (placeInHistory(one) < placeInHistory(other) ? 1 : -1));
      const entries = newestFirst.slice(0, limit);
      const last = entries.at(-1);
      return newestFirst.length > limit && last
        ? { entries, cursor: listCursor(placeInHistory(last)) }
        : { entries };
    },

    async asOf(meetupId, instant, viewerId) {
      const until = Date.parse(instant);
      if (Number.isNaN(until))
        throw new InvalidMeetup([{ path: ["instant"], message: "must be an ISO-8601 instant" }]);
      await standings.assertOrganiser(await standings.communityOf(meetupId), viewerId);
      const events = (await readMeetup(meetupId)).filter(
        (envelope) => Date.parse(envelope.meta.occurredAt) <= until,
      );
      const meetup = fold(meetupDecider, events);
      return meetup.status === "unscheduled" ? undefined : meetupSummary(meetup);
    },
  };
}
