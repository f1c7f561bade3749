import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { IdempotencyKeyReused } from "../decider/idempotency-store";
import { InvalidCursor } from "../documents/errors";
import { newId } from "../ids/new-id";
import { type MemberProfile, memberProfileKey } from "../member/index";
import {
  AlreadyRsvped,
  CheckInClosed,
  GuestsBeyondParty,
  InvalidMeetup,
  MeetupIsPast,
  MeetupNotFound,
  MeetupNotPublished,
  NoRsvp,
  NoSeatsForParty,
  NotAMember,
  NotAnOrganiser,
  NotEnoughSeats,
  NotWaitlisted,
  TooManyGuests,
} from "./errors";
import type { ScheduleMeetupInput } from "./meetup-input";
import {
  type Cast,
  community,
  endsAt,
  type MeetupWorld,
  meetupInput,
  sqliteMeetupWorld,
  startsAt,
} from "./test-world";

let world: MeetupWorld & { close(): void };
let cast: Cast;
beforeEach(async () => {
  world = sqliteMeetupWorld();
  cast = await community(world, 6);
});
afterEach(() => {
  world.close();
});

const meetupStreams = async () => (await world.log.listStreams({ prefix: "meetup-" })).streamIds;

async function scheduled(changes: Partial<ScheduleMeetupInput> = {}) {
  const { meetupId } = await world.meetups.schedule({
    actor: cast.organiser,
    input: meetupInput(cast.communityId, changes),
  });
  return meetupId;
}

async function publishedMeetup(changes: Partial<ScheduleMeetupInput> = {}) {
  const meetupId = await scheduled(changes);
  await world.meetups.publish({ actor: cast.organiser, meetupId });
  return meetupId;
}

const member = (index: number) => cast.members[index] as string;

describe("scheduling", () => {
  test("an organiser schedules a draft, which only organisers see until it is published", async () => {
    const meetupId = await scheduled();

    expect(await world.meetups.byId(meetupId)).toBeUndefined();
    expect(await world.meetups.byId(meetupId, member(0))).toBeUndefined();
    expect(await world.meetups.byId(meetupId, cast.organiser)).toMatchObject({
      id: meetupId,
      status: "draft",
      communityId: cast.communityId,
      title: "Event sourcing in practice",
      timeZone: "Europe/Berlin",
      startsAt,
      endsAt,
      capacity: 10,
      spotsLeft: 10,
      sequence: 0,
    });
    expect((await world.meetups.upcomingOf(cast.communityId)).meetups).toEqual([]);
    const drafts = await world.meetups.draftsOf(cast.communityId, cast.organiser);
    expect(drafts.meetups.map((meetup) => meetup.id)).toEqual([meetupId]);
    await expect(world.meetups.draftsOf(cast.communityId, cast.host)).rejects.toBeInstanceOf(NotAnOrganiser);

    await world.meetups.publish({ actor: cast.organiser, meetupId });
    expect((await world.meetups.upcomingOf(cast.communityId)).meetups.map((meetup) => meetup.id)).toEqual([
      meetupId,
    ]);
    expect((await world.meetups.draftsOf(cast.communityId, cast.organiser)).meetups).toEqual([]);
  });

  test("only organisers schedule, publish, edit, reschedule, change capacity and cancel", async () => {
    for (const actor of [cast.host, member(0), cast.outsider])
      await expect(
        world.meetups.schedule({ actor, input: meetupInput(cast.communityId) }),
      ).rejects.toBeInstanceOf(NotAnOrganiser);
    const meetupId = await scheduled();
    const actor = cast.host;
    await expect(world.meetups.publish({ actor, meetupId })).rejects.toBeInstanceOf(NotAnOrganiser);
    await expect(world.meetups.edit({ actor, meetupId, input: { title: "Mine" } })).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
    await expect(
      world.meetups.reschedule({ actor, meetupId, input: { timeZone: "UTC", startsAt, endsAt } }),
    ).rejects.toBeInstanceOf(NotAnOrganiser);
    await expect(world.meetups.changeCapacity({ actor, meetupId, capacity: 5 })).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
    await expect(world.meetups.cancel({ actor, meetupId, message: "no" })).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(1);
  });

  test.each<[string, Partial<ScheduleMeetupInput>]>([
    ["an invalid date", { startsAt: "2026-02-30T18:00:00Z" }],
    ["a date that is not an instant in UTC", { startsAt: "2026-06-10T18:00:00+02:00" }],
    ["an end before the start", { endsAt: "2026-06-10T17:00:00Z" }],
    ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }],
    ["a negative capacity", { capacity: -1 }],
    ["a capacity that is not whole", { capacity: 2.5 }],
    ["too many guests allowed", { guestLimit: 11 }],
    ["a title too short", { title: "ab" }],
    ["a join URL that is not https", { joinUrl: "http://meet.example/abc" }],
    ["no venue and no join URL", { venue: null, joinUrl: null }],
    ["RSVPs closing after the start", { rsvpClosesAt: "2026-06-10T19:00:00Z" }],
  ])("%s is refused as an invalid meetup, and nothing is recorded", async (_, changes) => {
    await expect(
      world.meetups.schedule({ actor: cast.organiser, input: meetupInput(cast.communityId, changes) }),
    ).rejects.toBeInstanceOf(InvalidMeetup);
    expect(await meetupStreams()).toEqual([]);
  });

  test("an invalid meetup names every issue", async () => {
    const failure = world.meetups.schedule({
      actor: cast.organiser,
      input: meetupInput(cast.communityId, { timeZone: "Nowhere", capacity: 0 }),
    });
    await expect(failure).rejects.toMatchObject({
      code: "INVALID_MEETUP",
      issues: [
        { path: ["timeZone"], message: expect.any(String) },
        { path: ["capacity"], message: expect.any(String) },
      ],
    });
  });

  test("times are kept as canonical UTC instants, the zone by its canonical name", async () => {
    const meetupId = await scheduled({ startsAt: "2026-06-10T18:00:00Z", timeZone: "europe/berlin" });
    expect(await world.meetups.byId(meetupId, cast.organiser)).toMatchObject({
      startsAt: "2026-06-10T18:00:00.000Z",
      timeZone: "Europe/Berlin",
    });
  });

  test("a reschedule bumps the calendar sequence and moves the meetup in every list", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId });
    const later = {
      timeZone: "Europe/London",
      startsAt: "2026-07-01T17:00:00Z",
      endsAt: "2026-07-01T20:00:00Z",
    };
    await world.meetups.reschedule({ actor: cast.organiser, meetupId, input: later });

    expect(await world.meetups.byId(meetupId)).toMatchObject({
      sequence: 1,
      timeZone: "Europe/London",
      startsAt: "2026-07-01T17:00:00.000Z",
    });
    const [rsvp] = (await world.meetups.rsvpsOf(member(0))).attendees;
    expect(rsvp).toMatchObject({ meetupId, startsAt: "2026-07-01T17:00:00.000Z", status: "confirmed" });
  });

  test("unknown meetups are not found", async () => {
    await expect(world.meetups.publish({ actor: cast.organiser, meetupId: newId() })).rejects.toBeInstanceOf(
      MeetupNotFound,
    );
    await expect(world.meetups.rsvp({ actor: member(0), meetupId: "nonsense" })).rejects.toBeInstanceOf(
      MeetupNotFound,
    );
  });
});

