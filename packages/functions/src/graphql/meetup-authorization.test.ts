import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import {
  type Actor,
  actors,
  endMemberships,
  idPattern,
  outcomeOf,
  personOf,
  rejectionMessageOf,
} from "../testing/authorization-actors";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type MeetupClient, meetupClient, meetupInput, minutesFromNow } from "./meetup-test-client";

/**
 * Who may do what, meetup mutation by mutation. Each case runs on a community of its own, set up the same
 * way: founded by the organiser, with a member, a host and a target member; a draft, a published meetup
 * the member, host, organiser and target have RSVPed to, a published meetup no one has RSVPed to yet, and a
 * full one where the organiser holds the only seat and the target waits.
 * The organiser of another community is a stranger here. Three more RSVPed and then stopped being
 * members: one left, one was removed, one was erased (a person of their own for each community).
 */
let host: LocalHost;
let client: MeetupClient;
const people = {} as Record<
  "member" | "strangerOrganiser" | "host" | "organiser" | "target" | "departed" | "removed",
  Person
>;
beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  for (const role of [
    "member",
    "strangerOrganiser",
    "host",
    "organiser",
    "target",
    "departed",
    "removed",
  ] as const)
    people[role] = await client.signIn(`${role.toLowerCase()}@example.com`);
  await client.found(people.strangerOrganiser, { name: "Elsewhere", slug: "elsewhere" });
});
afterAll(() => host.close());

interface Setting {
  communityId: string;
  slug: string;
  draftId: string;
  /** Published; the member, host, organiser and target have RSVPed. */
  meetupId: string;
  /** Published; no RSVPs. */
  openMeetupId: string;
  /** Published, one seat: the organiser holds it, the target is waitlisted. */
  fullMeetupId: string;
  /** RSVPed to `meetupId` as a member, then erased. */
  erased: Person;
}

let communities = 0;
async function freshSetting(): Promise<Setting> {
  const slug = `meetup-authorization-${++communities}`;
  const { organiser, member, host: hostPerson, target } = people;
  const { id: communityId } = await client.found(organiser, {
    name: `Meetup authorization ${communities}`,
    slug,
  });
  for (const person of [member, hostPerson, target]) await client.join(person, communityId);
  await client.onMember("appointHost", organiser, communityId, hostPerson.id);
  const scheduled = async () =>
    (await client.schedule(organiser, meetupInput(communityId, { capacity: 10 }))).id;
  const [draftId, meetupId, openMeetupId] = [await scheduled(), await scheduled(), await scheduled()];
  await client.publish(organiser, meetupId);
  await client.publish(organiser, openMeetupId);
  const { id: fullMeetupId } = await client.schedule(organiser, meetupInput(communityId, { capacity: 1 }));
  await client.publish(organiser, fullMeetupId);
  for (const person of [organiser, target]) await client.rsvp(person, fullMeetupId);
  for (const person of [member, hostPerson, organiser, target]) await client.rsvp(person, meetupId);
  const { departed, removed } = people;
  const erased = await client.signIn(`erased-${communities}@example.com`);
  for (const person of [departed, removed, erased]) {
    await client.join(person, communityId);
    await client.rsvp(person, meetupId);
  }
  await endMemberships(client, organiser, communityId, { departed, removed, erased });
  return { communityId, slug, draftId, meetupId, openMeetupId, fullMeetupId, erased };
}

/** Everything a refused mutation could have changed, as the organiser sees it. */
const snapshot = async (setting: Setting) => ({
  drafts: await client.query(
    `query ($slug: String!) { community(slug: $slug) { draftMeetups(first: 10) { edges { node { id } } } } }`,
    people.organiser,
    { slug: setting.slug },
  ),
  meetups: await Promise.all(
    [setting.draftId, setting.meetupId, setting.openMeetupId, setting.fullMeetupId].map((meetupId) =>
      client.meetup(
        people.organiser,
        meetupId,
        "history { version } attendees(first: 10) { edges { node { member { id } status guests checkedIn } } }",
      ),
    ),
  ),
});

/** `MEMBER_ERASED`: the API refuses the request itself (HTTP 401), whatever the mutation. */
type Outcome = "Meetup" | "NotSignedIn" | "NotAnOrganiser" | "NotAMember" | "NoRsvp" | "MEMBER_ERASED";

/** What an organiser-only mutation answers each actor. */
const organisersOnly: Record<Actor, Outcome> = {
  anonymous: "NotSignedIn",
  member: "NotAnOrganiser",
  strangerOrganiser: "NotAnOrganiser",
  host: "NotAnOrganiser",
  organiser: "Meetup",
  departed: "NotAnOrganiser",
  removed: "NotAnOrganiser",
  erased: "MEMBER_ERASED",
};

