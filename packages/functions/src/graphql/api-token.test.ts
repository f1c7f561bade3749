import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { startTestHost } from "../testing/test-host";

let host: LocalHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = Record<string, any>;

const ask = (text: string, token?: string, variables?: Record<string, unknown>) =>
  graphqlRequest<Loose>(host.url, text, { ...(token ? { token } : {}), ...(variables ? { variables } : {}) });

const createToken = `mutation ($name: String!, $scope: ApiTokenScope!) {
  createApiToken(name: $name, scope: $scope) {
    __typename
    ... on ApiTokenWithSecret { secret token { id name scope createdAt } }
    ... on Error { code message }
  } }`;
const revokeToken = `mutation ($tokenId: ID!) {
  revokeApiToken(tokenId: $tokenId) { __typename ... on ApiTokenRevoked { tokenId } ... on Error { code } } }`;
const renameMe = `mutation ($name: String!) {
  updateProfile(input: { displayName: $name }) { __typename ... on Member { displayName } } }`;
const myName = "{ me { member { displayName } } }";

async function tokenOf(session: string, scope: "READ" | "READ_WRITE", name = "script") {
  const { body } = await ask(createToken, session, { name, scope });
  expect(body.data?.createApiToken.__typename).toBe("ApiTokenWithSecret");
  return body.data?.createApiToken as { secret: string; token: { id: string } };
}

describe("a member's API tokens", () => {
  test("are made with a sign-in, shown once, and listed without their secrets", async () => {
    const { access } = await signIn(host.url, "tokens-list@example.com");
    const made = await tokenOf(access, "READ", "Nightly export");
    expect(made.secret).toMatch(/^mst_[A-Za-z0-9_-]{43}$/);
    const { body, headers } = await ask("{ me { apiTokens { id name scope createdAt } } }", access);
    expect(body.data?.me.apiTokens).toEqual([
      { id: made.token.id, name: "Nightly export", scope: "READ", createdAt: expect.any(String) },
    ]);
    expect(JSON.stringify(body)).not.toContain(made.secret);
    expect(headers.get("cache-control")).toBe("private, no-store");
  });

  test("answer as their member, over POST and GET", async () => {
    const { access } = await signIn(host.url, "tokens-read@example.com");
    await ask(renameMe, access, { name: "Tess Token" });
    const { secret } = await tokenOf(access, "READ");
    expect((await ask(myName, secret)).body.data).toEqual({ me: { member: { displayName: "Tess Token" } } });
    const url = new URL("/graphql", host.url);
    url.searchParams.set("query", myName);
    const viaGet = await fetch(url, {
      headers: { authorization: `Bearer ${secret}`, "x-meetstream-csrf": "1", accept: "application/json" },
    });
    expect(((await viaGet.json()) as Loose).data.me.member.displayName).toBe("Tess Token");
    expect(viaGet.headers.get("cache-control")).toBe("private, no-store");
  });

  test("a read token cannot change anything: 403, and nothing changed", async () => {
    const { access } = await signIn(host.url, "tokens-readonly@example.com");
    await ask(renameMe, access, { name: "Before" });
    const { secret } = await tokenOf(access, "READ");
    const refused = await ask(renameMe, secret, { name: "After" });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("TOKEN_READ_ONLY");
    expect((await ask(myName, access)).body.data?.me.member.displayName).toBe("Before");
  });

  test("a read-write token changes what its member may change", async () => {
    const { access } = await signIn(host.url, "tokens-write@example.com");
    const { secret } = await tokenOf(access, "READ_WRITE");
    expect((await ask(renameMe, secret, { name: "Scripted" })).body.data?.updateProfile).toEqual({
      __typename: "Member",
      displayName: "Scripted",
    });
  });

  test("no token makes or revokes tokens or erases its member, however the mutation is written", async () => {
    const { access } = await signIn(host.url, "tokens-session@example.com");
    const { secret, token } = await tokenOf(access, "READ_WRITE");
    for (const [text, variables] of [
      [createToken, { name: "another", scope: "READ_WRITE" }],
      [revokeToken, { tokenId: token.id }],
      ["mutation { ...erase } fragment erase on Mutation { eraseMe { __typename } }", undefined],
      ['mutation { renamed: createApiToken(name: "x", scope: READ) { __typename } }', undefined],
    ] as const) {
      const refused = await ask(text, secret, variables);
      expect(refused.status, text).toBe(403);
      expect(refused.body.errors?.[0]?.extensions?.code, text).toBe("SESSION_REQUIRED");
    }
    expect((await ask("{ me { apiTokens { id } } }", access)).body.data?.me.apiTokens).toHaveLength(1);
  });

  test("a revoked token gets 401 at once; another member cannot revoke it", async () => {
    const { access } = await signIn(host.url, "tokens-revoke@example.com");
    const other = await signIn(host.url, "tokens-other@example.com");
    const { secret, token } = await tokenOf(access, "READ");
    expect((await ask(revokeToken, other.access, { tokenId: token.id })).body.data?.revokeApiToken).toEqual({
      __typename: "ApiTokenNotFound",
      code: "API_TOKEN_NOT_FOUND",
    });
    expect((await ask(myName, secret)).status).toBe(200);
    expect((await ask(revokeToken, access, { tokenId: token.id })).body.data?.revokeApiToken).toEqual({
      __typename: "ApiTokenRevoked",
      tokenId: token.id,
    });
    const refused = await ask(myName, secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  test("an erased member's token gets 401", async () => {
    const { access } = await signIn(host.url, "tokens-erased@example.com");
    const { secret } = await tokenOf(access, "READ_WRITE");
    expect((await ask("mutation { eraseMe { __typename } }", access)).body.data?.eraseMe).toBeDefined();
    expect((await ask(myName, secret)).status).toBe(401);
  });

  test("a token that is no token of ours, or an ill-formed one, gets 401; anonymous makes none", async () => {
    for (const token of [`mst_${"A".repeat(43)}`, "mst_", `mst_${"é".repeat(43)}`])
      expect((await ask(myName, token)).status, token).toBe(401);
    expect(
      (await ask(createToken, undefined, { name: "x", scope: "READ" })).body.data?.createApiToken,
    ).toEqual({
      __typename: "NotSignedIn",
      code: "NOT_SIGNED_IN",
      message: "Sign in first.",
    });
  });

  test("a name is checked, and a scope must be one of the two", async () => {
    const { access } = await signIn(host.url, "tokens-input@example.com");
    const { body } = await ask(createToken, access, { name: " ", scope: "READ" });
    expect(body.data?.createApiToken).toMatchObject({
      __typename: "InvalidApiToken",
      code: "INVALID_API_TOKEN",
    });
    const badScope = await ask(createToken, access, { name: "x", scope: "ADMIN" });
    expect(badScope.body.errors?.[0]?.message).toMatch(/ApiTokenScope/);
    expect((await ask("{ me { apiTokens { id } } }", access)).body.data?.me.apiTokens).toEqual([]);
  });
});
