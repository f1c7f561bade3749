/**
 * Bad input and abuse against the running local host: each gets a clear typed error or a 4xx, never a 500,
 * never a crash, and nothing is written to the event log.
 */
import { openDatabase } from "@meetstream/core/sqlite/database";
import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { csrfHeader } from "../graphql/server";
import { databaseFile } from "../stores/data-folder";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { removeDataFolder, startTestHost, temporaryDataFolder } from "../testing/test-host";
import type { LocalHost } from "./host";

let host: LocalHost;
let folder: string;
let annToken: string;
let bobToken: string;

/** How many events the log holds, read from the database file beside the running host. */
function eventCount(): number {
  const database = openDatabase(databaseFile(folder));
  try {
    return database.prepare<[], number>("SELECT count(*) FROM events").pluck().get() ?? 0;
  } finally {
    database.close();
  }
}

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", [csrfHeader]: "1", ...headers },
    body,
  });

beforeAll(async () => {
  folder = temporaryDataFolder();
  host = await startTestHost({ dataFolder: folder });
  annToken = (await signIn(host.url, "ann@example.com")).access;
  bobToken = (await signIn(host.url, "bob@example.com")).access;
  const named = await graphqlRequest(
    host.url,
    `mutation { updateProfile(input: { handle: "ann", displayName: "Ann Example" }) { __typename } }`,
    { token: annToken },
  );
  expect(named.body.data).toEqual({ updateProfile: { __typename: "Member" } });
});

afterAll(async () => {
  await host.close();
  removeDataFolder(folder);
});