describe("lists", () => {
  test("upcoming meetups come soonest first, past ones latest first, in pages", async () => {
    const days = [5, 1, 3, 2, 4];
    const ids = new Map<number, string>();
    for (const day of days) {
      const start = `2026-06-0${day}T18:00:00.000Z`;
      ids.set(day, await publishedMeetup({ startsAt: start, endsAt: `2026-06-0${day}T20:00:00.000Z` }));
    }
    world.clock.set("2026-06-03T12:00:00.000Z");
    const first = await world.meetups.upcomingOf(cast.communityId, { limit: 2 });
    expect(first.meetups.map((meetup) => meetup.id)).toEqual([ids.get(3), ids.get(4)]);
    const second = await world.meetups.upcomingOf(cast.communityId, { limit: 2, cursor: first.cursor });
    expect(second.meetups.map((meetup) => meetup.id)).toEqual([ids.get(5)]);
    expect(second.cursor).toBeUndefined();
    const past = await world.meetups.pastOf(cast.communityId);
    expect(past.meetups.map((meetup) => meetup.id)).toEqual([ids.get(2), ids.get(1)]);
  });
});

describe("meetups across communities", () => {
  test("published meetups of every community come soonest first, in pages; no draft, no cancelled one", async () => {
    const other = await community(world, 0);
    const at = (day: number) => ({
      startsAt: `2026-06-0${day}T18:00:00.000Z`,
      endsAt: `2026-06-0${day}T20:00:00.000Z`,
    });
    const past = await publishedMeetup(at(1));
    const third = await publishedMeetup(at(5));
    const first = await publishedMeetup(at(3));
    const { meetupId: second } = await world.meetups.schedule({
      actor: other.organiser,
      input: meetupInput(other.communityId, at(4)),
    });
    await world.meetups.publish({ actor: other.organiser, meetupId: second });
    await scheduled(at(4));
    const cancelled = await publishedMeetup(at(4));
    await world.meetups.cancel({ actor: cast.organiser, meetupId: cancelled, message: "Sorry" });
    world.clock.set("2026-06-02T12:00:00.000Z");

    const page = await world.meetups.upcoming({ limit: 2 });
    expect(page.meetups.map((meetup) => meetup.id)).toEqual([first, second]);
    const next = await world.meetups.upcoming({ limit: 2, cursor: page.cursor });
    expect(next.meetups.map((meetup) => meetup.id)).toEqual([third]);
    expect(next.cursor).toBeUndefined();
    expect([...page.meetups, ...next.meetups].map((meetup) => meetup.id)).not.toContain(past);
  });
});

