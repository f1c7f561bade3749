import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { type Actor, actors, type Read, readVisibility, speakerReads } from "../testing/authorization-actors";
import { NotAnOrganiser } from "./errors";
import { community, type MeetupWorld, meetupInput, sqliteMeetupWorld } from "./test-world";

/**
 * Who sees what, read by read, asked of the queries themselves: the same rows and the same table as the
 * GraphQL read matrix (functions' graphql/read-authorization.test.ts), so that no delivery can show more.
 * One community: an organiser, a host and a member; three more RSVPed as members, then one left, one was
 * removed and one was erased. The organiser of another community is a stranger here.
 */
let world: MeetupWorld & { close(): void };
const erased = new Set<string>();
const viewers = {} as Record<Actor, string | undefined>;
let communityId: string;
let draftId: string;
let meetupId: string;

beforeAll(async () => {
  world = sqliteMeetupWorld({ members: { isErased: async (memberId) => erased.has(memberId) } });
  const cast = await community(world, 4);
  const [member, departed, removed, erasedMember] = cast.members as [string, string, string, string];
  const strangerOrganiser = newId();
  await world.communities.found({
    actor: strangerOrganiser,
    input: { name: "Elsewhere", slug: `elsewhere-${newId().slice(-12)}` },
  });
  Object.assign(viewers, {
    anonymous: undefined,
    member,
    strangerOrganiser,
    host: cast.host,
    organiser: cast.organiser,
    departed,
    removed,
    erased: erasedMember,
  });
  communityId = cast.communityId;
  const { organiser } = cast;
  draftId = (await world.meetups.schedule({ actor: organiser, input: meetupInput(communityId) })).meetupId;
  meetupId = (await world.meetups.schedule({ actor: organiser, input: meetupInput(communityId) })).meetupId;
  await world.meetups.publish({ actor: organiser, meetupId });
  for (const actor of [member, cast.host, organiser, departed, removed, erasedMember])
    await world.meetups.rsvp({ actor, meetupId });
  await world.communities.leave({ actor: departed, communityId });
  await world.communities.removeMember({ actor: organiser, communityId, memberId: removed });
  erased.add(erasedMember);
  await world.communities.endErasedMembership({
    communityId,
    memberId: erasedMember,
    actor: "system:erasure",
    cause: newId(),
  });
});
afterAll(() => world.close());

/** Whether the query answered: a refusal is `NotAnOrganiser`; anything else fails the test. */
const answers = (read: Promise<unknown>): Promise<boolean> =>
  read.then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotAnOrganiser) return false;
      throw error;
    },
  );

const reads: Partial<Record<Read, (viewerId: string | undefined) => Promise<boolean>>> = {
  publishedMeetup: async (viewerId) => (await world.meetups.byId(meetupId, viewerId)) !== undefined,
  draft: async (viewerId) => (await world.meetups.byIds([draftId], viewerId))[0] !== undefined,
  drafts: (viewerId) => answers(world.meetups.draftsOf(communityId, viewerId)),
  attendees: (viewerId) => answers(world.meetups.attendeesOf(meetupId, viewerId)),
  waitlist: (viewerId) => answers(world.meetups.waitlistOf(meetupId, viewerId)),
  timeline: (viewerId) => answers(world.meetups.timelineOf(meetupId, viewerId)),
  history: (viewerId) => answers(world.meetups.history(meetupId, viewerId)),
  communityHistory: (viewerId) => answers(world.meetups.historyOfCommunity(communityId, viewerId)),
  asOf: (viewerId) => answers(world.meetups.asOf(meetupId, "2026-05-01T10:00:00.000Z", viewerId)),
  joinUrl: async (viewerId) => (await world.meetups.joinUrlFor(meetupId, viewerId)) !== null,
  goingCount: async (viewerId) => (await world.meetups.guestListOf(meetupId, viewerId))?.people !== undefined,
  guestList: async (viewerId) =>
    ((await world.meetups.guestListOf(meetupId, viewerId))?.members ?? null) !== null,
  hosts: async (viewerId) => Array.isArray(await world.meetups.hostsOf(meetupId, viewerId)),
  members: (viewerId) => answers(world.communities.membersOf(communityId, viewerId)),
  pendingMembers: (viewerId) =>
    answers(world.communities.membersOf(communityId, viewerId, { pending: true })),
};

test("every read of the table is asked, here or by the speaker context's test", () => {
  const speakers: readonly string[] = speakerReads;
  expect(Object.keys(reads).sort()).toEqual(
    Object.keys(readVisibility)
      .filter((read) => !speakers.includes(read))
      .sort(),
  );
});

describe.each(Object.entries(reads))("%s", (read, visible) => {
  test.each(actors)("as %s", async (actor) => {
    expect(await visible(viewers[actor])).toBe(readVisibility[read as Read][actor]);
  });
});

test("a refused list is refused whole: no page reaches the viewer", async () => {
  await expect(world.meetups.attendeesOf(meetupId, viewers.member, { limit: 1 })).rejects.toBeInstanceOf(
    NotAnOrganiser,
  );
  expect((await world.meetups.rsvpsOf(undefined)).attendees).toEqual([]);
  expect(await world.meetups.viewerRsvp(meetupId, undefined)).toBeUndefined();
});
