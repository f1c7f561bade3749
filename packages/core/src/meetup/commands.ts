import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import { fold } from "../decider/decider";
import type { IdempotencyStore } from "../decider/idempotency-store";
import type { DocumentStore, IndexName } from "../documents/document-store";
import { listCursor, sortOfCursor } from "../documents/list-cursor";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { snapshotTag } from "../snapshot/state-snapshots";
import type { CommunityRoles, CommunityStanding } from "./community-roles";
import {
  type Attendance,
  attendanceOf,
  type Meetup,
  type MeetupCommand,
  meetupDecider,
  type RsvpStatus,
  type WaitlistedParty,
  waitlistPosition,
} from "./decider";
import {
  type AttendeeDocument,
  attendeeKey,
  attendeeListSort,
  communityDraftsPartition,
  communityMeetupsPartition,
  type MeetupDocument,
  type MeetupPrivateDocument,
  meetupAttendeesPartition,
  meetupIdOfStream,
  meetupKey,
  meetupPrivateKey,
  meetupStream,
  memberRsvpsPartition,
  type TimelinePoint,
  timelineRange,
  waitlistedSortPrefix,
} from "./documents";
import { InvalidMeetup, MeetupNotFound, NotAMember, NotAnOrganiser } from "./errors";
import type { MeetupEvent, RsvpReleaseReason } from "./events";
import {
  type MeetupDetailsInput,
  parseCancellationMessage,
  parseCapacity,
  parseDetailsChanges,
  parseGuests,
  parseReschedule,
  parseScheduleInput,
  type RescheduleInput,
  type ScheduleMeetupInput,
} from "./meetup-input";
import { meetupStateCodec } from "./meetup-state-codec";
import { type MeetupSummary, meetupSummary } from "./meetup-summary";
import type { MemberStatus } from "./member-status";

export interface MeetupModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Who may do what: `communityModule(...)` (its `roleOf` reads the community's stream). */
  communities: CommunityRoles;
  /** Whether a member was erased (`memberModule(...)`): without it, no member counts as erased. */
  members?: MemberStatus;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
  /**
   * Attempts before a version conflict reaches the caller (default 8). A popular meetup's RSVPs all go
   * to one stream: raise it where many members RSVP at the same moment.
   */
  maximumAttempts?: number;
  /** Milliseconds to wait after the given number of conflicting attempts (default: the handler's full jitter). */
  randomDelay?: (failedAttempts: number) => number;
  /** Where meetup streams keep snapshots: a meetup of thousands of RSVPs then starts cold in milliseconds. */
  snapshots?: SnapshotStore;
}

/** Raise the revision whenever the `Meetup` state changes shape: older snapshots are then ignored. */
export const meetupSnapshotTag = snapshotTag(
  "meetup",
  2,
  meetupStateCodec.toJson(meetupDecider.initialState),
);

interface Request {
  /** The member who asks. */
  actor: string;
  /** A retry with the same key (by the same actor, on the same meetup) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

interface MeetupRequest extends Request {
  meetupId: string;
}

interface AttendeeRequest extends MeetupRequest {
  /** The member whose RSVP an organiser or host acts on. */
  memberId: string;
}

/**
 * An organiser's command: the meetup as the command left it (from the command's new state, not from
 * documents), without its RSVPs: the result is kept whole in idempotency records.
 */
export interface MeetupResult {
  meetupId: string;
  version: number;
  meetup: MeetupSummary;
}

/** A command on one RSVP: that RSVP as the command left it, and whom it promoted from the waitlist. */
export interface RsvpResult {
  meetupId: string;
  version: number;
  memberId: string;
  rsvp: {
    status: RsvpStatus;
    guests: number;
    /** 1 for the first party in line; null when not waitlisted. */
    waitlistPosition: number | null;
    checkedIn: boolean;
  };
  /** Members this command moved from the waitlist to confirmed (to notify them). */
  promoted: string[];
}

