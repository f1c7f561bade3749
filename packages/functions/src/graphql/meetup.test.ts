import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type MeetupClient, meetupClient, meetupInput, minutesFromNow } from "./meetup-test-client";

let host: LocalHost;
let client: MeetupClient;
const people = {} as Record<"organiser" | "host" | "bob" | "cy" | "dee" | "outsider", Person>;
beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  for (const name of ["organiser", "host", "bob", "cy", "dee", "outsider"] as const)
    people[name] = await client.signIn(`${name}@example.com`);
});
afterAll(() => host.close());

let communities = 0;
/** A community organised by `organiser`, hosted by `host`, with bob, cy and dee as members. */
async function freshCommunity(): Promise<{ id: string; slug: string }> {
  const slug = `meetups-${++communities}`;
  const { id } = await client.found(people.organiser, { name: `Meetups ${communities}`, slug });
  for (const person of [people.host, people.bob, people.cy, people.dee]) await client.join(person, id);
  await client.onMember("appointHost", people.organiser, id, people.host.id);
  return { id, slug };
}

async function publishedMeetup(overrides: Record<string, unknown> = {}) {
  const community = await freshCommunity();
  const scheduled = await client.schedule(people.organiser, meetupInput(community.id, overrides));
  expect(scheduled.__typename).toBe("Meetup");
  const published = await client.publish(people.organiser, scheduled.id);
  expect(published).toMatchObject({ __typename: "Meetup", status: "PUBLISHED" });
  return { community, meetupId: scheduled.id as string };
}

