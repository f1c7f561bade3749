import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type MeetupClient, meetupClient, meetupInput, minutesFromNow } from "./meetup-test-client";

/**
 * Who may do what, meetup mutation by mutation. Each case runs on a community of its own, set up the same
 * way: founded by the organiser, with a member, a host and a target member; a draft, a published meetup
 * the member, host, organiser and target have RSVPed to, and a published meetup no one has RSVPed to yet.
 * The organiser of another community is a stranger here.
 */
let host: LocalHost;
let client: MeetupClient;
const people = {} as Record<"member" | "strangerOrganiser" | "host" | "organiser" | "target", Person>;
beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  for (const role of ["member", "strangerOrganiser", "host", "organiser", "target"] as const)
    people[role] = await client.signIn(`${role.toLowerCase()}@example.com`);
  await client.found(people.strangerOrganiser, { name: "Elsewhere", slug: "elsewhere" });
});
afterAll(() => host.close());

type Actor = "anonymous" | "member" | "strangerOrganiser" | "host" | "organiser";
const actors: Actor[] = ["anonymous", "member", "strangerOrganiser", "host", "organiser"];
const personOf = (actor: Actor): Person | undefined => (actor === "anonymous" ? undefined : people[actor]);

interface Setting {
  communityId: string;
  slug: string;
  draftId: string;
  /** Published; the member, host, organiser and target have RSVPed. */
  meetupId: string;
  /** Published; no RSVPs. */
  openMeetupId: string;
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
  for (const person of [member, hostPerson, organiser, target]) await client.rsvp(person, meetupId);
  return { communityId, slug, draftId, meetupId, openMeetupId };
}

/** Everything a refused mutation could have changed, as the organiser sees it. */
const snapshot = async (setting: Setting) => ({
  drafts: await client.query(
    `query ($slug: String!) { community(slug: $slug) { draftMeetups(first: 10) { edges { node { id } } } } }`,
    people.organiser,
    { slug: setting.slug },
  ),
  meetups: await Promise.all(
    [setting.draftId, setting.meetupId, setting.openMeetupId].map((meetupId) =>
      client.meetup(
        people.organiser,
        meetupId,
        "history { version } attendees(first: 10) { edges { node { member { id } status guests checkedIn } } }",
      ),
    ),
  ),
});

type Outcome = "Meetup" | "NotSignedIn" | "NotAnOrganiser" | "NotAMember" | "NoRsvp";

/** What an organiser-only mutation answers each actor. */
const organisersOnly: Record<Actor, Outcome> = {
  anonymous: "NotSignedIn",
  member: "NotAnOrganiser",
  strangerOrganiser: "NotAnOrganiser",
  host: "NotAnOrganiser",
  organiser: "Meetup",
};

const cases: {
  mutation: string;
  expected: Record<Actor, Outcome>;
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
    },
    run: (person, setting) => client.cancelRsvp(person, setting.meetupId),
  },
  {
    mutation: "removeRsvp",
    expected: organisersOnly,
    run: (person, setting) => client.removeRsvp(person, setting.meetupId, people.target.id),
  },
  {
    mutation: "checkIn",
    expected: { ...organisersOnly, host: "Meetup" },
    run: (person, setting) => client.checkIn(person, setting.meetupId, people.target.id),
  },
];

describe.each(cases)("$mutation", ({ expected, run }) => {
  test.each(actors)("as %s", async (actor) => {
    const setting = await freshSetting();
    const before = await snapshot(setting);

    const result = await run(personOf(actor), setting);

    expect(result.__typename).toBe(expected[actor]);
    // A refusal changes nothing at all.
    if (expected[actor] !== "Meetup") expect(await snapshot(setting)).toEqual(before);
  });
});