describe("meetups across communities, by community and by tag", () => {
  const at = (day: number) => ({
    startsAt: `2026-06-0${day}T18:00:00.000Z`,
    endsAt: `2026-06-0${day}T20:00:00.000Z`,
  });

  /** Two communities tagged "rust" (one also "wasm"), one tagged "go", each with meetups a day apart. */
  async function taggedWorld() {
    const rust = cast;
    await world.communities.edit({
      actor: rust.organiser,
      communityId: rust.communityId,
      input: { tags: ["rust", "wasm"] },
    });
    const others = [];
    for (const tags of [["rust"], ["go"]]) {
      const other = await community(world, 0);
      await world.communities.edit({
        actor: other.organiser,
        communityId: other.communityId,
        input: { tags },
      });
      others.push(other);
    }
    const [ferris, gophers] = others as [Cast, Cast];
    const publish = async (owner: Cast, day: number) => {
      const { meetupId } = await world.meetups.schedule({
        actor: owner.organiser,
        input: meetupInput(owner.communityId, at(day)),
      });
      await world.meetups.publish({ actor: owner.organiser, meetupId });
      return meetupId;
    };
    const meetups = {
      rustPast: await publish(rust, 1),
      rust3: await publish(rust, 3),
      ferris4: await publish(ferris, 4),
      gophers5: await publish(gophers, 5),
      rust6: await publish(rust, 6),
      ferris7: await publish(ferris, 7),
      rustCancelled: await publish(rust, 5),
      rustDraft: await scheduled(at(4)),
    };
    await world.meetups.cancel({ actor: rust.organiser, meetupId: meetups.rustCancelled, message: "Sorry" });
    world.clock.set("2026-06-02T12:00:00.000Z");
    return { rust, ferris, gophers, meetups };
  }

  const idsOf = (page: { meetups: { id: string }[] }) => page.meetups.map((meetup) => meetup.id);

  test("a tag lists the upcoming published meetups of every community with it, soonest first, in pages", async () => {
    const { meetups } = await taggedWorld();
    const first = await world.meetups.upcoming({ limit: 2 }, { tag: "rust" });
    expect(idsOf(first)).toEqual([meetups.rust3, meetups.ferris4]);
    const second = await world.meetups.upcoming({ limit: 2, cursor: first.cursor }, { tag: "rust" });
    expect(idsOf(second)).toEqual([meetups.rust6, meetups.ferris7]);
    expect(second.cursor).toBeUndefined();
    expect(idsOf(await world.meetups.upcoming({}, { tag: "wasm" }))).toEqual([meetups.rust3, meetups.rust6]);
    expect(idsOf(await world.meetups.upcoming({}, { tag: "elixir" }))).toEqual([]);
  });

  test("a community lists its own upcoming published meetups: no draft, no cancelled one, none past", async () => {
    const { rust, ferris, meetups } = await taggedWorld();
    const first = await world.meetups.upcoming({ limit: 1 }, { communityId: rust.communityId });
    expect(idsOf(first)).toEqual([meetups.rust3]);
    const rest = await world.meetups.upcoming(
      { limit: 5, cursor: first.cursor },
      { communityId: rust.communityId },
    );
    expect(idsOf(rest)).toEqual([meetups.rust6]);
    expect(rest.cursor).toBeUndefined();
    expect(idsOf(await world.meetups.upcoming({}, { communityId: ferris.communityId, tag: "rust" }))).toEqual(
      [meetups.ferris4, meetups.ferris7],
    );
    expect(idsOf(await world.meetups.upcoming({}, { communityId: ferris.communityId, tag: "go" }))).toEqual(
      [],
    );
  });

  test("a tag the community drops stops listing its meetups", async () => {
    const { ferris, meetups } = await taggedWorld();
    await world.communities.edit({
      actor: ferris.organiser,
      communityId: ferris.communityId,
      input: { tags: [] },
    });
    expect(idsOf(await world.meetups.upcoming({}, { tag: "rust" }))).toEqual([meetups.rust3, meetups.rust6]);
  });

  test("an unknown community lists nothing; a tag that is no tag, a bad cursor or a huge page are refused", async () => {
    await taggedWorld();
    expect(idsOf(await world.meetups.upcoming({}, { communityId: newId() }))).toEqual([]);
    expect(idsOf(await world.meetups.upcoming({}, { communityId: "no-such-id" }))).toEqual([]);
    await expect(world.meetups.upcoming({}, { tag: "x".repeat(10_000) })).rejects.toBeInstanceOf(
      InvalidMeetup,
    );
    await expect(world.meetups.upcoming({}, { tag: "Rust Night" })).rejects.toBeInstanceOf(InvalidMeetup);
    await expect(world.meetups.upcoming({ cursor: "not a cursor" }, { tag: "rust" })).rejects.toBeInstanceOf(
      InvalidCursor,
    );
    await expect(world.meetups.upcoming({ limit: 100_000 }, { tag: "rust" })).rejects.toBeInstanceOf(
      RangeError,
    );
  });
});