describe("meetups across communities", () => {
  /** Every page of `upcomingMeetups`, two at a time, as a visitor reads them. */
  async function everyUpcomingMeetup(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const { upcomingMeetups } = await client.query(
        `query ($after: String) { upcomingMeetups(first: 2, after: $after) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        undefined,
        { after },
      );
      ids.push(...upcomingMeetups.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = upcomingMeetups.pageInfo.hasNextPage ? upcomingMeetups.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  test("lists published meetups of every community soonest first, in pages, never a draft or a cancelled one", async () => {
    const at = (days: number) => ({
      startsAt: minutesFromNow(days * 1440),
      endsAt: minutesFromNow(days * 1440 + 60),
    });
    const later = await publishedMeetup(at(300));
    const sooner = await publishedMeetup(at(200));
    const soonest = await publishedMeetup(at(100));
    const cancelled = await publishedMeetup(at(150));
    await client.cancel(people.organiser, cancelled.meetupId, "Sorry");
    const draft = await client.schedule(people.organiser, meetupInput(later.community.id, at(250)));
    const ours = new Set(
      [later, sooner, soonest, cancelled].map((meetup) => meetup.meetupId).concat(draft.id),
    );

    const listed = await everyUpcomingMeetup();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((id) => ours.has(id))).toEqual([soonest.meetupId, sooner.meetupId, later.meetupId]);
  });
});

describe("meetups across communities, by community and by tag", () => {
  interface Upcoming {
    upcomingMeetups: {
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }
  const upcoming = (variables: Record<string, unknown>) =>
    graphqlRequest<Upcoming>(
      host.url,
      `query ($communitySlug: String, $tag: String, $first: Int, $after: String) {
        upcomingMeetups(communitySlug: $communitySlug, tag: $tag, first: $first, after: $after) {
          edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { variables },
    );
  const idsOf = (body: { data?: { upcomingMeetups: { edges: { node: { id: string } }[] } } | null }) =>
    body.data?.upcomingMeetups.edges.map((edge) => edge.node.id);
  const at = (days: number) => ({
    startsAt: minutesFromNow(days * 1440),
    endsAt: minutesFromNow(days * 1440 + 60),
  });

  test("a community's slug or a tag narrows the list, which pages as the whole list does", async () => {
    const tag = `tag-${Date.now().toString(36)}`;
    const community = await client.found(people.organiser, {
      name: "Tagged",
      slug: `tagged-${tag}`,
      tags: [tag],
    });
    const publish = async (days: number) => {
      const scheduled = await client.schedule(people.organiser, meetupInput(community.id, at(days)));
      await client.publish(people.organiser, scheduled.id);
      return scheduled.id as string;
    };
    const tagged = { meetupId: await publish(10) };
    const second = { id: await publish(12) };
    const untagged = await publishedMeetup(at(11));

    const first = await upcoming({ tag, first: 1 });
    expect(idsOf(first.body)).toEqual([tagged.meetupId]);
    const next = await upcoming({
      tag,
      first: 1,
      after: first.body.data?.upcomingMeetups.pageInfo.endCursor,
    });
    expect(idsOf(next.body)).toEqual([second.id]);
    expect(next.body.data?.upcomingMeetups.pageInfo.hasNextPage).toBe(false);
    expect(idsOf((await upcoming({ communitySlug: untagged.community.slug })).body)).toEqual([
      untagged.meetupId,
    ]);
    expect(idsOf((await upcoming({ communitySlug: untagged.community.slug, tag })).body)).toEqual([]);
    expect(idsOf((await upcoming({ communitySlug: "no-such-community" })).body)).toEqual([]);
  });

  test.each([
    ["a tag of 10 kB", { tag: "x".repeat(10_000) }],
    ["a tag that is no tag", { tag: "Rust Night" }],
    ["a slug of 10 kB", { communitySlug: "x".repeat(10_000) }],
    ["a cursor the list never gave out", { tag: "rust", after: "%%%" }],
    ["a page of 100,000", { tag: "rust", first: 100_000 }],
  ])("%s is BAD_USER_INPUT", async (_case, variables) => {
    const { body } = await upcoming(variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("scheduling", () => {
  test("the description comes as its Markdown source and as safe HTML", async () => {
    const { meetupId } = await publishedMeetup({
      description: "We write **Rust**. [x](javascript:alert(1))",
    });
    expect(await client.meetup(undefined, meetupId, "description descriptionHtml")).toMatchObject({
      description: "We write **Rust**. [x](javascript:alert(1))",
      descriptionHtml: "<p>We write <strong>Rust</strong>. x</p>",
    });
  });

  test("an organiser schedules a draft that only organisers see, then publishes it", async () => {
    const community = await freshCommunity();
    const draft = await client.schedule(people.organiser, meetupInput(community.id));
    expect(draft).toMatchObject({
      __typename: "Meetup",
      status: "DRAFT",
      title: "Rust and coffee",
      capacity: 2,
    });
    expect(await client.meetup(people.bob, draft.id)).toBeNull();
    expect(await client.meetup(undefined, draft.id)).toBeNull();
    const drafts = await client.query(
      `query ($slug: String!) { community(slug: $slug) { draftMeetups { edges { node { id } } } upcomingMeetups { edges { node { id } } } } }`,
      people.organiser,
      { slug: community.slug },
    );
    expect(drafts.community.draftMeetups.edges).toEqual([{ node: { id: draft.id } }]);
    expect(drafts.community.upcomingMeetups.edges).toEqual([]);
    const asMember = await client.query(
      `query ($slug: String!) { community(slug: $slug) { draftMeetups { edges { node { id } } } } }`,
      people.bob,
      { slug: community.slug },
    );
    expect(asMember.community.draftMeetups).toBeNull();

    await client.publish(people.organiser, draft.id);
    const listed = await client.query(
      `query ($slug: String!) { community(slug: $slug) { upcomingMeetups { edges { cursor node { id title community { slug } } } } } }`,
      undefined,
      { slug: community.slug },
    );
    expect(listed.community.upcomingMeetups.edges).toMatchObject([
      { node: { id: draft.id, community: { slug: community.slug } } },
    ]);
  });

  test.each([
    ["an invalid date", { startsAt: "next tuesday" }, ["startsAt"]],
    ["an end before the start", { endsAt: minutesFromNow(30) }, ["endsAt"]],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, ["timeZone"]],
    ["a negative capacity", { capacity: -3 }, ["capacity"]],
  ])("%s is an InvalidMeetup, and nothing is written", async (_case, overrides, path) => {
    const community = await freshCommunity();
    const result = await client.schedule(people.organiser, meetupInput(community.id, overrides));
    expect(result.__typename).toBe("InvalidMeetup");
    expect(result.issues.map((issue: { path: string[] }) => issue.path[0])).toContain(path[0]);
    const drafts = await client.query(
      `query ($slug: String!) { community(slug: $slug) { draftMeetups { edges { node { id } } } } }`,
      people.organiser,
      { slug: community.slug },
    );
    expect(drafts.community.draftMeetups.edges).toEqual([]);
  });

  test("a retried schedule with the same idempotency key schedules one meetup", async () => {
    const community = await freshCommunity();
    const input = meetupInput(community.id);
    const first = await client.schedule(people.organiser, input, "schedule-once");
    const again = await client.schedule(people.organiser, input, "schedule-once");
    expect(again.id).toBe(first.id);
  });
});

describe("RSVPs", () => {
  test("members are confirmed until the meetup is full, then waitlisted; a cancellation promotes the first in line", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 3 });

    const bob = await client.rsvp(people.bob, meetupId, 1);
    expect(bob).toMatchObject({
      __typename: "Meetup",
      confirmedSeats: 2,
      spotsLeft: 1,
      viewerRsvp: {
        status: "CONFIRMED",
        guests: 1,
        waitlistPosition: null,
        checkedIn: false,
        attendance: "EXPECTED",
      },
    });
    const cy = await client.rsvp(people.cy, meetupId, 1);
    expect(cy).toMatchObject({
      viewerRsvp: { status: "WAITLISTED", waitlistPosition: 1 },
      waitlistLength: 1,
    });
    const dee = await client.rsvp(people.dee, meetupId);
    expect(dee).toMatchObject({ viewerRsvp: { status: "CONFIRMED" }, confirmedSeats: 3, spotsLeft: 0 });

    expect(await client.rsvp(people.bob, meetupId)).toMatchObject({ __typename: "AlreadyRsvped" });
    expect(await client.rsvp(people.outsider, meetupId)).toMatchObject({ __typename: "NotAMember" });
    expect(await client.rsvp(undefined, meetupId)).toMatchObject({ __typename: "NotSignedIn" });

    const cancelled = await client.cancelRsvp(people.bob, meetupId);
    expect(cancelled).toMatchObject({
      viewerRsvp: { status: "CANCELLED" },
      confirmedSeats: 3,
      waitlistLength: 0,
    });
    expect(await client.meetup(people.cy, meetupId)).toMatchObject({
      viewerRsvp: { status: "CONFIRMED", guests: 1, waitlistPosition: null },
    });
    expect(await client.cancelRsvp(people.bob, meetupId)).toMatchObject({ __typename: "NoRsvp" });

    const mine = await client.query(
      "{ me { rsvps { edges { node { status meetup { id } } } } } }",
      people.cy,
    );
    expect(mine.me.rsvps.edges).toContainEqual({ node: { status: "CONFIRMED", meetup: { id: meetupId } } });
  });

  test("guests over the limit are TooManyGuests; negative guests are an InvalidMeetup; nothing is written", async () => {
    const { meetupId } = await publishedMeetup({ guestLimit: 1 });
    expect(await client.rsvp(people.bob, meetupId, 2)).toMatchObject({
      __typename: "TooManyGuests",
      allowedGuests: 1,
    });
    expect(await client.rsvp(people.bob, meetupId, -1)).toMatchObject({ __typename: "InvalidMeetup" });
    expect(await client.meetup(people.bob, meetupId)).toMatchObject({ confirmedSeats: 0, viewerRsvp: null });
  });

  test("a retried RSVP with the same idempotency key RSVPs once", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 10 });
    const first = await client.rsvp(people.bob, meetupId, 1, "rsvp-once");
    const again = await client.rsvp(people.bob, meetupId, 1, "rsvp-once");
    expect(first.__typename).toBe("Meetup");
    expect(again).toMatchObject({ __typename: "Meetup", confirmedSeats: 2 });
  });

  test("a draft takes no RSVPs", async () => {
    const community = await freshCommunity();
    const draft = await client.schedule(people.organiser, meetupInput(community.id));
    expect(await client.rsvp(people.bob, draft.id)).toMatchObject({ __typename: "MeetupNotPublished" });
  });
});

describe("changing an RSVP", () => {
  test("a member changes their guests without cancelling, and the seats follow", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 3 });
    expect(await client.rsvp(people.bob, meetupId)).toMatchObject({ confirmedSeats: 1, spotsLeft: 2 });
    const changed = await client.changeRsvp(people.bob, meetupId, { guests: 1 }, "change-1");
    expect(changed).toMatchObject({
      __typename: "Meetup",
      confirmedSeats: 2,
      spotsLeft: 1,
      viewerRsvp: { status: "CONFIRMED", guests: 1, listed: false },
    });
    expect(await client.changeRsvp(people.bob, meetupId, { guests: 1 }, "change-1")).toEqual(changed);
    expect(await client.changeRsvp(people.bob, meetupId, { listed: true })).toMatchObject({
      viewerRsvp: { guests: 1, listed: true },
    });
  });

  test("hostile changes are typed rejections, and nothing is written", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 2, guestLimit: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    const changes = async () =>
      (await client.meetup(people.organiser, meetupId, "history { version }")).history.length;
    const before = await changes();
    expect(await client.changeRsvp(people.bob, meetupId, { guests: -1 })).toMatchObject({
      __typename: "InvalidMeetup",
      issues: [{ path: ["guests"] }],
    });
    expect(await client.changeRsvp(people.bob, meetupId, { guests: 2 })).toMatchObject({
      __typename: "TooManyGuests",
      allowedGuests: 1,
    });
    expect(await client.changeRsvp(people.bob, meetupId, { guests: 1 })).toMatchObject({
      __typename: "NotEnoughSeats",
      code: "NOT_ENOUGH_SEATS",
      seatsAvailable: 0,
      guestsAdded: 1,
    });
    expect(await client.changeRsvp(people.dee, meetupId, { guests: 0 })).toMatchObject({
      __typename: "NoRsvp",
    });
    expect(await client.changeRsvp(people.outsider, meetupId, { listed: true })).toMatchObject({
      __typename: "NotAMember",
    });
    expect(await client.changeRsvp(undefined, meetupId, { guests: 0 })).toMatchObject({
      __typename: "NotSignedIn",
    });
    expect(await client.changeRsvp(people.bob, meetupId, {})).toMatchObject({ __typename: "InvalidMeetup" });
    expect(await changes()).toBe(before);
    expect(await client.meetup(people.bob, meetupId)).toMatchObject({
      confirmedSeats: 2,
      viewerRsvp: { guests: 0, listed: false },
    });
  });

  test("who is going: names of those who chose it for members, the count for everyone; the hosts for anyone", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 5 });
    const rsvpListed = await client.query(
      `mutation ($id: ID!) { rsvp(meetupId: $id, guests: 1, listed: true) { __typename } }`,
      people.bob,
      { id: meetupId },
    );
    expect(rsvpListed.rsvp.__typename).toBe("Meetup");
    await client.rsvp(people.cy, meetupId);
    const fields = "going { count othersCount members { id } } hosts { role member { id } }";
    expect(await client.meetup(people.dee, meetupId, fields)).toMatchObject({
      going: { count: 3, othersCount: 2, members: [{ id: people.bob.id }] },
      hosts: [
        { role: "ORGANISER", member: { id: people.organiser.id } },
        { role: "HOST", member: { id: people.host.id } },
      ],
    });
    expect(await client.meetup(undefined, meetupId, fields)).toMatchObject({
      going: { count: 3, othersCount: 3, members: null },
      hosts: [{ role: "ORGANISER" }, { role: "HOST" }],
    });
    expect(await client.meetup(people.outsider, meetupId, "going { members { id } }")).toMatchObject({
      going: { members: null },
    });
  });
});

