import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import { type CommunityClient, communityClient, communityFields, type Person } from "./community-test-client";

let host: LocalHost;
let client: CommunityClient;
let ann: Person;
let bob: Person;
beforeAll(async () => {
  host = await startTestHost();
  client = communityClient(host.url);
  [ann, bob] = await Promise.all([client.signIn("ann@example.com"), client.signIn("bob@example.com")]);
});
afterAll(() => host.close());

let slugs = 0;
const freshSlug = () => `community-${++slugs}`;

const bySlug = async (slug: string, person?: Person) =>
  (
    await client.query(`query ($slug: String!) { community(slug: $slug) { ${communityFields} } }`, person, {
      slug,
    })
  ).community;

const pendingOf = async (slug: string, person: Person) =>
  (
    await client.query(
      `query ($slug: String!) { community(slug: $slug) {
        members(pending: true) { edges { node { role member { id } } } } } }`,
      person,
      { slug },
    )
  ).community.members;

describe("founding and reading communities", () => {
  test("the description comes as its Markdown source and as safe HTML, in the answer and when read", async () => {
    const slug = freshSlug();
    const description = "We write **Rust**. <script>alert(1)</script>";
    const html = "<p>We write <strong>Rust</strong>. &lt;script&gt;alert(1)&lt;/script&gt;</p>";
    const founded = await client.query(
      `mutation ($input: FoundCommunityInput!) {
        foundCommunity(input: $input) { ... on Community { description descriptionHtml } } }`,
      ann,
      { input: { name: "Rust Leiden", slug, description } },
    );
    expect(founded.foundCommunity).toEqual({ description, descriptionHtml: html });
    const read = await client.query(
      "query ($slug: String!) { community(slug: $slug) { description descriptionHtml } }",
      undefined,
      { slug },
    );
    expect(read.community).toEqual({ description, descriptionHtml: html });
  });

  test("a member founds a community and organises it; anyone finds it by slug and in the list", async () => {
    const slug = freshSlug();
    const founded = await client.found(ann, {
      name: "Rust Berlin",
      slug,
      description: "We write **Rust**.",
      tags: ["rust", "berlin"],
    });

    expect(founded).toMatchObject({
      __typename: "Community",
      slug,
      name: "Rust Berlin",
      joinMode: "OPEN",
      memberCount: 1,
      viewerRole: "ORGANISER",
      organisers: [{ id: ann.id }],
      hosts: [],
    });
    expect(await bySlug(slug)).toMatchObject({
      id: founded.id,
      viewerRole: null,
      description: "We write **Rust**.",
    });
    const { communities } = await client.query(
      "{ communities(first: 100) { edges { cursor node { slug } } pageInfo { hasNextPage } } }",
      undefined,
    );
    expect(communities.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toContain(slug);
    const me = await client.query(
      "{ me { organises { slug } communities { role community { slug } } } }",
      ann,
    );
    expect(me.me.organises).toContainEqual({ slug });
    expect(me.me.communities).toContainEqual({ role: "ORGANISER", community: { slug } });
  });

  test("communities page forward with cursors", async () => {
    for (let count = 0; count < 3; count++)
      await client.found(ann, { name: `Paging ${count}`, slug: freshSlug() });
    const first = await client.query(
      "{ communities(first: 2) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }",
      undefined,
    );
    const next = await client.query(
      "query ($after: String) { communities(first: 2, after: $after) { edges { node { name } } } }",
      undefined,
      { after: first.communities.pageInfo.endCursor },
    );

    expect(first.communities.pageInfo.hasNextPage).toBe(true);
    expect(next.communities.edges).toHaveLength(2);
    expect(next.communities.edges[0].node.name).not.toBe(first.communities.edges[1].node.name);
  });

  test("a cursor the list never gave out is BAD_USER_INPUT", async () => {
    const { body } = await graphqlRequest(host.url, '{ communities(after: "%%%") { edges { cursor } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("an unknown slug is null", async () => {
    expect(await bySlug("no-such-community")).toBeNull();
  });
});

describe("bad input is a typed rejection, and nothing is written", () => {
  test("a taken slug is SlugTaken", async () => {
    const slug = freshSlug();
    await client.found(ann, { name: "First", slug });

    expect(await client.found(bob, { name: "Second", slug })).toMatchObject({
      __typename: "SlugTaken",
      code: "SLUG_TAKEN",
      takenSlug: slug,
    });
    expect(await bySlug(slug)).toMatchObject({ name: "First" });
  });

  test("an invalid slug, a too-long name and bad tags are InvalidCommunity, saying where", async () => {
    const result = await client.found(ann, {
      name: "n".repeat(81),
      slug: "Not A Slug",
      tags: ["fine", "Bad Tag", "x"],
    });

    expect(result).toMatchObject({ __typename: "InvalidCommunity", code: "INVALID_COMMUNITY" });
    expect(result.issues.map((issue: { path: string[] }) => issue.path)).toEqual(
      expect.arrayContaining([["name"], ["slug"], ["tags", "1"], ["tags", "2"]]),
    );
    expect(await bySlug("not-a-slug")).toBeNull();
  });

  test("editing with bad details changes nothing", async () => {
    const slug = freshSlug();
    const community = await client.found(ann, { name: "Steady", slug });

    expect(await client.edit(ann, community.id, { name: "no", tags: ["UPPER"] })).toMatchObject({
      __typename: "InvalidCommunity",
    });
    expect(await bySlug(slug)).toMatchObject({ name: "Steady", tags: [] });
  });
});

describe("membership", () => {
  test("an approving community: join asks, the organiser sees the request and approves it", async () => {
    const slug = freshSlug();
    const community = await client.found(ann, { name: "Careful Club", slug, joinMode: "APPROVAL" });

    expect(await client.join(bob, community.id)).toMatchObject({ viewerRole: "PENDING", memberCount: 1 });
    expect(await pendingOf(slug, bob)).toBeNull();
    expect((await pendingOf(slug, ann)).edges).toEqual([
      { node: { role: "PENDING", member: { id: bob.id } } },
    ]);
    expect(await client.onMember("approveMembership", ann, community.id, bob.id)).toMatchObject({
      memberCount: 2,
    });
    expect(await bySlug(slug, bob)).toMatchObject({ viewerRole: "MEMBER" });
    expect(await client.onMember("approveMembership", ann, community.id, ann.id)).toMatchObject({
      __typename: "Community",
    });
  });

  test("a declined request is gone; declining again is NoPendingRequest", async () => {
    const community = await client.found(ann, { name: "Choosy", slug: freshSlug(), joinMode: "APPROVAL" });
    await client.join(bob, community.id);

    expect(await client.onMember("declineMembership", ann, community.id, bob.id)).toMatchObject({
      memberCount: 1,
    });
    expect(await client.onMember("declineMembership", ann, community.id, bob.id)).toMatchObject({
      __typename: "NoPendingRequest",
      code: "NO_PENDING_REQUEST",
    });
  });

  test("an open community: join, join again, leave, leave again", async () => {
    const community = await client.found(ann, { name: "Open House", slug: freshSlug() });

    expect(await client.join(bob, community.id)).toMatchObject({ viewerRole: "MEMBER", memberCount: 2 });
    expect(await client.join(bob, community.id)).toMatchObject({ __typename: "AlreadyAMember" });
    expect(await client.leave(bob, community.id)).toMatchObject({ viewerRole: null, memberCount: 1 });
    expect(await client.leave(bob, community.id)).toMatchObject({ __typename: "NotAMember" });
    expect(await client.leave(ann, community.id)).toMatchObject({ __typename: "LastOrganiser" });
  });

  test("an unknown community is CommunityNotFound", async () => {
    const community = await client.found(ann, { name: "Short Lived", slug: freshSlug() });
    const unknown = Buffer.from("Community:0190a000-0000-7000-8000-000000000000").toString("base64");
    expect(community.id).not.toBe(unknown);
    expect(await client.join(bob, unknown)).toMatchObject({ __typename: "CommunityNotFound" });
  });
});

describe("roles", () => {
  test("organisers appoint organisers and hosts; the last organiser stays", async () => {
    const community = await client.found(ann, { name: "Role Play", slug: freshSlug() });
    await client.join(bob, community.id);

    expect(await client.onMember("appointHost", ann, community.id, bob.id)).toMatchObject({
      hosts: [{ id: bob.id }],
    });
    expect(await client.onMember("appointOrganiser", bob, community.id, bob.id)).toMatchObject({
      __typename: "NotAnOrganiser",
    });
    expect(await client.onMember("appointOrganiser", ann, community.id, bob.id)).toMatchObject({
      organisers: [{ id: ann.id }, { id: bob.id }],
      hosts: [],
    });
    expect(await client.onMember("revokeRole", bob, community.id, ann.id)).toMatchObject({
      organisers: [{ id: bob.id }],
    });
    expect(await client.onMember("revokeRole", bob, community.id, bob.id)).toMatchObject({
      __typename: "LastOrganiser",
      code: "LAST_ORGANISER",
    });
    expect(await client.onMember("removeMember", bob, community.id, ann.id)).toMatchObject({
      memberCount: 1,
    });
    expect(await client.onMember("appointHost", bob, community.id, ann.id)).toMatchObject({
      __typename: "NotAMember",
    });
  });

  test("a retried mutation with the same idempotency key returns the first community", async () => {
    const slug = freshSlug();
    const first = await client.found(ann, { name: "Once", slug }, "found-once");
    const again = await client.found(ann, { name: "Once", slug }, "found-once");
    expect(again).toEqual(first);
  });
});
