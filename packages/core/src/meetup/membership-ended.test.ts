import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  calendarFeedRevocation,
  calendarFeedTokens,
  feedTokenEventTypes,
  feedTokenStream,
  hashOfFeedToken,
} from "../calendar";
import { membershipStream, NoPendingRequest, NotAMember } from "../community";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import { sqliteDocumentStore } from "../documents/sqlite";
import type { EventEnvelope } from "../eventstore/envelope";
import { eventCatalog } from "../eventstore/event-catalog";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import type { Reactor } from "../reactor/reactor";
import { openDatabase } from "../sqlite/database";
import { membershipEndedActor, membershipEndedReactor } from "./membership-ended";
import {
  type Cast,
  community,
  type MeetupWorld,
  meetupInput,
  meetupWorld,
  startsAt,
  worldEventTypes,
} from "./test-world";

/*
 * The reactor on real stores, handed the events the bus would hand it: read back from the log, and
 * delivered again to show that a redelivery does nothing twice.
 */

let database: ReturnType<typeof openDatabase>;
let world: MeetupWorld;
let reactor: Reactor;
let cast: Cast;
const erased = new Set<string>();

beforeEach(async () => {
  database = openDatabase(":memory:");
  world = meetupWorld({
    log: sqliteEventStore(database, eventCatalog(...worldEventTypes, ...feedTokenEventTypes)),
    documents: sqliteDocumentStore(database),
    idempotency: sqliteIdempotencyStore(database),
    members: { isErased: async (memberId) => erased.has(memberId) },
  });
  reactor = membershipEndedReactor({
    meetups: world.meetups,
    communities: world.communities,
    feedTokens: { revoke: calendarFeedRevocation({ store: world.log, clock: world.clock }) },
  });
  cast = await community(world, 4);
});
afterEach(() => {
  database.close();
  erased.clear();
});

const member = (index: number) => cast.members[index] as string;

async function publishedMeetup(communityId = cast.communityId, organiser = cast.organiser, changes = {}) {
  const { meetupId } = await world.meetups.schedule({
    actor: organiser,
    input: meetupInput(communityId, changes),
  });
  await world.meetups.publish({ actor: organiser, meetupId });
  return meetupId;
}

/** The last event of this type in the stream, as the bus delivers it. */
async function lastEvent(streamId: string, type: string): Promise<EventEnvelope> {
  const found = (await world.log.readStream(streamId)).filter((event) => event.type === type).at(-1);
  if (!found) throw new Error(`no ${type} in ${streamId}`);
  return found;
}

const releasesIn = async (meetupId: string) =>
  (await world.log.readStream(`meetup-${meetupId}`)).filter((event) => event.type === "RsvpReleased");

/** A member stream's erasure, as the bus carries it (the member context's own events are not in this world). */
const erasure = (memberId: string): EventEnvelope => ({
  id: newId(),
  streamId: `member-${memberId}`,
  version: 3,
  type: "MemberErased",
  schemaVersion: 1,
  data: {},
  meta: {
    actor: memberId,
    occurredAt: world.clock.now().toISOString(),
    correlationId: newId(),
    causationId: null,
  },
});