describe("RSVPs", () => {
  test("a member RSVPs with guests; the member's list and the attendee list show it", async () => {
    const meetupId = await publishedMeetup({ capacity: 3 });
    const result = await world.meetups.rsvp({ actor: member(0), meetupId, guests: 1 });
    expect(result).toEqual({
      meetupId,
      version: 3,
      memberId: member(0),
      rsvp: {
        status: "confirmed",
        guests: 1,
        waitlistPosition: null,
        checkedIn: false,
        guestsCheckedIn: 0,
        listed: false,
      },
      promoted: [],
    });
    const waiting = await world.meetups.rsvp({ actor: member(1), meetupId, guests: 1 });
    expect(waiting.rsvp).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });

    expect(await world.meetups.byId(meetupId)).toMatchObject({
      confirmedSeats: 2,
      spotsLeft: 1,
      waitlistLength: 1,
      waitlistedSeats: 2,
    });
    expect(await world.meetups.waitlistOf(meetupId, cast.host)).toEqual([
      {
        memberId: member(1),
        guests: 1,
        position: 1,
        joinedAt: "2026-05-01T10:00:00.000Z",
        joinedLocalTime: "1 May 2026, 12:00 CEST",
      },
    ]);
    expect(await world.meetups.viewerRsvp(meetupId, member(0))).toMatchObject({
      status: "confirmed",
      guests: 1,
      attendance: "expected",
      rsvpAt: "2026-05-01T10:00:00.000Z",
    });
    expect((await world.meetups.rsvpsOf(member(1))).attendees).toMatchObject([
      { meetupId, status: "waitlisted", waitlistPosition: 1 },
    ]);
    const list = await world.meetups.attendeesOf(meetupId, cast.host);
    expect(list.attendees.map((attendee) => [attendee.memberId, attendee.status])).toEqual([
      [member(0), "confirmed"],
      [member(1), "waitlisted"],
    ]);
  });

  test("only members of the community RSVP", async () => {
    const meetupId = await publishedMeetup();
    await expect(world.meetups.rsvp({ actor: cast.outsider, meetupId })).rejects.toBeInstanceOf(NotAMember);
    await world.communities.leave({ actor: member(0), communityId: cast.communityId });
    await expect(world.meetups.rsvp({ actor: member(0), meetupId })).rejects.toBeInstanceOf(NotAMember);
    await world.meetups.rsvp({ actor: cast.host, meetupId });
  });

  test("guests over the limit are refused, and nothing is recorded", async () => {
    const meetupId = await publishedMeetup({ guestLimit: 1 });
    await expect(world.meetups.rsvp({ actor: member(0), meetupId, guests: 2 })).rejects.toBeInstanceOf(
      TooManyGuests,
    );
    await expect(world.meetups.rsvp({ actor: member(0), meetupId, guests: -1 })).rejects.toBeInstanceOf(
      InvalidMeetup,
    );
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(2);
  });

  test("a draft takes no RSVPs", async () => {
    const meetupId = await scheduled();
    await expect(world.meetups.rsvp({ actor: member(0), meetupId })).rejects.toBeInstanceOf(
      MeetupNotPublished,
    );
  });

  test("a cancellation promotes from the waitlist; the promoted member is told", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId });
    const cancelled = await world.meetups.cancelRsvp({ actor: member(0), meetupId });
    expect(cancelled).toMatchObject({ rsvp: { status: "cancelled" }, promoted: [member(1)] });
    expect(await world.meetups.viewerRsvp(meetupId, member(1))).toMatchObject({ status: "confirmed" });
    expect((await world.meetups.rsvpsOf(member(0))).attendees).toEqual([]);
  });

  test("organisers remove RSVPs; members and hosts do not", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId });
    for (const actor of [member(1), cast.host])
      await expect(world.meetups.removeRsvp({ actor, meetupId, memberId: member(0) })).rejects.toBeInstanceOf(
        NotAnOrganiser,
      );
    const removed = await world.meetups.removeRsvp({ actor: cast.organiser, meetupId, memberId: member(0) });
    expect(removed).toMatchObject({ rsvp: { status: "removed" }, promoted: [member(1)] });
  });

  test("organisers promote from the waitlist out of line, over the capacity only when they confirm; members and hosts do not", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    for (const index of [0, 1, 2, 3]) await world.meetups.rsvp({ actor: member(index), meetupId });
    const promotion = { meetupId, memberId: member(2) };
    for (const actor of [member(1), cast.host])
      await expect(
        world.meetups.promoteFromWaitlist({ actor, ...promotion, overCapacity: true }),
      ).rejects.toBeInstanceOf(NotAnOrganiser);
    await expect(
      world.meetups.promoteFromWaitlist({ actor: cast.organiser, ...promotion }),
    ).rejects.toBeInstanceOf(NoSeatsForParty);
    await expect(
      world.meetups.promoteFromWaitlist({ actor: cast.organiser, meetupId, memberId: member(0) }),
    ).rejects.toBeInstanceOf(NotWaitlisted);
    const before = (await world.log.readStream(`meetup-${meetupId}`)).length;

    const promoted = await world.meetups.promoteFromWaitlist({
      actor: cast.organiser,
      ...promotion,
      overCapacity: true,
      idempotencyKey: "promote-once",
    });
    expect(promoted).toMatchObject({ rsvp: { status: "confirmed" }, promoted: [member(2)] });
    const again = await world.meetups.promoteFromWaitlist({
      actor: cast.organiser,
      ...promotion,
      overCapacity: true,
      idempotencyKey: "promote-once",
    });
    expect(again).toEqual(promoted);
    expect((await world.log.readStream(`meetup-${meetupId}`)).length).toBe(before + 1);
    expect(await world.meetups.byId(meetupId)).toMatchObject({
      confirmedSeats: 2,
      spotsLeft: 0,
      waitlistLength: 2,
    });
    expect(
      (await world.meetups.waitlistOf(meetupId, cast.organiser)).map(({ memberId, position }) => [
        memberId,
        position,
      ]),
    ).toEqual([
      [member(1), 1],
      [member(3), 2],
    ]);
    const history = await world.meetups.history(meetupId, cast.organiser);
    expect(history.at(-1)).toMatchObject({
      type: "WaitlistPromotedByOrganiser",
      actor: cast.organiser,
      causeVersion: null,
    });
  });

  test("an organiser's removal from the waitlist keeps the rest of the line in order", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    for (const index of [0, 1, 2, 3]) await world.meetups.rsvp({ actor: member(index), meetupId });
    const removed = await world.meetups.removeRsvp({ actor: cast.organiser, meetupId, memberId: member(2) });
    expect(removed).toMatchObject({ rsvp: { status: "removed", waitlistPosition: null }, promoted: [] });
    expect(
      (await world.meetups.waitlistOf(meetupId, cast.organiser)).map(({ memberId, position }) => [
        memberId,
        position,
      ]),
    ).toEqual([
      [member(1), 1],
      [member(3), 2],
    ]);
    expect(await world.meetups.viewerRsvp(meetupId, member(3))).toMatchObject({ waitlistPosition: 2 });
  });

  test("a capacity increase promotes", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId, guests: 1 });
    await world.meetups.changeCapacity({ actor: cast.organiser, meetupId, capacity: 3 });
    expect(await world.meetups.byId(meetupId)).toMatchObject({
      confirmedSeats: 3,
      spotsLeft: 0,
      waitlistLength: 0,
    });
    expect(await world.meetups.waitlistOf(meetupId, cast.organiser)).toEqual([]);
  });

  test("a retried RSVP with the same idempotency key returns the first result and records nothing", async () => {
    const meetupId = await publishedMeetup();
    const request = { actor: member(0), meetupId, guests: 1, idempotencyKey: "rsvp-1" };
    const first = await world.meetups.rsvp(request);
    world.clock.advance(5000);
    expect(await world.meetups.rsvp(request)).toEqual(first);
    await expect(world.meetups.rsvp({ ...request, idempotencyKey: "rsvp-2" })).rejects.toBeInstanceOf(
      AlreadyRsvped,
    );
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(3);
  });

  test("a retried scheduling with the same key answers the first meetup and schedules no other", async () => {
    const request = { actor: cast.organiser, input: meetupInput(cast.communityId), idempotencyKey: "s-1" };
    const first = await world.meetups.schedule(request);
    world.clock.advance(5000);

    expect(await world.meetups.schedule(request)).toEqual(first);
    expect(await meetupStreams()).toEqual([`meetup-${first.meetupId}`]);
    await expect(
      world.meetups.schedule({ ...request, input: meetupInput(cast.communityId, { title: "Another one" }) }),
    ).rejects.toBeInstanceOf(IdempotencyKeyReused);
    expect(await meetupStreams()).toHaveLength(1);
  });

  test("an organiser's retried command answers the meetup without its RSVPs, as the first answer did", async () => {
    const meetupId = await publishedMeetup({ capacity: 2 });
    for (const index of [0, 1, 2]) await world.meetups.rsvp({ actor: member(index), meetupId });
    const request = { actor: cast.organiser, meetupId, capacity: 3, idempotencyKey: "capacity-1" };
    const first = await world.meetups.changeCapacity(request);
    expect(first.meetup).toMatchObject({ capacity: 3, confirmedSeats: 3, waitlistLength: 0 });
    for (const whole of ["rsvps", "waitlist", "releaseCauses"])
      expect(first.meetup).not.toHaveProperty(whole);
    world.clock.advance(5000);
    expect(await world.meetups.changeCapacity(request)).toEqual(first);
  });

  test("the RSVP timeline records a point per RSVP event", async () => {
    const meetupId = await publishedMeetup({ capacity: 2 });
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 1 });
    world.clock.advance(60_000);
    await world.meetups.rsvp({ actor: member(1), meetupId });
    world.clock.advance(60_000);
    await world.meetups.cancelRsvp({ actor: member(0), meetupId });
    expect(await world.meetups.timelineOf(meetupId, cast.organiser)).toEqual([
      { at: "2026-05-01T10:00:00.000Z", confirmed: 2, waitlisted: 0, checkedIn: 0 },
      { at: "2026-05-01T10:01:00.000Z", confirmed: 2, waitlisted: 1, checkedIn: 0 },
      { at: "2026-05-01T10:02:00.000Z", confirmed: 0, waitlisted: 1, checkedIn: 0 },
      { at: "2026-05-01T10:02:00.000Z", confirmed: 1, waitlisted: 0, checkedIn: 0 },
    ]);
  });
});

