import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import { fold } from "../decider/decider";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { snapshotsIn, snapshotTag } from "../snapshot/state-snapshots";
import type {
  CommunityStanding,
  CommunitySummary,
  EditCommunityInput,
  FoundCommunityInput,
} from "./community";
import { parseEditInput, parseFoundInput } from "./community-input";
import {
  type Community,
  type CommunityCommand,
  communityDecider,
  type Departure,
  type MembershipStanding,
  profileOf,
  standingIn,
} from "./decider";
import { communityStream, membershipStream } from "./documents";
import { CommunityNotFound, NotAMember, NotAnOrganiser, SlugTaken } from "./errors";
import type { CommunityEvent } from "./events";
import { legacyMemberships } from "./legacy-memberships";
import { withMemberCounts } from "./member-counts";
import { type CommunityFacts, type MembershipCommand, membershipDecider } from "./membership";
import { type CommunityQueries, communityQueries } from "./queries";
import { slugReservationDecider, slugStream } from "./slug-reservation";

export interface CommunityModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Where community streams keep snapshots, so that a large community starts cold in milliseconds. */
  snapshots?: SnapshotStore;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
  /** Whether a member was erased (`memberModule(...)`): an erased member takes no role and no approval. */
  members?: { isErased(memberId: string): Promise<boolean> };
}

/** Raise the revision whenever the `Community` state changes shape: older snapshots are then ignored. */
export const communitySnapshotTag = snapshotTag("community", 2, communityDecider.initialState);

interface Request {
  /** The member who asks. */
  actor: string;
  /** A retry with the same key (by the same actor) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

interface CommunityRequest extends Request {
  communityId: string;
}

interface MemberRequest extends CommunityRequest {
  /** The member the organiser acts on. */
  memberId: string;
}

/** The community context: its writes, and its reads (`CommunityQueries`). */
export interface CommunityModule extends CommunityQueries {
  /** Founds a community: the founder becomes its organiser. Throws `InvalidCommunity`, `SlugTaken`. */
  found(request: Request & { input: FoundCommunityInput }): Promise<CommunitySummary>;
  /** Organisers only. A new slug is reserved before the community names it; the old one is released after. */
  edit(request: CommunityRequest & { input: EditCommunityInput }): Promise<CommunitySummary>;
  appointOrganiser(request: MemberRequest): Promise<CommunitySummary>;
  /** An organiser made host stops being an organiser, unless they are the last one. */
  appointHost(request: MemberRequest): Promise<CommunitySummary>;
  /** Back to a plain member. */
  revokeRole(request: MemberRequest): Promise<CommunitySummary>;
  /** A member at once in an open community; a pending request in one that approves its members. */
  join(request: CommunityRequest): Promise<CommunitySummary>;
  /** Leaves, or takes back a pending request. */
  leave(request: CommunityRequest): Promise<CommunitySummary>;
  approve(request: MemberRequest): Promise<CommunitySummary>;
  decline(request: MemberRequest): Promise<CommunitySummary>;
  removeMember(request: MemberRequest): Promise<CommunitySummary>;
  /**
   * The system's, after an erasure: ends the erased member's membership or pending request (a
   * `MemberRemoved` with reason `erased`), caused by `cause`; nothing when it has ended already.
   */
  endErasedMembership(request: {
    communityId: string;
    memberId: string;
    actor: string;
    cause: string;
  }): Promise<void>;

  /**
   * Carries the memberships a community stream recorded before memberships had streams of their own over
   * to streams of their own; once per community, a second run changes nothing. Returns how many it carried.
   */
  carryOverMemberships(communityId: string): Promise<number>;

  /** The member's standing in a community, from the community's and the membership's streams (strongly consistent): used by meetup commands to authorize. */
  roleOf(communityId: string, memberId: string): Promise<CommunityStanding | null>;
}

/** Member and community ids are UUIDs: anything else names nobody, and never reaches the store. */
function assertCommunityId(communityId: string): void {
  if (typeof communityId !== "string" || !isUuid(communityId))
    throw new CommunityNotFound(String(communityId));
}