describe("the join URL", () => {
  test("is shown to confirmed attendees and organisers only", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    const url = "https://meet.example/rust-and-coffee";

    expect((await client.meetup(people.bob, meetupId)).joinUrl).toBe(url);
    expect((await client.meetup(people.organiser, meetupId)).joinUrl).toBe(url);
    expect(await client.meetup(undefined, meetupId)).toMatchObject({ online: true, joinUrl: null });
    expect((await client.meetup(people.dee, meetupId)).joinUrl).toBeNull();
    expect(await client.meetup(people.cy, meetupId)).toMatchObject({
      joinUrl: null,
      viewerRsvp: { status: "WAITLISTED" },
    });
    expect((await client.meetup(people.host, meetupId)).joinUrl).toBeNull();
    expect((await client.meetup(people.outsider, meetupId)).joinUrl).toBeNull();
    // A mutation's result is the caller's view too.
    expect((await client.cancelRsvp(people.cy, meetupId)).joinUrl).toBeNull();
  });
});

describe("check-in and the attendee list", () => {
  test("a host checks a confirmed attendee in; waitlisted members are not checked in", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);

    expect(await client.checkIn(people.host, meetupId, people.bob.id)).toMatchObject({
      __typename: "Meetup",
    });
    expect((await client.meetup(people.bob, meetupId)).viewerRsvp).toMatchObject({
      checkedIn: true,
      attendance: "CHECKED_IN",
    });
    expect(await client.checkIn(people.host, meetupId, people.cy.id)).toMatchObject({
      __typename: "NotConfirmed",
    });
    // An hour before the start: upcoming, with the door already open.
    expect(await client.meetup(undefined, meetupId, "phase checkInOpen checkedInSeats")).toMatchObject({
      phase: "UPCOMING",
      checkInOpen: true,
      checkedInSeats: 1,
    });
    expect(await client.checkIn(people.bob, meetupId, people.bob.id)).toMatchObject({
      __typename: "NotAnOrganiser",
    });
  });

  test("the door checks guests in apart and takes a check-in back; hostile input changes nothing", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 5, guestLimit: 2 });
    await client.rsvp(people.bob, meetupId, 2);
    const seen =
      "checkedInSeats viewerCheckIn attendees(first: 5) { edges { node { checkedIn guestsCheckedIn } } }";

    expect(await client.checkInGuests(people.host, meetupId, people.bob.id, 1)).toMatchObject({
      __typename: "Meetup",
    });
    expect(await client.meetup(people.host, meetupId, seen)).toMatchObject({
      checkedInSeats: 2,
      viewerCheckIn: "OPEN",
      attendees: { edges: [{ node: { checkedIn: true, guestsCheckedIn: 1 } }] },
    });
    expect((await client.meetup(people.bob, meetupId, "viewerCheckIn")).viewerCheckIn).toBeNull();

    for (const [person, memberId, guests, refusal] of [
      [people.host, people.bob.id, -1, "InvalidMeetup"],
      [people.host, people.bob.id, 3, "GuestsBeyondParty"],
      [people.host, people.dee.id, 0, "NoRsvp"],
      [people.bob, people.bob.id, 2, "NotAnOrganiser"],
      [undefined, people.bob.id, 2, "NotSignedIn"],
    ] as const)
      expect(await client.checkInGuests(person, meetupId, memberId, guests)).toMatchObject({
        __typename: refusal,
      });
    expect(await client.undoCheckIn(people.bob, meetupId, people.bob.id)).toMatchObject({
      __typename: "NotAnOrganiser",
    });
    expect((await client.meetup(people.host, meetupId, seen)).checkedInSeats).toBe(2);

    expect(await client.undoCheckIn(people.host, meetupId, people.bob.id)).toMatchObject({
      __typename: "Meetup",
    });
    expect(await client.meetup(people.host, meetupId, seen)).toMatchObject({
      checkedInSeats: 0,
      attendees: { edges: [{ node: { checkedIn: false, guestsCheckedIn: 0 } }] },
    });
  });

  test("a past meetup is refused every change but check-in corrections, in words a person reads", async () => {
    const community = await freshCommunity();
    const past = { startsAt: minutesFromNow(-180), endsAt: minutesFromNow(-60) };
    const { id: draftId } = await client.schedule(people.organiser, meetupInput(community.id, past));
    const refused = {
      __typename: "MeetupIsPast",
      code: "MEETUP_IS_PAST",
      message: "This meetup has ended: it can no longer be changed.",
    };
    expect(await client.publish(people.organiser, draftId)).toMatchObject(refused);
    expect(await client.edit(people.organiser, draftId, { title: "Renamed" })).toMatchObject(refused);
    expect(await client.changeCapacity(people.organiser, draftId, 20)).toMatchObject(refused);
    expect(await client.cancel(people.organiser, draftId, "Sorry")).toMatchObject(refused);
    expect(
      await client.reschedule(people.organiser, draftId, {
        timeZone: "Europe/Berlin",
        startsAt: minutesFromNow(600),
        endsAt: minutesFromNow(660),
      }),
    ).toMatchObject(refused);
    expect(await client.meetup(people.organiser, draftId, "viewerCheckIn")).toMatchObject({
      status: "DRAFT",
      title: "Rust and coffee",
      viewerCheckIn: "CLOSED",
    });
  });

  test("attendees, waitlist and timeline are for organisers and hosts only", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    const extra = `attendees(first: 1) { edges { cursor node { member { id } status guests checkedIn attendance } } pageInfo { hasNextPage endCursor } }
      waitlist { position guests member { id } } timeline { at confirmed waitlisted checkedIn }`;

    for (const person of [people.organiser, people.host]) {
      const seen = await client.meetup(person, meetupId, extra);
      expect(seen.attendees.edges).toMatchObject([
        { node: { member: { id: people.bob.id }, status: "CONFIRMED" } },
      ]);
      expect(seen.attendees.pageInfo.hasNextPage).toBe(true);
      expect(seen.waitlist).toEqual([{ position: 1, guests: 0, member: { id: people.cy.id } }]);
      expect(seen.timeline.at(-1)).toMatchObject({ confirmed: 1, waitlisted: 1, checkedIn: 0 });
      const next = await client.query(
        `query ($id: ID!, $after: String) { meetup(id: $id) { attendees(first: 5, after: $after) { edges { node { member { id } status } } pageInfo { hasNextPage } } } }`,
        person,
        { id: meetupId, after: seen.attendees.pageInfo.endCursor },
      );
      expect(next.meetup.attendees).toEqual({
        edges: [{ node: { member: { id: people.cy.id }, status: "WAITLISTED" } }],
        pageInfo: { hasNextPage: false },
      });
    }
    for (const person of [undefined, people.bob, people.outsider]) {
      const seen = await client.meetup(person, meetupId, extra);
      expect(seen).toMatchObject({ attendees: null, waitlist: null, timeline: null });
    }
  });

  test("an organiser removes an RSVP and the waitlist moves up", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    expect(await client.removeRsvp(people.host, meetupId, people.bob.id)).toMatchObject({
      __typename: "NotAnOrganiser",
    });
    expect(await client.removeRsvp(people.organiser, meetupId, people.bob.id)).toMatchObject({
      __typename: "Meetup",
    });
    expect((await client.meetup(people.cy, meetupId)).viewerRsvp).toMatchObject({ status: "CONFIRMED" });
    expect((await client.meetup(people.bob, meetupId)).viewerRsvp).toMatchObject({ status: "REMOVED" });
  });
});