describe("leaving a community", () => {
  test("releases the member's seat in its upcoming meetups, and the waitlist gets it", async () => {
    const meetupId = await publishedMeetup(cast.communityId, cast.organiser, { capacity: 2 });
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 1 });
    await world.meetups.rsvp({ actor: member(1), meetupId });
    expect((await world.meetups.viewerRsvp(meetupId, member(1)))?.status).toBe("waitlisted");

    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    const left = await lastEvent(membershipStream(cast.communityId, member(0)), "MemberLeft");
    await reactor.react(left);

    const released = await releasesIn(meetupId);
    expect(released.map((event) => [event.data, event.meta.actor, event.meta.causationId])).toEqual([
      [{ memberId: member(0), reason: "left", cause: left.id }, membershipEndedActor, left.id],
    ]);
    expect(await world.meetups.viewerRsvp(meetupId, member(0))).toMatchObject({ status: "cancelled" });
    expect(await world.meetups.viewerRsvp(meetupId, member(1))).toMatchObject({ status: "confirmed" });
    expect(await world.meetups.byId(meetupId)).toMatchObject({ confirmedSeats: 1, waitlistLength: 0 });
  });

  test("keeps the member's RSVPs in other communities and in meetups that already started", async () => {
    const past = await publishedMeetup();
    const upcoming = await publishedMeetup(cast.communityId, cast.organiser, {
      startsAt: "2026-07-01T18:00:00.000Z",
      endsAt: "2026-07-01T21:00:00.000Z",
    });
    const other = await community(world, 0);
    await world.communities.join({ actor: member(0), communityId: other.communityId });
    const elsewhere = await publishedMeetup(other.communityId, other.organiser);
    for (const meetupId of [past, upcoming, elsewhere])
      await world.meetups.rsvp({ actor: member(0), meetupId });

    world.clock.set(new Date(Date.parse(startsAt) + 60_000));
    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    await reactor.react(await lastEvent(membershipStream(cast.communityId, member(0)), "MemberLeft"));

    expect((await world.meetups.viewerRsvp(past, member(0)))?.status).toBe("confirmed");
    expect((await world.meetups.viewerRsvp(upcoming, member(0)))?.status).toBe("cancelled");
    expect((await world.meetups.viewerRsvp(elsewhere, member(0)))?.status).toBe("confirmed");
  });

  test("delivered again, releases nothing twice, even after the member joined and RSVPed anew", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    const left = await lastEvent(membershipStream(cast.communityId, member(0)), "MemberLeft");
    await reactor.react(left);
    await reactor.react(left);
    expect(await releasesIn(meetupId)).toHaveLength(1);

    await world.communities.join({ actor: member(0), communityId: cast.communityId });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await reactor.react(left);
    expect(await releasesIn(meetupId)).toHaveLength(1);
    expect((await world.meetups.viewerRsvp(meetupId, member(0)))?.status).toBe("confirmed");
  });
});

describe("the private calendar feed", () => {
  const tokens = () =>
    calendarFeedTokens({
      store: world.log,
      documents: world.documents,
      secret: "a feed secret",
      clock: world.clock,
    });

  test("its URL stops answering when the member leaves or is removed, once; the profile gives a new one", async () => {
    const feedTokens = tokens();
    const leaving = await feedTokens.tokenOf(member(0));
    const removed = await feedTokens.tokenOf(member(1));
    const staying = await feedTokens.tokenOf(member(2));

    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    await world.communities.removeMember({
      actor: cast.organiser,
      communityId: cast.communityId,
      memberId: member(1),
    });
    const left = await lastEvent(membershipStream(cast.communityId, member(0)), "MemberLeft");
    const removal = await lastEvent(membershipStream(cast.communityId, member(1)), "MemberRemoved");
    for (const event of [left, removal, left, removal]) await reactor.react(event);

    // (Whether a URL answers is the feed routes' test: this world projects no feed tokens.)
    const stayingFeed = await world.log.readStream(feedTokenStream(member(2)));
    expect(stayingFeed.map((event) => event.data)).toEqual([{ tokenHash: hashOfFeedToken(staying) }]);
    for (const [index, cause] of [
      [0, left],
      [1, removal],
    ] as const) {
      const feed = await world.log.readStream(feedTokenStream(member(index)));
      const old = hashOfFeedToken(index === 0 ? leaving : removed);
      expect(feed.map((event) => [event.type, event.data, event.meta.actor, event.meta.causationId])).toEqual(
        [
          ["CalendarFeedTokenIssued", { tokenHash: old }, member(index), null],
          ["CalendarFeedTokenRevoked", { tokenHash: old }, membershipEndedActor, cause.id],
        ],
      );
      const renewed = await feedTokens.tokenOf(member(index));
      expect(hashOfFeedToken(renewed)).not.toBe(old);
      expect((await world.log.readStream(feedTokenStream(member(index)))).at(-1)?.data).toEqual({
        tokenHash: hashOfFeedToken(renewed),
      });
    }
  });
});