describe("changing an RSVP", () => {
  test("a member changes their guests and their listing without cancelling; fewer guests let the waitlist in", async () => {
    const meetupId = await publishedMeetup({ capacity: 3 });
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 2 });
    await world.meetups.rsvp({ actor: member(1), meetupId, listed: true });
    const changed = await world.meetups.changeRsvp({ actor: member(0), meetupId, guests: 0, listed: true });
    expect(changed).toMatchObject({
      rsvp: { status: "confirmed", guests: 0, listed: true },
      promoted: [member(1)],
    });
    expect(await world.meetups.byId(meetupId)).toMatchObject({ confirmedSeats: 2, spotsLeft: 1 });
    expect(await world.meetups.viewerRsvp(meetupId, member(0))).toMatchObject({ guests: 0, listed: true });
    const again = await world.meetups.changeRsvp({ actor: member(0), meetupId, guests: 1 });
    expect(again.rsvp).toMatchObject({ guests: 1, listed: true });
    expect(await world.meetups.byId(meetupId)).toMatchObject({ confirmedSeats: 3, spotsLeft: 0 });
  });

  test("hostile changes are refused with typed errors and record nothing", async () => {
    const meetupId = await publishedMeetup({ capacity: 2, guestLimit: 2 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId });
    const length = (await world.log.readStream(`meetup-${meetupId}`)).length;
    const refusals: [Promise<unknown>, new (...parameters: never[]) => Error][] = [
      [world.meetups.changeRsvp({ actor: member(0), meetupId, guests: -1 }), InvalidMeetup],
      [world.meetups.changeRsvp({ actor: member(0), meetupId, guests: 1.5 }), InvalidMeetup],
      [world.meetups.changeRsvp({ actor: member(0), meetupId }), InvalidMeetup],
      [world.meetups.changeRsvp({ actor: member(0), meetupId, guests: 3 }), TooManyGuests],
      [world.meetups.changeRsvp({ actor: member(0), meetupId, guests: 1, listed: true }), NotEnoughSeats],
      [world.meetups.changeRsvp({ actor: member(2), meetupId, guests: 0 }), NoRsvp],
      [world.meetups.changeRsvp({ actor: cast.outsider, meetupId, listed: true }), NotAMember],
      [world.meetups.changeRsvp({ actor: member(0), meetupId: newId(), guests: 0 }), MeetupNotFound],
    ];
    for (const [refused, error] of refusals) await expect(refused).rejects.toBeInstanceOf(error);
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(length);
  });

  test("a retried change with the same idempotency key answers the first result and records nothing", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId });
    const request = { actor: member(0), meetupId, guests: 1, idempotencyKey: "change-1" };
    const first = await world.meetups.changeRsvp(request);
    expect(await world.meetups.changeRsvp(request)).toEqual(first);
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(4);
  });
});