describe("promoting from the waitlist", () => {
  const waitlistOf = async (meetupId: string) =>
    (await client.meetup(people.organiser, meetupId, "waitlist { position guests joinedAt member { id } }"))
      .waitlist as { position: number; guests: number; joinedAt: string; member: { id: string } }[];

  test("an organiser seats the second in line over the capacity once they confirm; the rest keep their order", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1, guestLimit: 1 });
    const joined = new Date().toISOString();
    await client.rsvp(people.host, meetupId);
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId, 1);
    await client.rsvp(people.dee, meetupId);
    expect((await waitlistOf(meetupId)).map(({ member, position }) => [member.id, position])).toEqual([
      [people.bob.id, 1],
      [people.cy.id, 2],
      [people.dee.id, 3],
    ]);
    const joinedAt = (await waitlistOf(meetupId))[1]?.joinedAt ?? "";
    expect(joinedAt >= joined).toBe(true);

    const refused = await client.promoteFromWaitlist(people.organiser, meetupId, people.cy.id);
    expect(refused).toMatchObject({
      __typename: "NoSeatsForParty",
      code: "NO_SEATS_FOR_PARTY",
      seatsNeeded: 2,
      seatsLeft: 0,
    });
    expect(refused.message).not.toContain(meetupId);
    expect((await waitlistOf(meetupId)).length).toBe(3);

    const promotion = { overCapacity: true, idempotencyKey: crypto.randomUUID() };
    const promoted = await client.promoteFromWaitlist(people.organiser, meetupId, people.cy.id, promotion);
    expect(promoted).toMatchObject({
      __typename: "Meetup",
      confirmedSeats: 3,
      spotsLeft: 0,
      waitlistLength: 2,
    });
    expect(await client.promoteFromWaitlist(people.organiser, meetupId, people.cy.id, promotion)).toEqual(
      promoted,
    );
    expect((await waitlistOf(meetupId)).map(({ member, position }) => [member.id, position])).toEqual([
      [people.bob.id, 1],
      [people.dee.id, 2],
    ]);
    expect((await client.meetup(people.cy, meetupId)).viewerRsvp).toMatchObject({ status: "CONFIRMED" });
    const history = (await client.meetup(people.organiser, meetupId, "history { type summary actor { id } }"))
      .history as { type: string; summary: string; actor: { id: string } | null }[];
    expect(history.filter((entry) => entry.type === "WaitlistPromotedByOrganiser")).toEqual([
      {
        type: "WaitlistPromotedByOrganiser",
        summary: expect.stringMatching(/got a seat from the waitlist, promoted by .+ over the capacity$/),
        actor: { id: people.organiser.id },
      },
    ]);
  });

  test("hostile promotions get typed rejections and change nothing", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    const promote = (person: Person | undefined, memberId: string) =>
      client.promoteFromWaitlist(person, meetupId, memberId, { overCapacity: true });
    const before = await client.meetup(people.organiser, meetupId, "history { version }");

    expect(await promote(undefined, people.cy.id)).toMatchObject({ __typename: "NotSignedIn" });
    expect(await promote(people.dee, people.cy.id)).toMatchObject({ __typename: "NotAnOrganiser" });
    expect(await promote(people.host, people.cy.id)).toMatchObject({ __typename: "NotAnOrganiser" });
    expect(await promote(people.organiser, people.bob.id)).toMatchObject({
      __typename: "NotWaitlisted",
      message: "That member is not on the waitlist of this meetup.",
    });
    expect(await promote(people.organiser, people.outsider.id)).toMatchObject({
      __typename: "NoRsvp",
      message: "That member has no RSVP to this meetup.",
    });
    expect(await client.meetup(people.organiser, meetupId, "history { version }")).toEqual(before);

    const started = await client.reschedule(people.organiser, meetupId, {
      timeZone: "Europe/Berlin",
      startsAt: minutesFromNow(-30),
      endsAt: minutesFromNow(60),
    });
    expect(started).toMatchObject({ __typename: "Meetup" });
    expect(await promote(people.organiser, people.cy.id)).toMatchObject({ __typename: "RsvpClosed" });
    await client.cancel(people.organiser, meetupId, "The room flooded.");
    expect(await promote(people.organiser, people.cy.id)).toMatchObject({ __typename: "MeetupCancelled" });
    expect((await client.meetup(people.cy, meetupId)).viewerRsvp).toMatchObject({ status: "WAITLISTED" });
  });

  test("removing from the waitlist keeps the rest of the line in order", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 1 });
    for (const person of [people.host, people.bob, people.cy, people.dee])
      await client.rsvp(person, meetupId);
    expect(await client.removeRsvp(people.organiser, meetupId, people.bob.id)).toMatchObject({
      __typename: "Meetup",
      confirmedSeats: 1,
      waitlistLength: 2,
    });
    expect((await waitlistOf(meetupId)).map(({ member, position }) => [member.id, position])).toEqual([
      [people.cy.id, 1],
      [people.dee.id, 2],
    ]);
  });
});