describe("removal from a community", () => {
  test("releases the member's RSVPs as removed, confirmed and waitlisted alike", async () => {
    const roomy = await publishedMeetup();
    const full = await publishedMeetup(cast.communityId, cast.organiser, { capacity: 1 });
    await world.meetups.rsvp({ actor: member(1), meetupId: full });
    for (const meetupId of [roomy, full]) await world.meetups.rsvp({ actor: member(0), meetupId });
    expect((await world.meetups.viewerRsvp(full, member(0)))?.status).toBe("waitlisted");

    await world.communities.removeMember({
      actor: cast.organiser,
      communityId: cast.communityId,
      memberId: member(0),
    });
    const removed = await lastEvent(membershipStream(cast.communityId, member(0)), "MemberRemoved");
    await reactor.react(removed);

    for (const meetupId of [roomy, full]) {
      expect((await world.meetups.viewerRsvp(meetupId, member(0)))?.status).toBe("removed");
      expect((await releasesIn(meetupId)).map((event) => event.data)).toEqual([
        { memberId: member(0), reason: "removed", cause: removed.id },
      ]);
    }
    expect(await world.meetups.byId(full)).toMatchObject({ confirmedSeats: 1, waitlistLength: 0 });
  });
});

describe("erasure", () => {
  test("releases the member's RSVPs in every community and revokes their calendar feed token, once", async () => {
    const here = await publishedMeetup();
    const other = await community(world, 0);
    await world.communities.join({ actor: member(0), communityId: other.communityId });
    const there = await publishedMeetup(other.communityId, other.organiser);
    for (const meetupId of [here, there]) await world.meetups.rsvp({ actor: member(0), meetupId });
    const tokens = calendarFeedTokens({
      store: world.log,
      documents: world.documents,
      secret: "a feed secret",
      clock: world.clock,
    });
    const tokenHash = hashOfFeedToken(await tokens.tokenOf(member(0)));

    const erasedEvent = erasure(member(0));
    await reactor.react(erasedEvent);
    await reactor.react(erasedEvent);

    for (const meetupId of [here, there]) {
      expect((await world.meetups.viewerRsvp(meetupId, member(0)))?.status).toBe("cancelled");
      expect((await releasesIn(meetupId)).map((event) => event.data)).toEqual([
        { memberId: member(0), reason: "erased", cause: erasedEvent.id },
      ]);
    }
    const feed = await world.log.readStream(feedTokenStream(member(0)));
    expect(feed.map((event) => [event.type, event.data])).toEqual([
      ["CalendarFeedTokenIssued", { tokenHash }],
      ["CalendarFeedTokenRevoked", { tokenHash }],
    ]);
  });
});

