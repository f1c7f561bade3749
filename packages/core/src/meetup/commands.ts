import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { asDeciderEvents, streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import { maximumLimit } from "../documents/paged-query";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { snapshotTag } from "../snapshot/state-snapshots";
import type { CommunityRoles } from "./community-roles";
import { communityStandings, isMember } from "./community-standing";
import { type Meetup, type MeetupCommand, meetupDecider, type RsvpStatus, waitlistPosition } from "./decider";
import { meetupStream } from "./documents";
import { NotAMember } from "./errors";
import type { MeetupEvent, RsvpReleaseReason } from "./events";
import {
  type MeetupDetailsInput,
  parseCancellationMessage,
  parseCapacity,
  parseDetailsChanges,
  parseGuests,
  parseReschedule,
  parseRsvpChange,
  parseScheduleInput,
  type RescheduleInput,
  type ScheduleMeetupInput,
} from "./meetup-input";
import { meetupStateCodec } from "./meetup-state-codec";
import { type MeetupSummary, meetupSummary } from "./meetup-summary";
import type { MemberStatus } from "./member-status";
import { type MeetupQueries, meetupQueries } from "./queries";

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
  3,
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
    listed: boolean;
    /** Of the party's guests, how many came. */
    guestsCheckedIn: number;
  };
  /** Members this command moved from the waitlist to confirmed (to notify them). */
  promoted: string[];
}

/** The meetup context: its writes, and its reads (`MeetupQueries`). */
export interface MeetupModule extends MeetupQueries {
  /** Organisers of `input.communityId` only. The new meetup is a draft. */
  schedule(request: Request & { input: ScheduleMeetupInput }): Promise<MeetupResult>;
  publish(request: MeetupRequest): Promise<MeetupResult>;
  /** Only the details given change. */
  edit(request: MeetupRequest & { input: MeetupDetailsInput }): Promise<MeetupResult>;
  reschedule(request: MeetupRequest & { input: RescheduleInput }): Promise<MeetupResult>;
  /**
   * Seats, guests included; null for unlimited. An increase promotes from the waitlist; one below the seats
   * taken is refused (`CapacityBelowSeatsTaken`) unless `keepSeated` confirms it.
   */
  changeCapacity(
    request: MeetupRequest & { capacity: number | null; keepSeated?: boolean },
  ): Promise<MeetupResult>;
  cancel(request: MeetupRequest & { message: string }): Promise<MeetupResult>;
  /**
   * The actor RSVPs for themself (members of the community only), with up to the guest limit; `listed`
   * (default false) shows them on the guest list.
   */
  rsvp(request: MeetupRequest & { guests?: number; listed?: boolean }): Promise<RsvpResult>;
  /**
   * The actor changes their own RSVP without cancelling it (members of the community only): the guests
   * (fewer free seats and move the waitlist up; more must fit, else `NotEnoughSeats`), whether the guest
   * list shows them, or both. What is left out stays as it is.
   */
  changeRsvp(request: MeetupRequest & { guests?: number; listed?: boolean }): Promise<RsvpResult>;
  /** The actor withdraws their own RSVP. */
  cancelRsvp(request: MeetupRequest): Promise<RsvpResult>;
  /** Organisers only. */
  removeRsvp(request: AttendeeRequest): Promise<RsvpResult>;
  /**
   * Organisers and hosts, from an hour before the start to the end; organisers alone for a week after it,
   * to correct. The member with `guests` of their guests (0 up to the party's), or the whole party.
   */
  checkIn(request: AttendeeRequest & { guests?: number }): Promise<RsvpResult>;
  /** Takes a check-in back, guests included: who may, and when, as for `checkIn`. */
  undoCheckIn(request: AttendeeRequest): Promise<RsvpResult>;
  /**
   * Organisers only: seats a waitlisted member's party now, ahead of the line, until the start. When the
   * seats left cannot hold it, refused (`NoSeatsForParty`) unless `overCapacity` confirms seating it past
   * the capacity.
   */
  promoteFromWaitlist(request: AttendeeRequest & { overCapacity?: boolean }): Promise<RsvpResult>;
  /**
   * Who a message about the meetup goes to, read from its stream (strongly consistent): the meetup without
   * its RSVPs, its confirmed members, and its waitlisted ones in line. For the notifier only: it names
   * members, so no query serves it.
   */
  audienceOf(meetupId: string): Promise<MeetupAudience | undefined>;
  /**
   * One member's place at a meetup, for a message to that member alone (their RSVP): as `audienceOf`,
   * from the stream, but the member is looked up rather than everyone listed, so a message costs the
   * same at a meetup of ten as of ten thousand. For the notifier only.
   */
  seatOf(meetupId: string, memberId: string): Promise<MeetupSeat | undefined>;
  /** The meetup without anyone's RSVP, from its stream: what a message about it says (an announcement, an agenda). */
  summaryOf(meetupId: string): Promise<MeetupSummary | undefined>;
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
}

/** A meetup and who holds an RSVP on it (see `MeetupModule.audienceOf`). */
export interface MeetupAudience {
  meetup: MeetupSummary;
  confirmed: string[];
  waitlisted: string[];
}

/** A meetup and where one member stands at it (see `MeetupModule.seatOf`). */
export interface MeetupSeat {
  meetup: MeetupSummary;
  /** Null when the member never RSVPed. */
  status: RsvpStatus | null;
  /** The member's place in line while waitlisted, from 1. */
  waitlistPosition: number | null;
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
  const states = streamStates({
    store,
    decider: meetupDecider,
    ...(options.snapshots
      ? { snapshots: { store: options.snapshots, tag: meetupSnapshotTag, codec: meetupStateCodec } }
      : {}),
  });
  const meetups = commandHandler({
    store,
    decider: meetupDecider,
    states,
    clock,
    idempotency,
    ...(maximumAttempts === undefined ? {} : { maximumAttempts }),
    ...(randomDelay === undefined ? {} : { randomDelay }),
  });