describe("who is going, and who runs it", () => {
  const profile = async (memberId: string, displayName: string, erased = false) => {
    const body: MemberProfile = {
      id: memberId,
      handle: erased ? null : displayName.toLowerCase(),
      displayName: erased ? "Erased member" : displayName,
      bio: "",
      links: [],
      avatarUrl: null,
      erased,
      registeredAt: "2026-04-01T10:00:00.000Z",
    };
    await world.documents.put(
      { key: memberProfileKey(memberId), version: 1, body, indexes: {} },
      {
        expectedVersion: "absent",
      },
    );
  };

  test("members of the community see who chose to be listed, in RSVP order; everyone sees how many go", async () => {
    const meetupId = await publishedMeetup({ capacity: 10 });
    for (const [index, name] of ["Ann", "Bob", "Cy", "Dee"].entries()) await profile(member(index), name);
    await profile(member(4), "Eve", true);
    await world.meetups.rsvp({ actor: member(1), meetupId, listed: true, guests: 2 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(2), meetupId, listed: true });
    await world.meetups.rsvp({ actor: member(4), meetupId, listed: true });
    await world.meetups.changeRsvp({ actor: member(0), meetupId, listed: true });

    const seen = await world.meetups.guestListOf(meetupId, member(3));
    expect(seen?.members?.map((going) => going.displayName)).toEqual(["Bob", "Ann", "Cy"]);
    expect(seen).toMatchObject({ people: 6, others: 3 });
    expect(await world.meetups.guestListOf(meetupId, undefined)).toEqual({
      people: 6,
      members: null,
      others: 6,
    });
    expect(await world.meetups.guestListOf(meetupId, cast.outsider)).toEqual({
      people: 6,
      members: null,
      others: 6,
    });
    expect((await world.meetups.guestListOf(meetupId, member(3), { limit: 1 }))?.members).toHaveLength(1);

    await world.meetups.changeRsvp({ actor: member(1), meetupId, listed: false });
    await world.meetups.cancelRsvp({ actor: member(2), meetupId });
    expect((await world.meetups.guestListOf(meetupId, cast.host))?.members?.map((going) => going.id)).toEqual(
      [member(0)],
    );
  });

  test("the hosts are the community's organisers, then its hosts, for anyone", async () => {
    const meetupId = await publishedMeetup();
    await profile(cast.organiser, "Olga");
    await profile(cast.host, "Hank");
    const hosts = await world.meetups.hostsOf(meetupId, undefined);
    expect(hosts.map(({ member: host, role }) => [host.displayName, role])).toEqual([
      ["Olga", "organiser"],
      ["Hank", "host"],
    ]);
  });
});

describe("the join URL", () => {
  test("is shown only to confirmed attendees and organisers, and never in the meetup document", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId });

    expect(await world.meetups.joinUrlFor(meetupId, member(0))).toBe("https://meet.example/abc");
    expect(await world.meetups.joinUrlFor(meetupId, cast.organiser)).toBe("https://meet.example/abc");
    for (const viewer of [member(1), member(2), cast.host, cast.outsider, undefined])
      expect(await world.meetups.joinUrlFor(meetupId, viewer)).toBeNull();
    expect(JSON.stringify(await world.meetups.byId(meetupId))).not.toContain("meet.example");
    expect(await world.meetups.byId(meetupId)).toMatchObject({ online: true });

    await world.meetups.cancelRsvp({ actor: member(0), meetupId });
    expect(await world.meetups.joinUrlFor(meetupId, member(0))).toBeNull();
    expect(await world.meetups.joinUrlFor(meetupId, member(1))).toBe("https://meet.example/abc");
  });
});

describe("check-in", () => {
  test("organisers and hosts check in confirmed attendees; after the end the rest are no-shows", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId, guests: 2 });
    world.clock.set("2026-06-10T17:00:00.000Z");
    await expect(
      world.meetups.checkIn({ actor: member(2), meetupId, memberId: member(0) }),
    ).rejects.toBeInstanceOf(NotAnOrganiser);
    await world.meetups.checkIn({ actor: cast.host, meetupId, memberId: member(1) });
    await expect(world.meetups.attendeesOf(meetupId, member(0))).rejects.toBeInstanceOf(NotAnOrganiser);

    world.clock.set(endsAt);
    const list = await world.meetups.attendeesOf(meetupId, cast.organiser);
    expect(
      list.attendees.map((attendee) => [attendee.memberId, attendee.checkedIn, attendee.attendance]),
    ).toEqual(
      expect.arrayContaining([
        [member(0), false, "no-show"],
        [member(1), true, "checked in"],
      ]),
    );
    expect((await world.meetups.timelineOf(meetupId, cast.organiser)).at(-1)).toMatchObject({ checkedIn: 3 });
    expect((await world.meetups.pastOf(cast.communityId)).meetups.map((meetup) => meetup.id)).toEqual([
      meetupId,
    ]);
    expect((await world.meetups.rsvpsOf(member(0), { upcoming: false })).attendees).toMatchObject([
      { meetupId, attendance: "no-show" },
    ]);
  });
});