describe("erasure ends every membership", () => {
  test("as a removal for the erasure in each community, the pending request too, once", async () => {
    const here = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId: here });
    await world.communities.appointHost({
      actor: cast.organiser,
      communityId: cast.communityId,
      memberId: member(0),
    });
    const approving = await community(world, 0);
    await world.communities.edit({
      actor: approving.organiser,
      communityId: approving.communityId,
      input: { joinMode: "approval" },
    });
    await world.communities.join({ actor: member(0), communityId: approving.communityId });
    expect(await world.communities.roleOf(approving.communityId, member(0))).toBe("pending");
    const countBefore = (await world.communities.byId(cast.communityId))?.memberCount ?? 0;

    erased.add(member(0));
    const erasedEvent = erasure(member(0));
    await reactor.react(erasedEvent);
    await reactor.react(erasedEvent);

    for (const communityId of [cast.communityId, approving.communityId]) {
      const removals = (await world.log.readStream(membershipStream(communityId, member(0)))).filter(
        (event) => event.type === "MemberRemoved",
      );
      expect(removals.map((event) => [event.data, event.meta.actor, event.meta.causationId])).toEqual([
        [{ memberId: member(0), reason: "erased" }, membershipEndedActor, erasedEvent.id],
      ]);
      expect(await world.communities.roleOf(communityId, member(0))).toBeNull();
      // The removal for the erasure, delivered in its turn, changes nothing more.
      await reactor.react(removals[0] as EventEnvelope);
    }
    const summary = await world.communities.byId(cast.communityId);
    expect(summary?.memberCount).toBe(countBefore - 1);
    expect(summary?.hostIds).not.toContain(member(0));
    const { members } = await world.communities.membersOf(cast.communityId, cast.organiser, { limit: 100 });
    expect(members.map((membership) => membership.memberId)).not.toContain(member(0));
    const pending = await world.communities.membersOf(approving.communityId, approving.organiser, {
      pending: true,
    });
    expect(pending.members).toEqual([]);
    expect((await releasesIn(here)).map((event) => event.data)).toEqual([
      { memberId: member(0), reason: "erased", cause: erasedEvent.id },
    ]);
    expect(await world.communities.communitiesOf(member(0))).toEqual([]);
  });

  test("an organiser can make an erased member neither host nor organiser, nor approve them", async () => {
    const approving = await community(world, 0);
    await world.communities.edit({
      actor: approving.organiser,
      communityId: approving.communityId,
      input: { joinMode: "approval" },
    });
    await world.communities.join({ actor: member(1), communityId: approving.communityId });
    erased.add(member(0));
    erased.add(member(1));
    const onMember = { actor: cast.organiser, communityId: cast.communityId, memberId: member(0) };
    const before = await world.log.readStream(`community-${cast.communityId}`);
    const requestBefore = await world.log.readStream(membershipStream(approving.communityId, member(1)));

    await expect(world.communities.appointHost(onMember)).rejects.toBeInstanceOf(NotAMember);
    await expect(world.communities.appointOrganiser(onMember)).rejects.toBeInstanceOf(NotAMember);
    await expect(
      world.communities.approve({
        actor: approving.organiser,
        communityId: approving.communityId,
        memberId: member(1),
      }),
    ).rejects.toBeInstanceOf(NoPendingRequest);
    expect(await world.log.readStream(`community-${cast.communityId}`)).toHaveLength(before.length);
    expect(await world.log.readStream(membershipStream(approving.communityId, member(1)))).toHaveLength(
      requestBefore.length,
    );
    expect(await world.communities.roleOf(approving.communityId, member(1))).toBe("pending");
  });
});

describe("the join URL follows the membership, not the RSVP alone", () => {
  test("a confirmed attendee who left, was removed or was erased reads none, before any release", async () => {
    const meetupId = await publishedMeetup();
    for (const index of [0, 1, 2, 3]) await world.meetups.rsvp({ actor: member(index), meetupId });
    const joinUrl = meetupInput(cast.communityId).joinUrl;
    expect(await world.meetups.joinUrlFor(meetupId, member(0))).toBe(joinUrl);

    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    await world.communities.removeMember({
      actor: cast.organiser,
      communityId: cast.communityId,
      memberId: member(1),
    });
    erased.add(member(2));

    for (const index of [0, 1, 2]) {
      expect((await world.meetups.viewerRsvp(meetupId, member(index)))?.status).toBe("confirmed");
      expect(await world.meetups.joinUrlFor(meetupId, member(index))).toBeNull();
    }
    expect(await world.meetups.joinUrlFor(meetupId, member(3))).toBe(joinUrl);
    expect(await world.meetups.joinUrlFor(meetupId, cast.organiser)).toBe(joinUrl);
    erased.add(cast.organiser);
    expect(await world.meetups.joinUrlFor(meetupId, cast.organiser)).toBeNull();
  });
});
