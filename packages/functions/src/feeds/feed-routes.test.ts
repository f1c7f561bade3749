import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Person } from "../graphql/community-test-client";
import { type MeetupClient, meetupClient, meetupInput } from "../graphql/meetup-test-client";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";

interface ParsedEvent {
  type: string;
  uid?: string;
  summary?: string;
  description?: string;
  location?: string;
  status?: string;
}

// node-ical is a test dependency of core (whose calendar tests use it): borrowed from there.
const nodeIcal = createRequire(new URL("../../../core/package.json", import.meta.url))("node-ical") as {
  sync: { parseICS(text: string): Record<string, ParsedEvent> };
};

const eventsOf = (text: string) =>
  Object.values(nodeIcal.sync.parseICS(text)).filter((component) => component.type === "VEVENT");

const joinUrl = "https://meet.example/rust-and-coffee";

let host: LocalHost;
let client: MeetupClient;
let organiser: Person;
let bob: Person;
let cy: Person;
let slug: string;
let meetupId: string;
let draftId: string;
beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  organiser = await client.signIn("organiser@example.com");
  bob = await client.signIn("bob@example.com");
  cy = await client.signIn("cy@example.com");
  slug = "feeds";
  const { id: communityId } = await client.found(organiser, { name: "Feeds", slug });
  for (const person of [bob, cy]) await client.join(person, communityId);
  meetupId = (
    await client.schedule(organiser, meetupInput(communityId, { capacity: 1, title: "Published one" }))
  ).id;
  await client.publish(organiser, meetupId);
  draftId = (await client.schedule(organiser, meetupInput(communityId, { title: "Secret draft" }))).id;
  await client.rsvp(bob, meetupId);
  await client.rsvp(cy, meetupId);
});
afterAll(() => host.close());

const get = (path: string) => fetch(`${host.url}${path}`);

/** The raw meetup id of a Meetup node id. */
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1] ?? "";

const feedUrlOf = async (person: Person) =>
  (await client.query("{ me { calendarFeedUrl } }", person)).me.calendarFeedUrl as string;

describe("public feeds", () => {
  test("a community's calendar lists its published meetups, without join URLs or drafts", async () => {
    const response = await get(`/feeds/communities/${slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const text = await response.text();
    expect(text).not.toContain(joinUrl);
    expect(text).not.toContain("Secret draft");
    const events = eventsOf(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: `${rawId(meetupId)}@meetstream`, summary: "Published one" });
  });

  test("one meetup's calendar, without its join URL; a draft or an unknown id is not found", async () => {
    const response = await get(`/feeds/meetups/${rawId(meetupId)}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const text = await response.text();
    expect(text).not.toContain(joinUrl);
    expect(eventsOf(text)).toMatchObject([{ summary: "Published one" }]);
    expect((await get(`/feeds/meetups/${rawId(draftId)}.ics`)).status).toBe(404);
    expect((await get("/feeds/meetups/0190a8c4-0000-7000-8000-000000000000.ics")).status).toBe(404);
    expect((await get("/feeds/meetups/not-an-id.ics")).status).toBe(404);
  });

  test.each([
    ["atom", "application/atom+xml; charset=utf-8"],
    ["rss", "application/rss+xml; charset=utf-8"],
    ["json", "application/feed+json; charset=utf-8"],
  ])("the upcoming meetups as %s", async (format, contentType) => {
    const response = await get(`/feeds/communities/${slug}.${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const text = await response.text();
    expect(text).toContain("Published one");
    expect(text).not.toContain("Secret draft");
    expect(text).not.toContain(joinUrl);
  });

  test("an unknown community or format is not found", async () => {
    expect((await get("/feeds/communities/nobody-here.ics")).status).toBe(404);
    expect((await get(`/feeds/communities/${slug}.pdf`)).status).toBe(404);
  });
});

describe("a member's private feed", () => {
  test("shows the join URL of the meetups the member is confirmed for, and only those", async () => {
    const bobsFeed = await get(new URL(await feedUrlOf(bob)).pathname);
    expect(bobsFeed.status).toBe(200);
    expect(bobsFeed.headers.get("cache-control")).toBe("private, no-cache");
    const bobsEvents = eventsOf(await bobsFeed.text());
    expect(bobsEvents).toHaveLength(1);
    expect(`${bobsEvents[0]?.description}\n${bobsEvents[0]?.location}`).toContain(joinUrl);

    // Waitlisted: the meetup is there, its join URL is not.
    const cysText = await (await get(new URL(await feedUrlOf(cy)).pathname)).text();
    expect(eventsOf(cysText)).toMatchObject([{ summary: "Published one" }]);
    expect(cysText).not.toContain(joinUrl);
  });

  test("the URL stays the same until reset; a reset makes the old one not found", async () => {
    const old = await feedUrlOf(bob);
    expect(await feedUrlOf(bob)).toBe(old);
    const reset = await client.query(
      "mutation { resetCalendarFeed { __typename ... on CalendarFeed { url } } }",
      bob,
    );
    const fresh = reset.resetCalendarFeed.url as string;
    expect(fresh).not.toBe(old);
    expect(await feedUrlOf(bob)).toBe(fresh);
    expect((await get(new URL(old).pathname)).status).toBe(404);
    expect((await get(new URL(fresh).pathname)).status).toBe(200);
  });

  test("an unknown token is not found; anonymous callers cannot reset", async () => {
    expect((await get(`/feeds/me/${"a".repeat(43)}.ics`)).status).toBe(404);
    expect((await get("/feeds/me/short.ics")).status).toBe(404);
    const reset = await client.query("mutation { resetCalendarFeed { __typename } }", undefined);
    expect(reset.resetCalendarFeed.__typename).toBe("NotSignedIn");
  });
});

describe("a private feed after the membership ends", () => {
  /** A member confirmed for a meetup of a community of their own, with their feed's path. */
  async function confirmedMember(name: string) {
    const person = await client.signIn(`${name}@example.com`);
    const { id: communityId } = await client.found(organiser, {
      name: `Feeds ${name}`,
      slug: `feeds-${name}`,
    });
    await client.join(person, communityId);
    const { id } = await client.schedule(organiser, meetupInput(communityId, { title: `Meetup of ${name}` }));
    await client.publish(organiser, id);
    await client.rsvp(person, id);
    const path = new URL(await feedUrlOf(person)).pathname;
    const before = eventsOf(await (await get(path)).text());
    expect(before).toMatchObject([{ summary: `Meetup of ${name}` }]);
    expect(`${before[0]?.description}\n${before[0]?.location}`).toContain(joinUrl);
    return { person, communityId, path };
  }

  test.each(["departed", "removed"])(
    "%s: the old feed URL is not found; the profile gives a new one, without the community's meetups",
    async (ending) => {
      const { person, communityId, path } = await confirmedMember(`ends-${ending}`);
      if (ending === "departed") await client.leave(person, communityId);
      else await client.onMember("removeMember", organiser, communityId, person.id);

      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(joinUrl);

      const newPath = new URL(await feedUrlOf(person)).pathname;
      expect(newPath).not.toBe(path);
      const renewed = await get(newPath);
      expect(renewed.status).toBe(200);
      const text = await renewed.text();
      expect(eventsOf(text)).toEqual([]);
      expect(text.replace(/\r\n[ \t]/g, "")).not.toContain(joinUrl);
    },
  );

  test("erased: the feed URL is not found", async () => {
    const { person, path } = await confirmedMember("ends-erased");
    await client.query("mutation { eraseMe { __typename } }", person);

    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(joinUrl);
  });
});