/** An attendee document, with attendance and the place in line derived at the time it is read. */
export type Attendee = AttendeeDocument & {
  attendance: Attendance | null;
  /** 1 for the first party in line; null when not waitlisted. */
  waitlistPosition: number | null;
};

export interface Page {
  /** From a page's `cursor`: the page starts after that item. */
  cursor?: string;
  /** 1 to 100, default 20. */
  limit?: number;
}

export interface HistoryEntry {
  version: number;
  type: MeetupEvent["type"];
  actor: string;
  occurredAt: string;
  /** Plain words, members by id: the console puts names to ids itself. */
  summary: string;
}

export interface MeetupModule {
  /** Organisers of `input.communityId` only. The new meetup is a draft. */
  schedule(request: Request & { input: ScheduleMeetupInput }): Promise<MeetupResult>;
  publish(request: MeetupRequest): Promise<MeetupResult>;
  /** Only the details given change. */
  edit(request: MeetupRequest & { input: MeetupDetailsInput }): Promise<MeetupResult>;
  reschedule(request: MeetupRequest & { input: RescheduleInput }): Promise<MeetupResult>;
  /** Seats, guests included; null for unlimited. An increase promotes from the waitlist. */
  changeCapacity(request: MeetupRequest & { capacity: number | null }): Promise<MeetupResult>;
  cancel(request: MeetupRequest & { message: string }): Promise<MeetupResult>;
  /** The actor RSVPs for themself (members of the community only), with up to the guest limit. */
  rsvp(request: MeetupRequest & { guests?: number }): Promise<RsvpResult>;
  /** The actor withdraws their own RSVP. */
  cancelRsvp(request: MeetupRequest): Promise<RsvpResult>;
  /** Organisers only. */
  removeRsvp(request: AttendeeRequest): Promise<RsvpResult>;
  /** Organisers and hosts. */
  checkIn(request: AttendeeRequest): Promise<RsvpResult>;
  /**
   * The member's membership of the community ended (`cause`: the id of the event that ended it): their
   * RSVPs to its meetups still to come are released, promoting the waitlist. Past meetups keep theirs.
   * For the membership-ended reactor; safe to repeat with the same cause. The meetups it released.
   */
  releaseRsvps(request: {
    communityId: string;
    memberId: string;
    reason: RsvpReleaseReason;
    cause: string;
    actor: string;
  }): Promise<RsvpResult[]>;

  /** From documents. A draft only for an organiser of its community. */
  byId(meetupId: string, viewerId?: string): Promise<MeetupDocument | undefined>;
  /** From documents, in one read: for batching. Drafts as in `byId`. */
  byIds(meetupIds: readonly string[], viewerId?: string): Promise<(MeetupDocument | undefined)[]>;
  /** Published and cancelled meetups starting from now, soonest first. */
  upcomingOf(communityId: string, page?: Page): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /** Those that started before now, latest first. */
  pastOf(communityId: string, page?: Page): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /** Organisers only: drafts, by start. */
  draftsOf(
    communityId: string,
    actor: string,
    page?: Page,
  ): Promise<{ meetups: MeetupDocument[]; cursor?: string }>;
  /** A member's confirmed and waitlisted RSVPs: upcoming soonest first (default), or past latest first. For the member themself. */
  rsvpsOf(
    memberId: string,
    options?: Page & { upcoming?: boolean },
  ): Promise<{ attendees: Attendee[]; cursor?: string }>;
  /** Organisers and hosts: confirmed first, then the waitlist in line, then cancelled and removed. */
  attendeesOf(
    meetupId: string,
    actor: string,
    page?: Page,
  ): Promise<{ attendees: Attendee[]; cursor?: string }>;
  /** Organisers and hosts: the parties waiting, first in line first. */
  waitlistOf(meetupId: string, actor: string): Promise<WaitlistedParty[]>;
  /** Organisers and hosts: the counts after each RSVP-related event, oldest first. */
  timelineOf(meetupId: string, actor: string): Promise<TimelinePoint[]>;
  /** The member's own RSVP to the meetup, if they ever RSVPed. */
  viewerRsvp(meetupId: string, memberId: string): Promise<Attendee | undefined>;
  /**
   * The online join URL, for members of its community who are confirmed attendees, and for its organisers;
   * null for anyone else, and for a member who left, was removed or was erased, whatever their RSVP.
   */
  joinUrlFor(meetupId: string, viewerId: string | undefined): Promise<string | null>;
  /** Organisers only: who did what and when, from the log, oldest first. */
  history(meetupIdOrStreamId: string, actor: string): Promise<HistoryEntry[]>;
  /** Organisers only: the meetup as it stood at `instant` (events that occurred at or before it); undefined before it was scheduled. */
  asOf(meetupId: string, instant: string, actor: string): Promise<MeetupSummary | undefined>;
}