describe("bad requests get a 4xx or a typed error and write nothing", () => {
  // A GraphQL error may come as 200 (application/json, the legacy media type) or 400: both are the spec's answer.
  const graphqlError = [200, 400];
  const cases: [name: string, send: () => Promise<Response>, statuses: number[]][] = [
    ["malformed JSON", () => post('{"query": "{ me { email } "'), graphqlError],
    ["a body that is not an object", () => post("[1, 2, 3]"), graphqlError],
    ["no query at all", () => post("{}"), graphqlError],
    ["a query that does not parse", () => post(JSON.stringify({ query: "mutation {" })), graphqlError],
    [
      "wrong variable types",
      () =>
        post(
          JSON.stringify({
            query: "query ($handle: String!) { member(handle: $handle) { id } }",
            variables: { handle: 42 },
          }),
        ),
      graphqlError,
    ],
    [
      "a field that does not exist",
      () => post(JSON.stringify({ query: '{ member(handle: "ann") { password } }' })),
      graphqlError,
    ],
    [
      "an oversized body (over 100 KB)",
      () => post(JSON.stringify({ query: `{ me { email } } #${"x".repeat(110_000)}` })),
      [413],
    ],
    [
      "a request without the CSRF header",
      () => fetch(`${host.url}/graphql?query=${encodeURIComponent("{ me { email } }")}`, { method: "GET" }),
      [403],
    ],
    [
      "a form post (a cross-site request in disguise)",
      () =>
        fetch(`${host.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "query=mutation%20%7B%20eraseMe%20%7B%20__typename%20%7D%20%7D",
        }),
      [403],
    ],
  ];

  for (const [name, send, statuses] of cases) {
    test(name, async () => {
      const before = eventCount();
      const response = await send();
      expect(statuses).toContain(response.status);
      const text = await response.text();
      if (statuses === graphqlError) expect(text).toMatch(/"errors"\s*:\s*\[\s*\{/);
      expect(eventCount()).toBe(before);
    });
  }
});

describe("query bombs are refused before they run", () => {
  const nested = (depth: number): string =>
    depth === 0 ? "id" : `... on Query { node(id: "x") { id ${"".padEnd(0)} } } ${nested(depth - 1)}`;

  const bombs: [name: string, query: string][] = [
    ["a depth bomb", `{ ${'node(id: "x") { ... on Member { id '.repeat(20)}${"} } ".repeat(20)}}`],
    [
      "an alias bomb",
      `{ ${Array.from({ length: 200 }, (_, index) => `a${index}: member(handle: "ann") { id }`).join(" ")} }`,
    ],
    ["a token bomb", `{ ${Array.from({ length: 3000 }, () => "__typename").join(" ")} }`],
    ["a directive bomb", `{ __typename ${"@include(if: true) ".repeat(100)} }`],
    [
      "a cost bomb (many member lookups, each with every field)",
      `{ ${Array.from({ length: 14 }, (_, index) => `m${index}: member(handle: "ann") { id handle displayName bio avatarUrl links { label url } }`).join(" ")} ${nested(0)} }`,
    ],
  ];

  for (const [name, query] of bombs) {
    test(name, async () => {
      const response = await post(JSON.stringify({ query }));
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(body.data ?? null).toBeNull();
    });
  }

  test("a flood of batched operations is refused past five per request", async () => {
    const operations = Array.from({ length: 50 }, () => ({ query: "{ __typename }" }));
    const response = await post(JSON.stringify(operations));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const small = await post(JSON.stringify(operations.slice(0, 5)));
    expect(small.status).toBe(200);
    expect(await small.json()).toHaveLength(5);
  });
});

describe("tokens", () => {
  const me = "{ me { email member { handle } } }";

  test("no token means anonymous: me is null", async () => {
    const response = await graphqlRequest(host.url, me);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ me: null });
  });

  test("a forged token (a signature that does not match) is refused as UNAUTHENTICATED", async () => {
    const [header, payload] = annToken.split(".");
    const claims = JSON.parse(Buffer.from(payload as string, "base64url").toString());
    const forged = Buffer.from(
      JSON.stringify({ ...claims, properties: { memberId: "someone-else" } }),
    ).toString("base64url");
    const response = await graphqlRequest(host.url, me, { token: `${header}.${forged}.${"A".repeat(86)}` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("a token that is not a token is refused as UNAUTHENTICATED", async () => {
    for (const token of ["garbage", "a.b.c", "", "Bearer Bearer"]) {
      const response = await graphqlRequest(host.url, me, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  test("an expired token is refused as UNAUTHENTICATED", async () => {
    const shortFolder = temporaryDataFolder();
    const shortLived = await startTestHost({ dataFolder: shortFolder, tokenLifetimes: { access: 3 } });
    try {
      const tokens = await signIn(shortLived.url, "cy@example.com");
      const fresh = await graphqlRequest(shortLived.url, me, { token: tokens.access });
      expect(fresh.body.data?.me).toMatchObject({ email: "cy@example.com" });
      // Token expiry has one-second resolution: wait until this one is certainly past it.
      await new Promise((resolve) => setTimeout(resolve, 4_100));
      const expired = await graphqlRequest(shortLived.url, me, { token: tokens.access });
      expect(expired.status).toBe(401);
      expect(expired.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await shortLived.close();
      removeDataFolder(shortFolder);
    }
  });
});

describe("another member's data", () => {
  test("a member sees only their own email; the public profile carries none", async () => {
    const asBob = await graphqlRequest(
      host.url,
      `{ me { email } member(handle: "ann") { handle displayName } }`,
      {
        token: bobToken,
      },
    );
    expect(asBob.body.data).toEqual({
      me: { email: "bob@example.com" },
      member: { handle: "ann", displayName: "Ann Example" },
    });
    expect(JSON.stringify(asBob.body)).not.toContain("ann@example.com");
    const emailField = await graphqlRequest(host.url, `{ member(handle: "ann") { email } }`, {
      token: bobToken,
    });
    expect(emailField.status).toBe(400);
  });

  test("a mutation acts on the signed-in member only: Bob cannot take or change Ann's profile", async () => {
    const before = eventCount();
    const taken = await graphqlRequest(
      host.url,
      `mutation { updateProfile(input: { handle: "ann" }) { __typename ... on HandleTaken { takenHandle } } }`,
      { token: bobToken },
    );
    expect(taken.body.data).toEqual({ updateProfile: { __typename: "HandleTaken", takenHandle: "ann" } });
    const anonymous = await graphqlRequest(host.url, `mutation { eraseMe { __typename } }`);
    expect(anonymous.body.data).toEqual({ eraseMe: { __typename: "NotSignedIn" } });
    expect(eventCount()).toBe(before);
    const ann = await graphqlRequest(host.url, `{ member(handle: "ann") { displayName } }`);
    expect(ann.body.data).toEqual({ member: { displayName: "Ann Example" } });
  });
});

describe("GraphQL over HTTP conformance (graphql-http audits)", () => {
  test("every MUST audit passes", async () => {
    // The audits are a client too: like the web app, they send the CSRF header (CSRF prevention requires it).
    const results = await auditServer({
      url: `${host.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init: RequestInit = {}) => {
        const headers = new Headers(init.headers);
        headers.set(csrfHeader, "1");
        return fetch(input, { ...init, headers });
      },
    });
    const failedMusts = results.filter((result) => result.name.startsWith("MUST") && result.status !== "ok");
    expect(failedMusts.map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual(
      [],
    );
    expect(results.filter((result) => result.name.startsWith("MUST")).length).toBeGreaterThan(10);
  });
});

test("after all of it the host still answers", async () => {
  const response = await graphqlRequest(host.url, "{ __typename }");
  expect(response.body.data).toEqual({ __typename: "Query" });
});