describe("the door", () => {
  test("a party comes in part by part, and a check-in is taken back whole", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 2 });
    world.clock.set(startsAt);
    const partly = await world.meetups.checkIn({
      actor: cast.host,
      meetupId,
      memberId: member(0),
      guests: 1,
    });
    expect(partly.rsvp).toMatchObject({ checkedIn: true, guestsCheckedIn: 1 });
    expect(await world.meetups.byId(meetupId)).toMatchObject({ checkedInSeats: 2 });
    const [attendee] = (await world.meetups.attendeesOf(meetupId, cast.host)).attendees;
    expect(attendee).toMatchObject({ memberId: member(0), checkedIn: true, guestsCheckedIn: 1 });

    const undone = await world.meetups.undoCheckIn({ actor: cast.host, meetupId, memberId: member(0) });
    expect(undone.rsvp).toMatchObject({ checkedIn: false, guestsCheckedIn: 0 });
    expect(await world.meetups.byId(meetupId)).toMatchObject({ checkedInSeats: 0 });
  });

  test("hostile input is refused with a typed error and changes nothing", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 2 });
    world.clock.set(startsAt);
    const before = (await world.log.readStream(`meetup-${meetupId}`)).length;
    const asHost = { actor: cast.host, meetupId, memberId: member(0) };
    await expect(world.meetups.checkIn({ ...asHost, guests: -1 })).rejects.toBeInstanceOf(InvalidMeetup);
    await expect(world.meetups.checkIn({ ...asHost, guests: 1.5 })).rejects.toBeInstanceOf(InvalidMeetup);
    await expect(world.meetups.checkIn({ ...asHost, guests: 3 })).rejects.toBeInstanceOf(GuestsBeyondParty);
    await expect(world.meetups.checkIn({ ...asHost, memberId: member(3) })).rejects.toBeInstanceOf(NoRsvp);
    for (const actor of [member(1), cast.outsider, ""]) {
      await expect(world.meetups.checkIn({ ...asHost, actor })).rejects.toBeInstanceOf(NotAnOrganiser);
      await expect(world.meetups.undoCheckIn({ ...asHost, actor })).rejects.toBeInstanceOf(NotAnOrganiser);
    }
    expect(await world.log.readStream(`meetup-${meetupId}`)).toHaveLength(before);
  });

  test("after the end organisers alone correct check-ins, for a week; the viewer learns which", async () => {
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: member(0), meetupId, guests: 1 });
    const meetup = async () =>
      (await world.meetups.byId(meetupId)) as NonNullable<Awaited<ReturnType<typeof world.meetups.byId>>>;
    const access = async (viewer: string | undefined) => world.meetups.checkInAccess(await meetup(), viewer);
    world.clock.set("2026-06-10T16:59:00.000Z");
    expect(await access(cast.host)).toBe("not yet");
    world.clock.set(startsAt);
    expect([await access(cast.organiser), await access(cast.host)]).toEqual(["open", "open"]);
    expect([await access(member(0)), await access(undefined)]).toEqual([null, null]);

    world.clock.set(endsAt);
    expect([await access(cast.organiser), await access(cast.host)]).toEqual(["corrections", "closed"]);
    const asHost = { actor: cast.host, meetupId, memberId: member(0) };
    await expect(world.meetups.checkIn(asHost)).rejects.toBeInstanceOf(CheckInClosed);
    await world.meetups.checkIn({ ...asHost, actor: cast.organiser, guests: 0 });
    expect(await meetup()).toMatchObject({ checkedInSeats: 1 });

    world.clock.set("2026-06-17T21:00:00.000Z");
    expect(await access(cast.organiser)).toBe("closed");
    await expect(world.meetups.undoCheckIn({ ...asHost, actor: cast.organiser })).rejects.toBeInstanceOf(
      CheckInClosed,
    );
  });

  test("a past meetup's details, time, capacity and status change no more", async () => {
    const meetupId = await publishedMeetup();
    const draftId = await scheduled();
    world.clock.set(endsAt);
    const asOrganiser = { actor: cast.organiser, meetupId };
    await expect(world.meetups.edit({ ...asOrganiser, input: { title: "Renamed" } })).rejects.toBeInstanceOf(
      MeetupIsPast,
    );
    await expect(world.meetups.changeCapacity({ ...asOrganiser, capacity: 20 })).rejects.toBeInstanceOf(
      MeetupIsPast,
    );
    await expect(world.meetups.cancel({ ...asOrganiser, message: "Sorry" })).rejects.toBeInstanceOf(
      MeetupIsPast,
    );
    await expect(world.meetups.publish({ actor: cast.organiser, meetupId: draftId })).rejects.toBeInstanceOf(
      MeetupIsPast,
    );
    expect(await world.meetups.byId(meetupId)).toMatchObject({
      title: "Event sourcing in practice",
      capacity: 10,
    });
  });
});