const defaultLimit = 20;
const maximumLimit = 100;

function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return defaultLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > maximumLimit)
    throw new RangeError(`limit must be an integer from 1 to ${maximumLimit}, not ${limit}`);
  return limit;
}

const isMember = (standing: CommunityStanding | null): boolean =>
  standing === "organiser" || standing === "host" || standing === "member";

function summaryOf(event: MeetupEvent): string {
  switch (event.type) {
    case "MeetupScheduled":
      return `scheduled "${event.data.title}" from ${event.data.startsAt} to ${event.data.endsAt} (${event.data.timeZone}), capacity ${event.data.capacity ?? "unlimited"}`;
    case "MeetupPublished":
      return "published";
    case "MeetupDetailsChanged":
      return `changed the details: "${event.data.title}"`;
    case "MeetupRescheduled":
      return `rescheduled to ${event.data.startsAt} – ${event.data.endsAt} (${event.data.timeZone})`;
    case "CapacityChanged":
      return `changed the capacity to ${event.data.capacity ?? "unlimited"}`;
    case "MeetupCancelled":
      return `cancelled the meetup: ${event.data.message}`;
    case "RsvpConfirmed":
      return `confirmed ${event.data.memberId} with ${event.data.guests} guest(s)`;
    case "RsvpWaitlisted":
      return `waitlisted ${event.data.memberId} with ${event.data.guests} guest(s)`;
    case "WaitlistPromoted":
      return `promoted ${event.data.memberId} from the waitlist`;
    case "RsvpCancelled":
      return `${event.data.memberId} cancelled their RSVP`;
    case "RsvpRemoved":
      return `removed the RSVP of ${event.data.memberId}`;
    case "RsvpReleased":
      return `released the RSVP of ${event.data.memberId}: the member ${event.data.reason === "left" ? "left the community" : event.data.reason === "removed" ? "was removed from the community" : "was erased"}`;
    case "AttendeeCheckedIn":
      return `checked in ${event.data.memberId}`;
  }
}

/** The minute an instant falls in: its start for a lower bound, its end for an upper one. */
function minuteAround(instant: string, lower: boolean): string {
  const minute = 60_000;
  const time = Date.parse(instant);
  return new Date(
    lower ? Math.floor(time / minute) * minute : Math.ceil(time / minute) * minute,
  ).toISOString();
}