const cases: {
  mutation: string;
  expected: Record<Actor, Outcome>;
  /** What the setting needs before the mutation, done by the organiser. */
  prepare?: (setting: Setting) => Promise<unknown>;
  run: (person: Person | undefined, setting: Setting) => Promise<{ __typename: string }>;
}[] = [
  {
    mutation: "scheduleMeetup",
    expected: organisersOnly,
    run: (person, setting) => client.schedule(person, meetupInput(setting.communityId)),
  },
  {
    mutation: "publishMeetup",
    expected: organisersOnly,
    run: (person, setting) => client.publish(person, setting.draftId),
  },
  {
    mutation: "editMeetup",
    expected: organisersOnly,
    run: (person, setting) => client.edit(person, setting.meetupId, { title: "Renamed" }),
  },
  {
    mutation: "rescheduleMeetup",
    expected: organisersOnly,
    run: (person, setting) =>
      client.reschedule(person, setting.meetupId, {
        timeZone: "Europe/Paris",
        startsAt: minutesFromNow(90),
        endsAt: minutesFromNow(200),
      }),
  },
  {
    mutation: "changeMeetupCapacity",
    expected: organisersOnly,
    run: (person, setting) => client.changeCapacity(person, setting.meetupId, 20),
  },
  {
    mutation: "cancelMeetup",
    expected: organisersOnly,
    run: (person, setting) => client.cancel(person, setting.meetupId, "Sorry."),
  },
  {
    mutation: "rsvp",
    expected: {
      anonymous: "NotSignedIn",
      member: "Meetup",
      strangerOrganiser: "NotAMember",
      host: "Meetup",
      organiser: "Meetup",
      departed: "NotAMember",
      removed: "NotAMember",
      erased: "MEMBER_ERASED",
    },
    run: (person, setting) => client.rsvp(person, setting.openMeetupId),
  },
  {
    mutation: "cancelRsvp",
    expected: {
      anonymous: "NotSignedIn",
      member: "Meetup",
      strangerOrganiser: "NoRsvp",
      host: "Meetup",
      organiser: "Meetup",
      // Their RSVP was released when their membership ended: there is nothing left to cancel.
      departed: "NoRsvp",
      removed: "NoRsvp",
      erased: "MEMBER_ERASED",
    },
    run: (person, setting) => client.cancelRsvp(person, setting.meetupId),
  },
  {
    mutation: "changeRsvp",
    expected: {
      anonymous: "NotSignedIn",
      member: "Meetup",
      strangerOrganiser: "NotAMember",
      host: "Meetup",
      organiser: "Meetup",
      // A changed RSVP may take seats, as an RSVP does: only members change theirs.
      departed: "NotAMember",
      removed: "NotAMember",
      erased: "MEMBER_ERASED",
    },
    run: (person, setting) => client.changeRsvp(person, setting.meetupId, { guests: 1, listed: true }),
  },
  {
    mutation: "removeRsvp",
    expected: organisersOnly,
    run: (person, setting) => client.removeRsvp(person, setting.meetupId, people.target.id),
  },
  {
    mutation: "promoteFromWaitlist",
    expected: organisersOnly,
    run: (person, setting) =>
      client.promoteFromWaitlist(person, setting.fullMeetupId, people.target.id, { overCapacity: true }),
  },
  {
    mutation: "checkIn",
    expected: { ...organisersOnly, host: "Meetup" },
    run: (person, setting) => client.checkIn(person, setting.meetupId, people.target.id),
  },
  {
    mutation: "checkInGuests",
    expected: { ...organisersOnly, host: "Meetup" },
    run: (person, setting) => client.checkInGuests(person, setting.meetupId, people.target.id, 0),
  },
  {
    mutation: "undoCheckIn",
    expected: { ...organisersOnly, host: "Meetup" },
    prepare: (setting) => client.checkIn(people.organiser, setting.meetupId, people.target.id),
    run: (person, setting) => client.undoCheckIn(person, setting.meetupId, people.target.id),
  },
];

describe.each(cases)("$mutation", ({ expected, prepare, run }) => {
  test.each(actors)("as %s", async (actor) => {
    const setting = await freshSetting();
    await prepare?.(setting);
    const before = await snapshot(setting);

    const answer = run(personOf(actor, people, setting.erased), setting);
    const outcome = await outcomeOf(answer);
    const message = await rejectionMessageOf(answer);

    expect(outcome).toBe(expected[actor]);
    // A rejection says what happened in plain words, without ids (#11: the web app shows it as it is).
    if (message !== undefined) expect(message).not.toMatch(idPattern);
    // A refusal changes nothing at all.
    if (expected[actor] !== "Meetup") expect(await snapshot(setting)).toEqual(before);
  });
});

