import { afterEach, beforeEach, describe, expect, test } from "vitest";
import {
  calendarFeedRevocation,
  calendarFeedTokens,
  feedTokenEventTypes,
  feedTokenStream,
  hashOfFeedToken,
} from "../calendar/feed-tokens";
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
    const left = await lastEvent(`community-${cast.communityId}`, "MemberLeft");
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
    await reactor.react(await lastEvent(`community-${cast.communityId}`, "MemberLeft"));

    expect((await world.meetups.viewerRsvp(past, member(0)))?.status).toBe("confirmed");
    expect((await world.meetups.viewerRsvp(upcoming, member(0)))?.status).toBe("cancelled");
    expect((await world.meetups.viewerRsvp(elsewhere, member(0)))?.status).toBe("confirmed");
  });

  test("delivered again, releases nothing twice, even after the member joined and RSVPed anew", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    const left = await lastEvent(`community-${cast.communityId}`, "MemberLeft");
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
    const removed = await lastEvent(`community-${cast.communityId}`, "MemberRemoved");
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