export function meetupModule(options: MeetupModuleOptions): MeetupModule {
  const {
    store,
    documents,
    communities,
    members,
    clock = systemClock,
    idempotency,
    maximumAttempts,
    randomDelay,
  } = options;
  const meetups = commandHandler({
    store,
    decider: meetupDecider,
    ...(options.snapshots
      ? { snapshots: { store: options.snapshots, tag: meetupSnapshotTag, codec: meetupStateCodec } }
      : {}),
    clock,
    idempotency,
    ...(maximumAttempts === undefined ? {} : { maximumAttempts }),
    ...(randomDelay === undefined ? {} : { randomDelay }),
  });

  const now = () => clock.now().toISOString();

  /** The community a meetup belongs to: fixed by its first event, so one event is all it takes to read. */
  async function communityOf(meetupId: string): Promise<string> {
    if (typeof meetupId !== "string" || !isUuid(meetupId)) throw new MeetupNotFound(String(meetupId));
    const [first] = await store.readStream(meetupStream(meetupId), { limit: 1 });
    if (first?.type !== "MeetupScheduled") throw new MeetupNotFound(meetupId);
    return (first.data as { communityId: string }).communityId;
  }

  async function standingOf(communityId: string, actor: string): Promise<CommunityStanding | null> {
    return typeof actor === "string" && actor.length > 0 ? communities.roleOf(communityId, actor) : null;
  }

  async function assertOrganiser(communityId: string, actor: string): Promise<void> {
    if ((await standingOf(communityId, actor)) !== "organiser") throw new NotAnOrganiser(communityId, actor);
  }

  async function assertOrganiserOrHost(communityId: string, actor: string): Promise<void> {
    const standing = await standingOf(communityId, actor);
    if (standing !== "organiser" && standing !== "host") throw new NotAnOrganiser(communityId, actor);
  }

  const organiserResult = (meetupId: string, result: CommandResult<Meetup, MeetupEvent>): MeetupResult => ({
    meetupId,
    version: result.version,
    meetup: meetupSummary(result.state),
  });

  function rsvpResult(
    meetupId: string,
    memberId: string,
    result: CommandResult<Meetup, MeetupEvent>,
  ): RsvpResult {
    const rsvp = result.state.rsvps.get(memberId);
    if (!rsvp) throw new Error(`the command left no RSVP of ${memberId}`);
    return {
      meetupId,
      version: result.version,
      memberId,
      rsvp: {
        status: rsvp.status,
        guests: rsvp.guests,
        waitlistPosition: waitlistPosition(result.state, memberId) ?? null,
        checkedIn: rsvp.checkedIn,
      },
      promoted: result.events.flatMap((envelope) => {
        const event = envelope as unknown as MeetupEvent;
        return event.type === "WaitlistPromoted" ? [event.data.memberId] : [];
      }),
    };
  }

  /** Authorizes, then decides the command; a retry with the request's key gets the first answer. */
  function organiserCommand<Input>(
    parseInput: (request: MeetupRequest & Input) => Input,
    command: (meetupId: string, input: Input) => MeetupCommand,
    authorize: (communityId: string, actor: string) => Promise<void> = assertOrganiser,
  ) {
    return async (request: MeetupRequest & Input): Promise<MeetupResult> => {
      const input = parseInput(request);
      const { meetupId, actor, idempotencyKey } = request;
      await authorize(await communityOf(meetupId), actor);
      return meetups.handle(
        {
          streamId: meetupStream(meetupId),
          command: command(meetupId, input),
          metadata: { actor, idempotencyKey },
        },
        (result) => organiserResult(meetupId, result),
      );
    };
  }

  async function attendeeCommand(request: MeetupRequest, memberId: string, command: MeetupCommand) {
    const { meetupId, actor, idempotencyKey } = request;
    return meetups.handle(
      { streamId: meetupStream(meetupId), command, metadata: { actor, idempotencyKey } },
      (result) => rsvpResult(meetupId, memberId, result),
    );
  }

  /** Every document of one index or primary range, in order: for lists kept whole (the waitlist, the timeline). */
  async function everyDocument<Body>(
    index: "primary" | IndexName,
    partition: string,
    range: { beginsWith: string } | { from: string; to: string },
  ): Promise<Body[]> {
    const bodies: Body[] = [];
    let cursor: string | undefined;
    do {
      const page = await documents.query<Body>(index, { partition, range, limit: 1000, cursor });
      for (const document of page.documents) if (document.body) bodies.push(document.body);
      cursor = page.cursor;
    } while (cursor);
    return bodies;
  }

  /** A waitlisted attendee's place in line: the waitlisted parties up to it in the attendee list. */
  async function positionInLine(attendee: AttendeeDocument): Promise<number> {
    const own = attendeeListSort("waitlisted", attendee.rsvpVersion, attendee.memberId);
    const ahead = await everyDocument("second", meetupAttendeesPartition(attendee.meetupId), {
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
        attendance: attendanceOf(attendee, attendee.endsAt, instant),
        waitlistPosition,
      });
    }
    return shown;
  }

  /** One page of an index, after the cursor's item; a range bounds it (inclusive). */
  async function pageOf<Body>(
    index: IndexName,
    partition: string,
    page: Page,
    order: "ascending" | "descending",
    bound?: string,
  ) {
    const limit = checkLimit(page.limit);
    const after = page.cursor === undefined ? undefined : sortOfCursor(page.cursor);
    const edge = after ?? bound;
    const range = edge === undefined ? undefined : order === "ascending" ? { from: edge } : { to: edge };
    const { documents: found } = await documents.query<Body>(index, {
      partition,
      ...(range ? { range } : {}),
      order,
      limit: limit + 2,
    });
    const rows = found.flatMap((document) => {
      const sort = document.indexes[index]?.sort;
      return document.body && sort !== undefined && sort !== after ? [{ body: document.body, sort }] : [];
    });
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      bodies: shown.map((row) => row.body),
      ...(rows.length > limit && last ? { cursor: listCursor(last.sort) } : {}),
    };
  }

  async function meetupPage(partition: string, page: Page, upcoming: boolean) {
    // Sort values are "<start>#<id>": every one from now on sorts at or after now's instant, and none before.
    const instant = now();
    const order = upcoming ? "ascending" : "descending";
    const onTime = (meetup: MeetupDocument) =>
      upcoming ? meetup.startsAt >= instant : meetup.startsAt < instant;
    // Bounded by the minute, the same page read again within it is the same query, which the document
    // store may answer from memory. Meetups that started within the minute would sort first: when there
    // are any, the page is asked again, bounded by the instant itself.
    let found = await pageOf<MeetupDocument>(
      "first",
      partition,
      page,
      order,
      minuteAround(instant, upcoming),
    );
    if (!found.bodies.every(onTime))
      found = await pageOf<MeetupDocument>("first", partition, page, order, instant);
    return { meetups: found.bodies, ...(found.cursor ? { cursor: found.cursor } : {}) };
  }

  /** Drafts stay hidden from everyone but organisers of their community. */
  async function visible(found: (MeetupDocument | undefined)[], viewerId: string | undefined) {
    const draftCommunities = new Set(
      found.flatMap((meetup) => (meetup?.status === "draft" ? [meetup.communityId] : [])),
    );
    const organising = new Set<string>();
    if (viewerId)
      for (const communityId of draftCommunities)
        if ((await standingOf(communityId, viewerId)) === "organiser") organising.add(communityId);
    return found.map((meetup) =>
      meetup && (meetup.status !== "draft" || organising.has(meetup.communityId)) ? meetup : undefined,
    );
  }

  async function byIds(meetupIds: readonly string[], viewerId?: string) {
    const valid = [
      ...new Set(meetupIds.filter((meetupId) => typeof meetupId === "string" && isUuid(meetupId))),
    ];
    const found = new Map<string, MeetupDocument>();
    for (let start = 0; start < valid.length; start += 100) {
      const stored = await documents.getMany<MeetupDocument>(valid.slice(start, start + 100).map(meetupKey));
      for (const document of stored) if (document?.body) found.set(document.body.id, document.body);
    }
    return visible(
      meetupIds.map((meetupId) => found.get(meetupId)),
      viewerId,
    );
  }

  async function readMeetup(meetupId: string): Promise<EventEnvelope[]> {
    return store.readStream(meetupStream(meetupId));
  }

  return {
    async schedule(request) {
      const { communityId, schedule, capacity, details } = parseScheduleInput(request.input, clock.now());
      const { actor, idempotencyKey } = request;
      await assertOrganiser(communityId, actor);
      const metadata = { actor, idempotencyKey };
      const meetupId = createdId("meetup", metadata);
      return meetups.handle(
        {
          streamId: meetupStream(meetupId),
          command: { type: "Schedule", meetupId, communityId, schedule, capacity, details },
          metadata,
        },
        (result) => organiserResult(meetupId, result),
      );
    },

    publish: organiserCommand(
      () => ({}),
      (meetupId) => ({ type: "Publish", meetupId }),
    ),

    edit: organiserCommand(
      ({ input }: MeetupRequest & { input: MeetupDetailsInput }) => ({
        input: parseDetailsChanges(input, clock.now()),
      }),
      (meetupId, { input }) => ({ type: "EditDetails", meetupId, changes: input }),
    ),

    reschedule: organiserCommand(
      ({ input }: MeetupRequest & { input: RescheduleInput }) => ({
        input: parseReschedule(input, clock.now()),
      }),
      (meetupId, { input }) => ({ type: "Reschedule", meetupId, schedule: input }),
    ),

    changeCapacity: organiserCommand(
      ({ capacity }: MeetupRequest & { capacity: number | null }) => ({ capacity: parseCapacity(capacity) }),
      (meetupId, { capacity }) => ({ type: "ChangeCapacity", meetupId, capacity }),
    ),

    cancel: organiserCommand(
      ({ message }: MeetupRequest & { message: string }) => ({ message: parseCancellationMessage(message) }),
      (meetupId, { message }) => ({ type: "Cancel", meetupId, message }),
    ),

    async rsvp(request) {
      const guests = parseGuests(request.guests ?? 0);
      const { meetupId, actor } = request;
      const communityId = await communityOf(meetupId);
      if (!isMember(await standingOf(communityId, actor))) throw new NotAMember(communityId, actor);
      return attendeeCommand(request, actor, { type: "Rsvp", meetupId, memberId: actor, guests });
    },

    async cancelRsvp(request) {
      const { meetupId, actor } = request;
      // Members who left the community may still withdraw: nothing to authorize beyond it being their own RSVP.
      await communityOf(meetupId);
      return attendeeCommand(request, actor, { type: "CancelRsvp", meetupId, memberId: actor });
    },

    async removeRsvp(request) {
      const { meetupId, memberId, actor } = request;
      await assertOrganiser(await communityOf(meetupId), actor);
      return attendeeCommand(request, memberId, { type: "RemoveRsvp", meetupId, memberId });
    },

    async checkIn(request) {
      const { meetupId, memberId, actor } = request;
      await assertOrganiserOrHost(await communityOf(meetupId), actor);
      return attendeeCommand(request, memberId, { type: "CheckIn", meetupId, memberId });
    },

    async byId(meetupId, viewerId) {
      const [meetup] = await byIds([meetupId], viewerId);
      return meetup;
    },

    byIds,

    upcomingOf: (communityId, page = {}) => meetupPage(communityMeetupsPartition(communityId), page, true),

    pastOf: (communityId, page = {}) => meetupPage(communityMeetupsPartition(communityId), page, false),

    async draftsOf(communityId, actor, page = {}) {
      await assertOrganiser(communityId, actor);
      const { bodies, cursor } = await pageOf<MeetupDocument>(
        "first",
        communityDraftsPartition(communityId),
        page,
        "ascending",
      );
      return { meetups: bodies, ...(cursor ? { cursor } : {}) };
    },

    async rsvpsOf(memberId, { upcoming = true, ...page } = {}) {
      const { bodies, cursor } = await pageOf<AttendeeDocument>(
        "first",
        memberRsvpsPartition(memberId),
        page,
        upcoming ? "ascending" : "descending",
        now(),
      );
      return { attendees: await withAttendance(bodies), ...(cursor ? { cursor } : {}) };
    },

    async attendeesOf(meetupId, actor, page = {}) {
      await assertOrganiserOrHost(await communityOf(meetupId), actor);
      const { bodies, cursor } = await pageOf<AttendeeDocument>(
        "second",
        meetupAttendeesPartition(meetupId),
        page,
        "ascending",
      );
      return { attendees: await withAttendance(bodies, true), ...(cursor ? { cursor } : {}) };
    },

    async waitlistOf(meetupId, actor) {
      await assertOrganiserOrHost(await communityOf(meetupId), actor);
      const waiting = await everyDocument<AttendeeDocument>("second", meetupAttendeesPartition(meetupId), {
        beginsWith: waitlistedSortPrefix,
      });
      return waiting.map(({ memberId, guests }) => ({ memberId, guests }));
    },

    async timelineOf(meetupId, actor) {
      await assertOrganiserOrHost(await communityOf(meetupId), actor);
      const { partition, beginsWith } = timelineRange(meetupId);
      return everyDocument<TimelinePoint>("primary", partition, { beginsWith });
    },

    async viewerRsvp(meetupId, memberId) {
      if (!isUuid(meetupId) || typeof memberId !== "string" || memberId.length === 0) return undefined;
      const attendee = await documents.get<AttendeeDocument>(attendeeKey(meetupId, memberId));
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
        standingOf(details.communityId, viewerId),
        members ? members.isErased(viewerId) : false,
      ]);
      if (erased) return null;
      if (standing === "organiser") return details.joinUrl;
      const confirmed = (attendee?.body as AttendeeDocument | null | undefined)?.status === "confirmed";
      return confirmed && isMember(standing) ? details.joinUrl : null;
    },

    async releaseRsvps({ communityId, memberId, reason, cause, actor }) {
      const released: RsvpResult[] = [];
      // The meetups still to come, from documents: an RSVP needs a published meetup, which is projected
      // long before the membership ends; each release is then decided on the meetup's own stream.
      let cursor: string | undefined;
      do {
        const page = await meetupPage(
          communityMeetupsPartition(communityId),
          { cursor, limit: maximumLimit },
          true,
        );
        for (const meetup of page.meetups) {
          if (meetup.status !== "published") continue;
          const result = await meetups.handle({
            streamId: meetupStream(meetup.id),
            command: { type: "ReleaseRsvp", meetupId: meetup.id, memberId, reason, cause },
            metadata: { actor, causationId: cause },
          });
          if (result.events.length > 0) released.push(rsvpResult(meetup.id, memberId, result));
        }
        cursor = page.cursor;
      } while (cursor);
      return released;
    },

    async history(meetupIdOrStreamId, actor) {
      const meetupId = meetupIdOrStreamId.startsWith("meetup-")
        ? meetupIdOfStream(meetupIdOrStreamId)
        : meetupIdOrStreamId;
      await assertOrganiser(await communityOf(meetupId), actor);
      return (await readMeetup(meetupId)).map((envelope) => ({
        version: envelope.version,
        type: envelope.type as MeetupEvent["type"],
        actor: envelope.meta.actor,
        occurredAt: envelope.meta.occurredAt,
        summary: summaryOf(envelope as unknown as MeetupEvent),
      }));
    },

    async asOf(meetupId, instant, actor) {
      const until = Date.parse(instant);
      if (Number.isNaN(until))
        throw new InvalidMeetup([{ path: ["instant"], message: "must be an ISO-8601 instant" }]);
      await assertOrganiser(await communityOf(meetupId), actor);
      const events = (await readMeetup(meetupId)).filter(
        (envelope) => Date.parse(envelope.meta.occurredAt) <= until,
      );
      const meetup = fold(meetupDecider, events as unknown as MeetupEvent[]);
      return meetup.status === "unscheduled" ? undefined : meetupSummary(meetup);
    },
  };
}