export function communityModule(options: CommunityModuleOptions): CommunityModule {
  const { store, documents, clock = systemClock, idempotency, members } = options;
  const communityStates = streamStates({
    store,
    decider: communityDecider,
    ...snapshotsIn(options.snapshots, communitySnapshotTag),
  });
  const communities = commandHandler({
    store,
    decider: communityDecider,
    states: communityStates,
    clock,
    idempotency,
  });
  // A membership stream is a handful of events: folded whole, never snapshotted.
  const membershipStates = streamStates({ store, decider: membershipDecider });
  const memberships = commandHandler({
    store,
    decider: membershipDecider,
    states: membershipStates,
    clock,
    idempotency,
  });
  const slugs = commandHandler({ store, decider: slugReservationDecider, clock });

  const foldCommunity = (events: readonly unknown[], from?: Community): Community =>
    fold(communityDecider, events as CommunityEvent[], from);

  const readCommunity = async (communityId: string): Promise<Community> =>
    (await communityStates.current(communityStream(communityId))).state;

  const readMembership = async (communityId: string, memberId: string): Promise<MembershipStanding> =>
    (await membershipStates.current(membershipStream(communityId, memberId))).state.standing;

  /** Holds the slug for the community, or throws `SlugTaken`; whether this call took it (not held before). */
  async function reserveSlug(slug: string, communityId: string, actor: string): Promise<boolean> {
    const { state, events } = await slugs.handle({
      streamId: slugStream(slug),
      command: { type: "Reserve", communityId },
      metadata: { actor },
    });
    if (state.holder !== communityId) throw new SlugTaken(slug);
    return events.length > 0;
  }

  const releaseSlug = (slug: string, communityId: string, actor: string) =>
    slugs.handle({
      streamId: slugStream(slug),
      command: { type: "Release", communityId },
      metadata: { actor },
    });

  /**
   * The slug each of the command's events replaced, read from the stream rather than from what the
   * caller saw before: a concurrent edit of the same community may have come in between.
   */
  async function slugsReplaced(communityId: string, appended: readonly { version: number }[]) {
    const first = appended[0];
    if (!first) return [];
    const history = await store.readStream(communityStream(communityId), {
      limit: first.version - 1 + appended.length,
    });
    const replaced: string[] = [];
    let community = foldCommunity(history.slice(0, first.version - 1));
    for (const event of history.slice(first.version - 1)) {
      const next = foldCommunity([event], community);
      if (community.slug !== "" && community.slug !== next.slug) replaced.push(community.slug);
      community = next;
    }
    return replaced;
  }

  const summaryOf = async (communityId: string, community: Community): Promise<CommunitySummary> =>
    (await withMemberCounts(documents, [profileOf(communityId, community)]))[0] as CommunitySummary;

  /** Runs one command on the community's stream. */
  async function run(request: Request & { communityId: string }, command: CommunityCommand) {
    assertCommunityId(request.communityId);
    return communities.handle({
      streamId: communityStream(request.communityId),
      command,
      metadata: { actor: request.actor, idempotencyKey: request.idempotencyKey },
    });
  }

  /** What the membership stream's decider needs to know of the community and of who asks. */
  async function factsFor(communityId: string, actor: string): Promise<CommunityFacts> {
    const community = await readCommunity(communityId);
    const actorStanding = isUuid(actor)
      ? standingIn(community, actor, await readMembership(communityId, actor))
      : null;
    return {
      founded: community.status === "founded",
      joinMode: community.joinMode,
      actorOrganises: actorStanding === "organiser",
    };
  }

  /** Runs one command on a membership's stream and returns the community as it left it. */
  async function runOnMembership(
    request: Request & { communityId: string; causationId?: string },
    command: MembershipCommand,
  ): Promise<CommunitySummary> {
    assertCommunityId(request.communityId);
    // An id that is no member id names nobody: decided against no membership, it reaches no stream.
    if (!isUuid(command.memberId)) {
      const metadata = { at: clock.now().toISOString(), actor: request.actor };
      const decided = membershipDecider.decide({ ...command, metadata }, membershipDecider.initialState);
      if (decided.length > 0) throw new NotAMember(request.communityId, command.memberId, "another member");
      return summaryOf(request.communityId, await readCommunity(request.communityId));
    }
    await memberships.handle({
      streamId: membershipStream(request.communityId, command.memberId),
      command,
      metadata: {
        actor: request.actor,
        idempotencyKey: request.idempotencyKey,
        ...(request.causationId ? { causationId: request.causationId } : {}),
      },
    });
    return summaryOf(request.communityId, await readCommunity(request.communityId));
  }

  /** A role ends before the membership it came with: never a role without a membership. */
  async function endRole(
    request: Request & { communityId: string; causationId?: string },
    memberId: string,
    departure: Departure,
  ): Promise<void> {
    assertCommunityId(request.communityId);
    await communities.handle({
      streamId: communityStream(request.communityId),
      command: {
        type: "EndRole",
        communityId: request.communityId,
        memberId,
        departure,
      },
      metadata: {
        actor: request.actor,
        ...(request.causationId ? { causationId: request.causationId } : {}),
      },
    });
  }

  const roleCommand =
    (type: "AppointOrganiser" | "AppointHost" | "RevokeRole") =>
    async (request: MemberRequest): Promise<CommunitySummary> => {
      const { communityId, memberId } = request;
      assertCommunityId(communityId);
      const target = String(memberId);
      const membership = isUuid(target) ? await readMembership(communityId, target) : null;
      const givesRole = type !== "RevokeRole";
      const erased = givesRole && isUuid(target) && (await members?.isErased(target)) === true;
      const command = {
        type,
        communityId,
        memberId: target,
        membership,
        ...(erased ? { erased } : {}),
      };
      const { state } = await run(request, command as CommunityCommand);
      return summaryOf(communityId, state);
    };

  const membershipCommand =
    (type: "Approve" | "Decline" | "Remove") =>
    async (request: MemberRequest): Promise<CommunitySummary> => {
      const { communityId, actor } = request;
      assertCommunityId(communityId);
      const memberId = String(request.memberId);
      const community = await factsFor(communityId, actor);
      if (type === "Remove" && isUuid(memberId)) {
        if (!community.founded) throw new CommunityNotFound(communityId);
        if (!community.actorOrganises) throw new NotAnOrganiser(communityId, actor);
        await endRole(request, memberId, "remove");
      }
      const erased = type === "Approve" && isUuid(memberId) && (await members?.isErased(memberId)) === true;
      return runOnMembership(request, {
        type,
        communityId,
        memberId,
        community,
        ...(erased ? { erased } : {}),
      } as MembershipCommand);
    };

  async function roleOf(communityId: string, memberId: string): Promise<CommunityStanding | null> {
    if (!isUuid(communityId) || !isUuid(memberId)) return null;
    const [community, membership] = await Promise.all([
      readCommunity(communityId),
      readMembership(communityId, memberId),
    ]);
    return standingIn(community, memberId, membership);
  }

  return {
    ...communityQueries({ store, documents, roles: { roleOf } }),
    roleOf,

    async found({ actor, input, idempotencyKey }) {
      const details = parseFoundInput(input);
      const metadata = { actor, idempotencyKey };
      // A retry of a founding with a key names the same community, so it meets the first one's answer.
      const communityId = createdId("community", metadata);
      // The slug is reserved before the community names it, so no two communities ever show one slug.
      const reserved = await reserveSlug(details.slug, communityId, actor);
      try {
        return await communities.handle(
          {
            streamId: communityStream(communityId),
            command: { type: "Found", communityId, details },
            metadata,
          },
          async ({ state }) => {
            // The founder's membership, in its own stream. Should this fail, the founder holds the organiser
            // role of a community they are not yet a member of: joining again makes it theirs.
            await memberships.handle({
              streamId: membershipStream(communityId, actor),
              command: { type: "JoinAsFounder", communityId, memberId: actor },
              metadata: { actor },
            });
            return summaryOf(communityId, state);
          },
        );
      } catch (error) {
        // Not founded (a key used before for another founding): the slug this request took goes back.
        if (reserved && (await readCommunity(communityId)).slug !== details.slug)
          await releaseSlug(details.slug, communityId, actor);
        throw error;
      }
    },

    async edit(request) {
      const { communityId, actor } = request;
      const changes = parseEditInput(request.input);
      assertCommunityId(communityId);
      const current = await readCommunity(communityId);
      if (current.status !== "founded") throw new CommunityNotFound(communityId);
      // Checked before the slug is reserved, so that nobody else can hold slugs in a community's name.
      if (current.roles[actor] !== "organiser") throw new NotAnOrganiser(communityId, actor);
      const newSlug = changes.slug !== undefined && changes.slug !== current.slug ? changes.slug : null;
      if (newSlug) await reserveSlug(newSlug, communityId, actor);
      let result: Awaited<ReturnType<typeof run>>;
      try {
        result = await run(request, { type: "Edit", communityId, changes });
      } catch (error) {
        // The edit did not happen: the new slug goes back, unless a concurrent edit took it meanwhile.
        if (newSlug && (await readCommunity(communityId)).slug !== newSlug)
          await releaseSlug(newSlug, communityId, actor);
        throw error;
      }
      for (const slug of await slugsReplaced(communityId, result.events))
        await releaseSlug(slug, communityId, actor);
      return summaryOf(communityId, result.state);
    },

    appointOrganiser: roleCommand("AppointOrganiser"),
    appointHost: roleCommand("AppointHost"),
    revokeRole: roleCommand("RevokeRole"),
    approve: membershipCommand("Approve"),
    decline: membershipCommand("Decline"),
    removeMember: membershipCommand("Remove"),

    async endErasedMembership({ communityId, memberId, actor, cause }) {
      assertCommunityId(communityId);
      if (!isUuid(memberId)) return;
      const request = { communityId, actor, causationId: cause };
      await endRole(request, memberId, "erased");
      await runOnMembership(request, { type: "EndErased", communityId, memberId });
    },

    async join(request) {
      const { communityId, actor } = request;
      assertCommunityId(communityId);
      const community = await factsFor(communityId, actor);
      return runOnMembership(request, { type: "Join", communityId, memberId: actor, community });
    },

    async leave(request) {
      const { communityId, actor } = request;
      assertCommunityId(communityId);
      const community = await factsFor(communityId, actor);
      if (community.founded && isUuid(actor) && (await readMembership(communityId, actor)) === "member")
        await endRole(request, actor, "leave");
      return runOnMembership(request, { type: "Leave", communityId, memberId: actor, community });
    },

    async carryOverMemberships(communityId) {
      assertCommunityId(communityId);
      const streamId = communityStream(communityId);
      const community = await readCommunity(communityId);
      if (community.status !== "founded" || community.membershipsMovedOut) return 0;
      const history = await store.readStream(streamId);
      const recorded = legacyMemberships(history);
      let carried = 0;
      for (const { memberId, standing, since } of recorded) {
        const { events } = await memberships.handle({
          streamId: membershipStream(communityId, memberId),
          command: { type: "CarryOver", communityId, memberId, standing, since },
          metadata: { actor: carryOverActor },
        });
        carried += events.length;
      }
      // A community of today's code implies only its founder's membership here, whose stream tells it
      // already: nothing in its stream needs moving out.
      if (carried === 0 && !history.some((event) => membershipEventTypes.has(event.type))) return 0;
      await communities.handle({
        streamId,
        command: {
          type: "MarkMembershipsMovedOut",
          communityId,
          carriedOver: carried,
        },
        metadata: { actor: carryOverActor },
      });
      return carried;
    },
  };
}

/** The events that, in a community stream, tell a membership recorded before memberships had streams. */
const membershipEventTypes = new Set([
  "MemberJoined",
  "MembershipRequested",
  "MembershipApproved",
  "MembershipDeclined",
  "MembershipWithdrawn",
  "MemberLeft",
  "MemberRemoved",
]);

/** Who carried memberships over, in their streams' history. */
export const carryOverActor = "system:carry-over";