describe("rejections read as plain words", () => {
  test("a stranger's RSVP and cancellation, and an organiser checking in a stranger", async () => {
    const setting = await freshSetting();
    const { strangerOrganiser, organiser } = people;
    expect(await client.rsvp(strangerOrganiser, setting.openMeetupId)).toMatchObject({
      code: "NOT_A_MEMBER",
      message: "You are not a member of this community.",
    });
    expect(await client.cancelRsvp(strangerOrganiser, setting.meetupId)).toMatchObject({
      code: "NO_RSVP",
      message: "You have no RSVP to this meetup.",
    });
    expect(await client.checkIn(organiser, setting.meetupId, strangerOrganiser.id)).toMatchObject({
      code: "NO_RSVP",
      message: "That member has no RSVP to this meetup.",
    });
  });
});

describe("what a member reaches ends with their membership", () => {
  type Ending = "departed" | "removed" | "erased";
  const endings: { ending: Ending; status: string }[] = [
    { ending: "departed", status: "CANCELLED" },
    { ending: "removed", status: "REMOVED" },
    { ending: "erased", status: "CANCELLED" },
  ];
  const joinUrl = meetupInput("").joinUrl;
  /** The feed's text with iCalendar's folded lines joined again (RFC 5545: lines fold at 75 octets). */
  const feedText = async (response: Response) => (await response.text()).replace(/\r\n[ \t]/g, "");

  test.each(endings)(
    "$ending: no join URL by query, private feed 404, the seat goes to the waitlist",
    async ({ ending, status }) => {
      const { organiser } = people;
      const leaving = await client.signIn(`ending-${ending}@example.com`);
      const waiting = await client.signIn(`waiting-${ending}@example.com`);
      const { id: communityId } = await client.found(organiser, {
        name: `Membership ends: ${ending}`,
        slug: `membership-ends-${ending}`,
      });
      for (const person of [leaving, waiting]) await client.join(person, communityId);
      const { id: meetupId } = await client.schedule(organiser, meetupInput(communityId, { capacity: 2 }));
      await client.publish(organiser, meetupId);
      await client.rsvp(leaving, meetupId, 1);
      await client.rsvp(waiting, meetupId);
      const feedUrl = (await client.query("{ me { calendarFeedUrl } }", leaving)).me
        .calendarFeedUrl as string;
      // Before: the member reads the link everywhere, and the waitlist is full.
      expect((await client.meetup(leaving, meetupId)).joinUrl).toBe(joinUrl);
      expect(await feedText(await fetch(feedUrl))).toContain(joinUrl);
      expect((await client.meetup(waiting, meetupId)).viewerRsvp.status).toBe("WAITLISTED");

      if (ending === "departed") await client.leave(leaving, communityId);
      if (ending === "removed") await client.onMember("removeMember", organiser, communityId, leaving.id);
      if (ending === "erased") await client.query("mutation { eraseMe { __typename } }", leaving);

      const feed = await fetch(feedUrl);
      if (ending === "erased") {
        const refused = await graphqlRequest(host.url, "query ($id: ID!) { meetup(id: $id) { joinUrl } }", {
          token: leaving.token,
          variables: { id: meetupId },
        });
        expect(refused.status).toBe(401);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe("MEMBER_ERASED");
        expect(refused.body.data ?? null).toBeNull();
        expect(feed.status).toBe(404);
        expect(await feedText(feed)).not.toContain(joinUrl);
      } else {
        const seen = await client.meetup(leaving, meetupId);
        expect(seen.joinUrl).toBeNull();
        expect(seen.viewerRsvp.status).toBe(status);
        // The old private feed URL ends with the membership; the profile gives a new one that works.
        expect(feed.status).toBe(404);
        expect(await feedText(feed)).not.toContain(joinUrl);
        const newFeedUrl = (await client.query("{ me { calendarFeedUrl } }", leaving)).me
          .calendarFeedUrl as string;
        expect(newFeedUrl).not.toBe(feedUrl);
        const renewed = await fetch(newFeedUrl);
        expect(renewed.status).toBe(200);
        expect(await feedText(renewed)).not.toContain(joinUrl);
      }

      const asOrganiser = await client.meetup(
        organiser,
        meetupId,
        "attendees(first: 10) { edges { node { member { id } status guests } } }",
      );
      const statusOf = (person: Person) =>
        asOrganiser.attendees.edges.find(
          (edge: { node: { member: { id: string } | null } }) => edge.node.member?.id === person.id,
        )?.node.status;
      expect(statusOf(leaving)).toBe(status);
      expect(statusOf(waiting)).toBe("CONFIRMED");
      expect(asOrganiser).toMatchObject({ confirmedSeats: 1, waitlistLength: 0 });
      // The member who waited has the seat, and the link with it.
      expect((await client.meetup(waiting, meetupId)).joinUrl).toBe(joinUrl);
    },
  );
});