describe("history", () => {
  test("organisers read every change and the meetup as it stood; no one else does", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 5 });
    const beforeRsvps = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await client.rsvp(people.bob, meetupId, 1);
    await client.changeCapacity(people.organiser, meetupId, 10);
    const extra = `history { version type actor { id } occurredAt summary }
      asOf(instant: "${beforeRsvps}") { status title capacity confirmedSeats }`;

    const seen = await client.meetup(people.organiser, meetupId, extra);
    expect(seen.history.map((entry: { type: string }) => entry.type)).toEqual([
      "MeetupScheduled",
      "MeetupPublished",
      "RsvpConfirmed",
      "CapacityChanged",
    ]);
    expect(seen.history[2]).toMatchObject({ version: 3, actor: { id: people.bob.id } });
    expect(seen.asOf).toEqual({
      status: "PUBLISHED",
      title: "Rust and coffee",
      capacity: 5,
      confirmedSeats: 0,
    });

    for (const person of [undefined, people.bob, people.host]) {
      const other = await client.meetup(person, meetupId, extra);
      expect(other).toMatchObject({ history: null, asOf: null });
    }
  });
});

describe("community history", () => {
  test("organisers page every change to the community's meetups, newest first, members by name, promotions caused by the cancellation; no one else reads it", async () => {
    await client.query(
      `mutation ($input: ProfileInput!) { updateProfile(input: $input) { __typename } }`,
      people.bob,
      { input: { displayName: "Bob Ray" } },
    );
    const { community, meetupId } = await publishedMeetup({ capacity: 1 });
    await client.rsvp(people.bob, meetupId);
    await client.rsvp(people.cy, meetupId);
    await client.cancelRsvp(people.bob, meetupId);
    const history = `query ($slug: String!, $after: String) { community(slug: $slug) {
      history(first: 2, after: $after) {
        edges { node { version type actor { id } summary localTime causeVersion meetup { id } } }
        pageInfo { hasNextPage endCursor } } } }`;

    const first = (await client.query(history, people.organiser, { slug: community.slug })).community.history;
    expect(first.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      {
        version: 6,
        type: "WaitlistPromoted",
        actor: null,
        summary: expect.stringMatching(/^.+ got a seat from the waitlist when Bob Ray cancelled their RSVP$/),
        localTime: expect.stringMatching(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} (CET|CEST)$/),
        causeVersion: 5,
        meetup: { id: meetupId },
      },
      {
        version: 5,
        type: "RsvpCancelled",
        actor: { id: people.bob.id },
        summary: "Bob Ray cancelled their RSVP",
        localTime: expect.any(String),
        causeVersion: null,
        meetup: { id: meetupId },
      },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await client.query(history, people.organiser, { slug: community.slug, after: first.pageInfo.endCursor })
    ).community.history;
    expect(second.edges.map((edge: { node: { type: string } }) => edge.node.type)).toEqual([
      "RsvpWaitlisted",
      "RsvpConfirmed",
    ]);
    expect(second.edges[1].node.summary).toBe("Bob Ray RSVPed");

    for (const person of [undefined, people.bob, people.host]) {
      const refused = await client.query(history, person, { slug: community.slug });
      expect(refused.community.history).toBeNull();
    }
  });
});