  const queries = meetupQueries({ store, documents, communities, clock, ...(members ? { members } : {}) });
  const { communityOf, standingOf, assertOrganiser, assertOrganiserOrHost } = communityStandings(
    store,
    communities,
  );

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
        listed: rsvp.listed,
        guestsCheckedIn: rsvp.guestsCheckedIn,
      },
      promoted: asDeciderEvents<MeetupEvent>(result.events).flatMap((event) =>
        event.type === "WaitlistPromoted" || event.type === "WaitlistPromotedByOrganiser"
          ? [event.data.memberId]
          : [],
      ),
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

  /** Organisers and hosts run the door (anyone else is refused); after the end, organisers alone. */
  async function doorKeeperIsOrganiser({ meetupId, actor }: MeetupRequest): Promise<boolean> {
    const communityId = await communityOf(meetupId);
    await assertOrganiserOrHost(communityId, actor);
    return (await standingOf(communityId, actor)) === "organiser";
  }

  async function attendeeCommand(request: MeetupRequest, memberId: string, command: MeetupCommand) {
    const { meetupId, actor, idempotencyKey } = request;
    return meetups.handle(
      { streamId: meetupStream(meetupId), command, metadata: { actor, idempotencyKey } },
      (result) => rsvpResult(meetupId, memberId, result),
    );
  }

  async function audienceOf(meetupId: string): Promise<MeetupAudience | undefined> {
    if (typeof meetupId !== "string" || !isUuid(meetupId)) return undefined;
    const { state } = await states.current(meetupStream(meetupId));
    if (state.status === "unscheduled") return undefined;
    const confirmed = [...state.rsvps.entries()]
      .filter(([, rsvp]) => rsvp.status === "confirmed")
      .map(([memberId]) => memberId);
    return { meetup: meetupSummary(state), confirmed, waitlisted: [...state.waitlist.keys()] };
  }

  async function seatOf(meetupId: string, memberId: string): Promise<MeetupSeat | undefined> {
    if (typeof meetupId !== "string" || !isUuid(meetupId)) return undefined;
    const { state } = await states.current(meetupStream(meetupId));
    if (state.status === "unscheduled") return undefined;
    return {
      meetup: meetupSummary(state),
      status: state.rsvps.get(memberId)?.status ?? null,
      waitlistPosition: waitlistPosition(state, memberId) ?? null,
    };
  }

  async function summaryOf(meetupId: string): Promise<MeetupSummary | undefined> {
    return (await seatOf(meetupId, ""))?.meetup;
  }

  return {
    ...queries,
    audienceOf,
    seatOf,
    summaryOf,

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
      ({ capacity, keepSeated }: MeetupRequest & { capacity: number | null; keepSeated?: boolean }) => ({
        capacity: parseCapacity(capacity),
        keepSeated: keepSeated === true,
      }),
      (meetupId, { capacity, keepSeated }) => ({ type: "ChangeCapacity", meetupId, capacity, keepSeated }),
    ),

    cancel: organiserCommand(
      ({ message }: MeetupRequest & { message: string }) => ({ message: parseCancellationMessage(message) }),
      (meetupId, { message }) => ({ type: "Cancel", meetupId, message }),
    ),

    async rsvp(request) {
      const { guests, listed = false } = parseRsvpChange({
        guests: request.guests ?? 0,
        listed: request.listed,
      });
      const { meetupId, actor } = request;
      const communityId = await communityOf(meetupId);
      if (!isMember(await standingOf(communityId, actor))) throw new NotAMember(communityId, actor);
      return attendeeCommand(request, actor, {
        type: "Rsvp",
        meetupId,
        memberId: actor,
        guests: guests ?? 0,
        listed,
      });
    },

    async changeRsvp(request) {
      const change = parseRsvpChange({ guests: request.guests, listed: request.listed }, { required: true });
      const { meetupId, actor } = request;
      const communityId = await communityOf(meetupId);
      if (!isMember(await standingOf(communityId, actor))) throw new NotAMember(communityId, actor);
      return attendeeCommand(request, actor, { type: "ChangeRsvp", meetupId, memberId: actor, ...change });
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
      const guests = request.guests === undefined ? undefined : parseGuests(request.guests);
      const { meetupId, memberId } = request;
      const byOrganiser = await doorKeeperIsOrganiser(request);
      return attendeeCommand(request, memberId, {
        type: "CheckIn",
        meetupId,
        memberId,
        byOrganiser,
        ...(guests === undefined ? {} : { guests }),
      });
    },

    async undoCheckIn(request) {
      const { meetupId, memberId } = request;
      const byOrganiser = await doorKeeperIsOrganiser(request);
      return attendeeCommand(request, memberId, { type: "UndoCheckIn", meetupId, memberId, byOrganiser });
    },

    async promoteFromWaitlist(request) {
      const { meetupId, memberId, actor } = request;
      await assertOrganiser(await communityOf(meetupId), actor);
      return attendeeCommand(request, memberId, {
        type: "PromoteFromWaitlist",
        meetupId,
        memberId,
        overCapacity: request.overCapacity === true,
      });
    },

    async releaseRsvps({ communityId, memberId, reason, cause, actor }) {
      const released: RsvpResult[] = [];
      // The meetups still to come, from documents: an RSVP needs a published meetup, which is projected
      // long before the membership ends; each release is then decided on the meetup's own stream.
      let cursor: string | undefined;
      do {
        const page = await queries.upcomingOf(communityId, { cursor, limit: maximumLimit });
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
  };
}
