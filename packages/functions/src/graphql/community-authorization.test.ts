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
import { startTestHost } from "../testing/test-host";
import { type CommunityClient, communityClient, communityFields, type Person } from "./community-test-client";

/**
 * Who may do what, mutation by mutation. Each case runs on a community of its own, set up the same way:
 * founded by the organiser (approving new members), with a member, a host, a target member and a
 * pending request; the organiser of another community is a stranger here. Three more were members and
 * are no longer: one left, one was removed, one was erased (a person of their own for each community).
 */
let host: LocalHost;
let client: CommunityClient;
const roles = [
  "member",
  "strangerOrganiser",
  "host",
  "organiser",
  "target",
  "requester",
  "departed",
  "removed",
] as const;
const people = {} as Record<(typeof roles)[number], Person>;
beforeAll(async () => {
  host = await startTestHost();
  client = communityClient(host.url);
  for (const role of roles) people[role] = await client.signIn(`${role.toLowerCase()}@example.com`);
  await client.found(people.strangerOrganiser, { name: "Elsewhere", slug: "elsewhere" });
});
afterAll(() => host.close());

let communities = 0;
async function freshCommunity(): Promise<{ id: string; slug: string; erased: Person }> {
  const slug = `authorization-${++communities}`;
  const { organiser, member, host: hostPerson, target, requester } = people;
  const { id } = await client.found(organiser, {
    name: `Authorization ${communities}`,
    slug,
    joinMode: "APPROVAL",
  });
  for (const person of [member, hostPerson, target, requester]) await client.join(person, id);
  for (const person of [member, hostPerson, target])
    await client.onMember("approveMembership", organiser, id, person.id);
  await client.onMember("appointHost", organiser, id, hostPerson.id);
  const { departed, removed } = people;
  const erased = await client.signIn(`erased-${communities}@example.com`);
  for (const person of [departed, removed, erased]) {
    await client.join(person, id);
    await client.onMember("approveMembership", organiser, id, person.id);
  }
  await endMemberships(client, organiser, id, { departed, removed, erased });
  return { id, slug, erased };
}

/** Everything a refused mutation could have changed, as the organiser sees it. */
const snapshot = async (slug: string) =>
  client.query(
    `query ($slug: String!) { community(slug: $slug) { ${communityFields}
      members(first: 100) { edges { node { role member { id } } } }
      requests: members(pending: true) { edges { node { member { id } } } } } }`,
    people.organiser,
    { slug },
  );

/** `MEMBER_ERASED`: the API refuses the request itself (HTTP 401), whatever the mutation. */
type Outcome =
  | "MEMBER_ERASED"
  | "Community"
  | "NotSignedIn"
  | "NotAnOrganiser"
  | "NotAMember"
  | "AlreadyAMember"
  | "LastOrganiser";

/** What an organiser-only mutation answers each actor. */
const organisersOnly: Record<Actor, Outcome> = {
  anonymous: "NotSignedIn",
  member: "NotAnOrganiser",
  strangerOrganiser: "NotAnOrganiser",
  host: "NotAnOrganiser",
  organiser: "Community",
  departed: "NotAnOrganiser",
  removed: "NotAnOrganiser",
  erased: "MEMBER_ERASED",
};

