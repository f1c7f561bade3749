import { type Read, readVisibility } from "@meetstream/core/testing/authorization-actors";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { actors, endMemberships, type People, personOf } from "../testing/authorization-actors";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { type MeetupClient, meetupClient, meetupInput } from "./meetup-test-client";

/**
 * Who sees what, read by read, over GraphQL: the rows and the table are core's, whose queries answer the
 * same matrix (core's meetup/queries.authorization.test.ts). A read someone may not see is null. One
 * community: an organiser, a host and a member; three more RSVPed as members, then one left, one was
 * removed and one was erased. The organiser of another community is a stranger here.
 */
let host: LocalHost;
let client: MeetupClient;
const people = {} as People;
let erased: Person;
let slug: string;
let draftId: string;
let meetupId: string;

beforeAll(async () => {
  host = await startTestHost();
  client = meetupClient(host.url);
  for (const role of ["member", "strangerOrganiser", "host", "organiser", "departed", "removed"] as const)
    people[role] = await client.signIn(`${role.toLowerCase()}@example.com`);
  erased = await client.signIn("erased@example.com");
  await client.found(people.strangerOrganiser, { name: "Elsewhere", slug: "elsewhere" });
  slug = "read-authorization";
  const { organiser, member, departed, removed } = people;
  const { id: communityId } = await client.found(organiser, { name: "Read authorization", slug });
  for (const person of [member, people.host, departed, removed, erased])
    await client.join(person, communityId);
  await client.onMember("appointHost", organiser, communityId, people.host.id);
  draftId = (await client.schedule(organiser, meetupInput(communityId))).id;
  meetupId = (await client.schedule(organiser, meetupInput(communityId))).id;
  await client.publish(organiser, meetupId);
  for (const person of [member, people.host, organiser, departed, removed, erased])
    await client.rsvp(person, meetupId);
  await endMemberships(client, organiser, communityId, { departed, removed, erased });
  // Two speakers, neither among the actors: one published, one still without a headline.
  for (const [handle, headline] of [
    ["published-speaker", "Compilers, gently"],
    ["unpublished-speaker", ""],
  ] as const) {
    const speaker = await client.signIn(`${handle}@example.com`);
    const written = await graphqlRequest(
      host.url,
      `mutation ($handle: String!, $headline: String!) {
        updateProfile(input: { handle: $handle }) { __typename }
        updateSpeakerProfile(input: { headline: $headline, bio: "Talks." }) { __typename }
      }`,
      { token: speaker.token, variables: { handle, headline } },
    );
    expect(written.body.data).toEqual({
      updateProfile: { __typename: "Member" },
      updateSpeakerProfile: { __typename: "SpeakerProfile" },
    });
  }
});
afterAll(() => host.close());

const onMeetup = (fields: string, id = () => meetupId) => ({
  text: `query ($id: ID!) { meetup(id: $id) { id ${fields} } }`,
  variables: () => ({ id: id() }),
});

const onCommunity = (fields: string) => ({
  text: `query ($slug: String!) { community(slug: $slug) { id ${fields} } }`,
  variables: () => ({ slug }),
});

const onSpeaker = (handle: string) => ({
  text: `query ($handle: String!) { speakerProfile(handle: $handle) { headline talks { title } } }`,
  variables: () => ({ handle }),
});

/** Each read as one query, and whether the viewer got an answer (not null). */
const reads: Record<Read, { text: string; variables: () => Record<string, unknown>; field?: string }> = {
  publishedMeetup: onMeetup(""),
  draft: onMeetup("", () => draftId),
  drafts: { ...onCommunity("draftMeetups(first: 10) { edges { node { id } } }"), field: "draftMeetups" },
  attendees: { ...onMeetup("attendees(first: 10) { edges { node { status } } }"), field: "attendees" },
  waitlist: { ...onMeetup("waitlist { position }"), field: "waitlist" },
  timeline: { ...onMeetup("timeline { __typename }"), field: "timeline" },
  history: { ...onMeetup("history { version }"), field: "history" },
  communityHistory: { ...onCommunity("history(first: 10) { edges { node { summary } } }"), field: "history" },
  asOf: {
    ...onMeetup(`asOf(instant: "${new Date(Date.now() + 60_000).toISOString()}") { title }`),
    field: "asOf",
  },
  joinUrl: { ...onMeetup("joinUrl"), field: "joinUrl" },
  goingCount: { ...onMeetup("going { count }"), field: "going" },
  guestList: { ...onMeetup("going { members { id } }"), field: "going.members" },
  hosts: { ...onMeetup("hosts { role }"), field: "hosts" },
  members: { ...onCommunity("members(first: 10) { edges { node { role } } }"), field: "members" },
  pendingMembers: {
    ...onCommunity("members(pending: true) { edges { node { role } } }"),
    field: "members",
  },
  speakerProfile: onSpeaker("published-speaker"),
  unpublishedSpeakerProfile: onSpeaker("unpublished-speaker"),
};

describe.each(Object.entries(reads))("%s", (read, { text, variables, field }) => {
  test.each(actors.filter((actor) => actor !== "erased"))("as %s", async (actor) => {
    const data = await client.query(text, personOf(actor, people, erased), variables());
    // The one root field asked for: the meetup, the community or the speaker profile.
    const parent = (Object.values(data)[0] ?? null) as Record<string, unknown> | null;
    // A dotted field is read down its path: `going.members` is null inside a `going` that answers.
    const value = field
      ?.split(".")
      .reduce<unknown>((found, name) => (found as Record<string, unknown> | null)?.[name] ?? null, parent);
    const answered = parent !== null && (field === undefined || value !== null);
    expect(answered).toBe(readVisibility[read as Read][actor]);
  });

  // The API refuses an erased member's token before any read: whatever core would answer them.
  test("as erased: the request is refused whole", async () => {
    const refused = await graphqlRequest(host.url, text, { token: erased.token, variables: variables() });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("MEMBER_ERASED");
  });
});