describe("organiser changes", () => {
  test("a capacity below the seats taken is refused with the seats taken, unless keepSeated: the seated keep their seats", async () => {
    const { meetupId } = await publishedMeetup({ capacity: 3 });
    await client.rsvp(people.bob, meetupId, 1);
    await client.rsvp(people.cy, meetupId);
    const change = `mutation ($meetupId: ID!, $capacity: Int, $keepSeated: Boolean) {
      changeMeetupCapacity(meetupId: $meetupId, capacity: $capacity, keepSeated: $keepSeated) {
        __typename
        ... on CapacityBelowSeatsTaken { seatsTaken requestedCapacity message }
        ... on Meetup { capacity confirmedSeats spotsLeft }
      }
    }`;
    const refused = (await client.query(change, people.organiser, { meetupId, capacity: 2 }))
      .changeMeetupCapacity;
    expect(refused).toMatchObject({
      __typename: "CapacityBelowSeatsTaken",
      seatsTaken: 3,
      requestedCapacity: 2,
    });
    expect(refused.message).not.toContain(meetupId);
    expect(await client.meetup(undefined, meetupId, "capacity")).toMatchObject({ capacity: 3 });
    expect(
      (await client.query(change, people.organiser, { meetupId, capacity: 2, keepSeated: true }))
        .changeMeetupCapacity,
    ).toEqual({ __typename: "Meetup", capacity: 2, confirmedSeats: 3, spotsLeft: 0 });
  });

  test("edit, reschedule and cancel; a cancelled meetup takes no RSVPs", async () => {
    const { meetupId } = await publishedMeetup();
    expect(
      await client.edit(people.organiser, meetupId, { title: "Rust and tea", joinUrl: null }),
    ).toMatchObject({
      title: "Rust and tea",
      online: false,
    });
    const startsAt = minutesFromNow(120);
    expect(
      await client.reschedule(people.organiser, meetupId, {
        timeZone: "Europe/Paris",
        startsAt,
        endsAt: minutesFromNow(240),
      }),
    ).toMatchObject({ timeZone: "Europe/Paris", startsAt });
    expect(
      await client.reschedule(people.organiser, meetupId, {
        timeZone: "Europe/Paris",
        startsAt,
        endsAt: minutesFromNow(60),
      }),
    ).toMatchObject({ __typename: "InvalidMeetup" });
    expect(await client.cancel(people.organiser, meetupId, "The café is closed.")).toMatchObject({
      status: "CANCELLED",
      cancellationMessage: "The café is closed.",
    });
    expect(await client.rsvp(people.bob, meetupId)).toMatchObject({ __typename: "MeetupCancelled" });
  });
});