const cases: {
  mutation: string;
  expected: Record<Actor, Outcome>;
  run: (
    person: Person | undefined,
    community: { id: string; slug: string },
  ) => Promise<{ __typename: string }>;
}[] = [
  {
    mutation: "foundCommunity",
    expected: {
      ...organisersOnly,
      member: "Community",
      strangerOrganiser: "Community",
      host: "Community",
      departed: "Community",
      removed: "Community",
    },
    run: (person, community) => client.found(person, { name: "Another one", slug: `${community.slug}-new` }),
  },
  {
    mutation: "editCommunity",
    expected: organisersOnly,
    run: (person, community) =>
      client.edit(person, community.id, { name: "Renamed", slug: `${community.slug}-renamed` }),
  },
  {
    mutation: "joinCommunity",
    expected: {
      anonymous: "NotSignedIn",
      member: "AlreadyAMember",
      strangerOrganiser: "Community",
      host: "AlreadyAMember",
      organiser: "AlreadyAMember",
      // Leaving or being removed ends a membership, not the right to ask again.
      departed: "Community",
      removed: "Community",
      erased: "MEMBER_ERASED",
    },
    run: (person, community) => client.join(person, community.id),
  },
  {
    mutation: "leaveCommunity",
    expected: {
      anonymous: "NotSignedIn",
      member: "Community",
      strangerOrganiser: "NotAMember",
      host: "Community",
      organiser: "LastOrganiser",
      departed: "NotAMember",
      removed: "NotAMember",
      erased: "MEMBER_ERASED",
    },
    run: (person, community) => client.leave(person, community.id),
  },
  {
    mutation: "approveMembership",
    expected: organisersOnly,
    run: (person, community) =>
      client.onMember("approveMembership", person, community.id, people.requester.id),
  },
  {
    mutation: "declineMembership",
    expected: organisersOnly,
    run: (person, community) =>
      client.onMember("declineMembership", person, community.id, people.requester.id),
  },
  {
    mutation: "removeMember",
    expected: organisersOnly,
    run: (person, community) => client.onMember("removeMember", person, community.id, people.target.id),
  },
  {
    mutation: "appointOrganiser",
    expected: organisersOnly,
    run: (person, community) => client.onMember("appointOrganiser", person, community.id, people.target.id),
  },
  {
    mutation: "appointHost",
    expected: organisersOnly,
    run: (person, community) => client.onMember("appointHost", person, community.id, people.target.id),
  },
  {
    mutation: "revokeRole",
    expected: organisersOnly,
    run: (person, community) => client.onMember("revokeRole", person, community.id, people.host.id),
  },
];

describe.each(cases)("$mutation", ({ expected, run }) => {
  test.each(actors)("as %s", async (actor) => {
    const community = await freshCommunity();
    const before = await snapshot(community.slug);

    const answer = run(personOf(actor, people, community.erased), community);
    const outcome = await outcomeOf(answer);
    const message = await rejectionMessageOf(answer);

    expect(outcome).toBe(expected[actor]);
    // A rejection says what happened in plain words, without ids (#11: the web app shows it as it is).
    if (message !== undefined) expect(message).not.toMatch(idPattern);
    // A refusal changes nothing at all.
    if (expected[actor] !== "Community") expect(await snapshot(community.slug)).toEqual(before);
  });
});

describe("an erased member", () => {
  test("is no longer listed or counted, and takes no role", async () => {
    const community = await freshCommunity();
    const { organiser } = people;
    const seen = (await snapshot(community.slug)).community;
    const listed = seen.members.edges.map(
      (edge: { node: { member: { id: string } | null } }) => edge.node.member?.id,
    );
    expect(listed).not.toContain(community.erased.id);
    // The organiser, the host, the member and the target: those who left, were removed or erased are gone.
    expect(seen.memberCount).toBe(4);

    for (const mutation of ["appointHost", "appointOrganiser"] as const)
      expect((await client.onMember(mutation, organiser, community.id, community.erased.id)).__typename).toBe(
        "NotAMember",
      );
    const after = (await snapshot(community.slug)).community;
    expect(after).toEqual(seen);
    expect(after.hosts.map((host: { id: string }) => host.id)).not.toContain(community.erased.id);
  });

  test("has their pending request ended, and cannot be approved", async () => {
    const community = await freshCommunity();
    const asking = await client.signIn(`erased-asking-${communities}@example.com`);
    await client.join(asking, community.id);
    await client.query("mutation { eraseMe { __typename } }", asking);

    const seen = (await snapshot(community.slug)).community;
    const requests = seen.requests.edges.map(
      (edge: { node: { member: { id: string } | null } }) => edge.node.member?.id,
    );
    expect(requests).not.toContain(asking.id);
    expect(
      (await client.onMember("approveMembership", people.organiser, community.id, asking.id)).__typename,
    ).toBe("NoPendingRequest");
    expect((await snapshot(community.slug)).community).toEqual(seen);
  });
});