describe("history", () => {
  test("organisers read who did what and when, and the meetup as it stood at any instant", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    world.clock.advance(60_000);
    await world.meetups.rsvp({ actor: member(0), meetupId });
    world.clock.advance(60_000);
    await world.meetups.changeCapacity({ actor: cast.organiser, meetupId, capacity: 5 });

    const history = await world.meetups.history(meetupId, cast.organiser);
    expect(history.map(({ version, type, actor, occurredAt }) => [version, type, actor, occurredAt])).toEqual(
      [
        [1, "MeetupScheduled", cast.organiser, "2026-05-01T10:00:00.000Z"],
        [2, "MeetupPublished", cast.organiser, "2026-05-01T10:00:00.000Z"],
        [3, "RsvpConfirmed", member(0), "2026-05-01T10:01:00.000Z"],
        [4, "CapacityChanged", cast.organiser, "2026-05-01T10:02:00.000Z"],
      ],
    );
    expect(history[3]?.summary).toMatch(/ changed the capacity to 5$/);
    expect(await world.meetups.history(`meetup-${meetupId}`, cast.organiser)).toEqual(history);
    await expect(world.meetups.history(meetupId, cast.host)).rejects.toBeInstanceOf(NotAnOrganiser);

    const before = await world.meetups.asOf(meetupId, "2026-05-01T10:01:30.000Z", cast.organiser);
    expect(before).toMatchObject({ capacity: 1, confirmedSeats: 1, status: "published" });
    expect(await world.meetups.asOf(meetupId, "2026-04-01T00:00:00.000Z", cast.organiser)).toBeUndefined();
  });

  test("a community's history pages every change to its meetups, drafts included, newest first", async () => {
    const older = await publishedMeetup({ capacity: 1 });
    world.clock.advance(60_000);
    await world.meetups.rsvp({ actor: member(0), meetupId: older });
    world.clock.advance(60_000);
    const draft = await scheduled();
    const everything = await world.meetups.historyOfCommunity(cast.communityId, cast.organiser, {
      limit: 100,
    });
    const newest = everything.entries.slice(0, 4).map(({ streamId, type }) => [streamId, type]);
    expect(newest).toEqual([
      [`meetup-${draft}`, "MeetupScheduled"],
      [`meetup-${older}`, "RsvpConfirmed"],
      [`meetup-${older}`, "MeetupPublished"],
      [`meetup-${older}`, "MeetupScheduled"],
    ]);

    const first = await world.meetups.historyOfCommunity(cast.communityId, cast.organiser, { limit: 2 });
    const second = await world.meetups.historyOfCommunity(cast.communityId, cast.organiser, {
      limit: 2,
      cursor: first.cursor,
    });
    expect([...first.entries, ...second.entries]).toEqual(everything.entries.slice(0, 4));
    // The community's own changes are in it too, the oldest being its founding.
    expect(everything.entries.at(-1)).toMatchObject({
      streamId: `community-${cast.communityId}`,
      type: "CommunityFounded",
      summary: expect.stringMatching(/ founded "/),
    });
    await expect(world.meetups.historyOfCommunity(cast.communityId, cast.host)).rejects.toBeInstanceOf(
      NotAnOrganiser,
    );
  });
});

describe("the audience of a meetup, for the notifier", () => {
  test("is the meetup as its stream is now, its confirmed members and its waitlist in line", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    await world.meetups.rsvp({ actor: member(0), meetupId });
    await world.meetups.rsvp({ actor: member(1), meetupId });
    await world.meetups.rsvp({ actor: member(2), meetupId });
    await world.meetups.rsvp({ actor: member(3), meetupId });
    await world.meetups.cancelRsvp({ actor: member(3), meetupId });

    const audience = await world.meetups.audienceOf(meetupId);
    expect(audience?.confirmed).toEqual([member(0)]);
    expect(audience?.waitlisted).toEqual([member(1), member(2)]);
    expect(audience?.meetup).toMatchObject({ status: "published", capacity: 1, waitlistLength: 2 });
  });

  test("is nothing for a meetup that does not exist, or an id that is none", async () => {
    expect(await world.meetups.audienceOf(newId())).toBeUndefined();
    expect(await world.meetups.audienceOf("meetup-../../x")).toBeUndefined();
  });
});

describe("one member's seat, for the notifier", () => {
  test("is where that member stands now, with their place in line, without listing anyone else", async () => {
    const meetupId = await publishedMeetup({ capacity: 1 });
    for (const index of [0, 1, 2, 3]) await world.meetups.rsvp({ actor: member(index), meetupId });
    await world.meetups.cancelRsvp({ actor: member(1), meetupId });

    expect(await world.meetups.seatOf(meetupId, member(0))).toMatchObject({
      meetup: { status: "published", capacity: 1, waitlistLength: 2 },
      status: "confirmed",
      waitlistPosition: null,
    });
    expect(await world.meetups.seatOf(meetupId, member(3))).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 2,
    });
    expect(await world.meetups.seatOf(meetupId, member(1))).toMatchObject({
      status: "cancelled",
      waitlistPosition: null,
    });
    expect(await world.meetups.seatOf(meetupId, member(4))).toMatchObject({
      status: null,
      waitlistPosition: null,
    });
    expect(await world.meetups.summaryOf(meetupId)).toEqual(
      (await world.meetups.audienceOf(meetupId))?.meetup,
    );
  });

  test("is nothing for a meetup that does not exist, or an id that is none", async () => {
    expect(await world.meetups.seatOf(newId(), member(0))).toBeUndefined();
    expect(await world.meetups.seatOf("meetup-../../x", member(0))).toBeUndefined();
    expect(await world.meetups.summaryOf(newId())).toBeUndefined();
  });
});