describe("addresses", () => {
  test("a meetup is found by the public id its page, calendar entries and feed items carry", async () => {
    const { meetupId } = await publishedMeetup();
    const { publicId } = await client.meetup(undefined, meetupId, "publicId");
    expect(publicId).not.toBe(meetupId);
    expect(await client.meetup(undefined, publicId, "publicId")).toMatchObject({ id: meetupId, publicId });
    const { community } = await client.meetup(undefined, meetupId, "community { slug }");
    const calendar = await (await fetch(`${host.url}/feeds/communities/${community.slug}.ics`)).text();
    // Unfolded: iCalendar breaks long lines.
    expect(calendar.replace(/\r\n[ \t]/g, "")).toContain(`/meetups/${publicId}`);
  });

  test("an id that names no meetup is not found, not an error", async () => {
    for (const id of ["not-a-real-id", "x", "", "0190a8c4-0000-7000-8000-000000000000", "TWVldHVwOg=="])
      expect(await client.meetup(undefined, id)).toBeNull();
  });

  test("add to calendar: the .ics link serves the meetup; Google and Outlook get the same entry", async () => {
    const { meetupId } = await publishedMeetup({ title: "Links and ids" });
    const { publicId, addToCalendar } = await client.meetup(
      undefined,
      meetupId,
      "publicId addToCalendar { ics google outlook }",
    );
    const ics = await fetch(`${host.url}${new URL(addToCalendar.ics).pathname}`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain("SUMMARY:Links and ids");
    expect(new URL(addToCalendar.google).searchParams.get("text")).toBe("Links and ids");
    expect(new URL(addToCalendar.outlook).searchParams.get("subject")).toBe("Links and ids");
    expect(new URL(addToCalendar.outlook).searchParams.get("body")).toContain(`/meetups/${publicId}`);
  });
});
