import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { startTestHost } from "../testing/test-host";
import { responseCache } from "./http-caching";
import { csrfHeader } from "./server";

let host: LocalHost;
let token: string;
beforeAll(async () => {
  host = await startTestHost();
  token = (await signIn(host.url, "cache-reader@example.com")).access;
});
afterAll(() => host.close());

/** A query as an API client sends it over GET: in the query string, with the CSRF header. */
const get = (query: string, options: { variables?: object; headers?: Record<string, string> } = {}) => {
  const url = new URL("/graphql", host.url);
  url.searchParams.set("query", query);
  if (options.variables) url.searchParams.set("variables", JSON.stringify(options.variables));
  return fetch(url, {
    headers: { accept: "application/graphql-response+json", [csrfHeader]: "1", ...options.headers },
  });
};

const communities = "{ communities(first: 50) { edges { node { slug name } } } }";
const foundCommunity = `mutation ($input: FoundCommunityInput!) {
  foundCommunity(input: $input) { __typename ... on Community { slug } } }`;
const publicFor = (seconds: number) => `public, max-age=0, s-maxage=${seconds}`;

describe("an anonymous GET of public fields", () => {
  test("is public for the shortest max age it selects, with an ETag", async () => {
    const listed = await get(communities);
    expect(listed.status).toBe(200);
    expect(listed.headers.get("cache-control")).toBe(publicFor(60));
    expect(listed.headers.get("etag")).toMatch(/^W\/"[\w-]+"$/);
    // Meetup keeps for 30 seconds: an answer with a meetup in it keeps for no longer.
    const meetups = await get("{ upcomingMeetups(first: 5) { edges { node { title } } } }");
    expect(meetups.headers.get("cache-control")).toBe(publicFor(30));
  });

  test("answers 304 with no body to a repeat that names its ETag, and 200 to one that names another", async () => {
    const first = await get(communities);
    const entityTag = first.headers.get("etag") as string;
    const repeat = await get(communities, { headers: { "if-none-match": entityTag } });
    expect(repeat.status).toBe(304);
    expect(await repeat.text()).toBe("");
    expect(repeat.headers.get("etag")).toBe(entityTag);
    expect(repeat.headers.get("cache-control")).toBe(publicFor(60));
    const other = await get(communities, { headers: { "if-none-match": 'W/"something-else"' } });
    expect(other.status).toBe(200);
    expect((await other.json()).data.communities.edges).toBeInstanceOf(Array);
  });

  test("a kept answer is still refused to a request without the CSRF header", async () => {
    expect((await get(communities)).status).toBe(200);
    const url = new URL("/graphql", host.url);
    url.searchParams.set("query", communities);
    const bare = await fetch(url, { headers: { accept: "application/graphql-response+json" } });
    expect(bare.status).toBe(403);
  });

  test("shows a write at once: the host's kept answer goes with the write", async () => {
    const before = await get(communities);
    const beforeTag = before.headers.get("etag") as string;
    const slug = `cached-${Date.now().toString(36)}`;
    const founded = await graphqlRequest(host.url, foundCommunity, {
      token,
      variables: { input: { name: "Cache Club", slug, description: "Kept, then not." } },
    });
    expect(founded.body.data).toEqual({ foundCommunity: { __typename: "Community", slug } });
    expect(founded.headers.get("cache-control")).toBe("private, no-store");
    const after = await get(communities, { headers: { "if-none-match": beforeTag } });
    expect(after.status).toBe(200);
    const slugs = (await after.json()).data.communities.edges.map(
      (edge: { node: { slug: string } }) => edge.node.slug,
    );
    expect(slugs).toContain(slug);
    expect(after.headers.get("etag")).not.toBe(beforeTag);
  });
});

describe("answers that are never public", () => {
  test("a query of the viewer is private, no-store, anonymous or not", async () => {
    for (const query of [
      "{ me { email } }",
      "{ upcomingMeetups(first: 5) { edges { node { title viewerRsvp { status } } } } }",
      // In a fragment, used or not, a private field still counts.
      "query { communities(first: 5) { edges { node { ...role } } } } fragment role on Community { viewerRole }",
    ]) {
      const anonymous = await get(query);
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get("cache-control")).toBe("private, no-store");
    }
  });

  test("a signed-in reader's answer is private, even of public fields, and never the kept one", async () => {
    await get(communities);
    const signedIn = await get(communities, { headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
  });

  test("POST queries, mutations over GET, and answers with errors are not kept", async () => {
    const posted = await graphqlRequest(host.url, communities);
    expect(posted.headers.get("cache-control")).toBe("private, no-store");
    const mutation = await get(foundCommunity, { variables: { input: { name: "x", slug: "x" } } });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get("cache-control")).toBe("private, no-store");
    const invalid = await get("{ communities { nope } }");
    expect(invalid.headers.get("cache-control")).toBe("private, no-store");
    const erroring = await get(
      '{ meetup(id: "not-a-meetup") { title } communities(first: -1) { edges { cursor } } }',
    );
    expect(erroring.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("the host's response cache", () => {
  const answer = (changes: string) => ({
    body: "{}",
    headers: [["etag", 'W/"a"']] as [string, string][],
    changes,
  });

  test("keeps an answer until its age is up", () => {
    let now = 0;
    const cache = responseCache({ changes: () => "1", now: () => now });
    cache.set("k", answer("1"), 60);
    now = 59_999;
    expect(cache.get("k")?.body).toBe("{}");
    now = 60_000;
    expect(cache.get("k")).toBeUndefined();
  });

  test("forgets everything at a write, and never keeps an answer a write overtook", () => {
    let changes = "1";
    const cache = responseCache({ changes: () => changes });
    cache.set("k", answer("1"), 60);
    changes = "2";
    expect(cache.get("k")).toBeUndefined();
    // Worked out before the write (token 2), offered after the next one (token 3): not kept.
    const token = cache.changes();
    changes = "3";
    cache.set("k", answer(token), 60);
    expect(cache.get("k")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  test("keeps no client's rate limit headers with an answer", () => {
    const cache = responseCache({ changes: () => "1" });
    cache.set(
      "k",
      {
        ...answer("1"),
        headers: [
          ["etag", 'W/"a"'],
          ["ratelimit-remaining", "599"],
          ["RateLimit-Limit", "600"],
        ],
      },
      60,
    );
    expect(cache.get("k")?.headers).toEqual([["etag", 'W/"a"']]);
  });

  test("keeps at most its number of answers, the least recently used going first", () => {
    const cache = responseCache({ changes: () => "1", maximumEntries: 2 });
    cache.set("a", answer("1"), 60);
    cache.set("b", answer("1"), 60);
    cache.get("a");
    cache.set("c", answer("1"), 60);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
  });
});
