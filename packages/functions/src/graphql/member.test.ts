import { createClient } from "@openauthjs/openauth/client";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { webClientId } from "../auth/subjects";
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
const query = <Data = Record<string, any>>(
  text: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
) => graphqlRequest<Data>(host.url, text, options);

const updateProfile = `
  mutation ($input: ProfileInput!, $idempotencyKey: String) {
    updateProfile(input: $input, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Member { id handle displayName bio links { label url } avatarUrl }
      ... on Error { code message }
      ... on HandleTaken { takenHandle }
      ... on InvalidProfile { issues { path message } }
    }
  }`;

const update = async (token: string | undefined, input: Record<string, unknown>, idempotencyKey?: string) => {
  const { body } = await query(updateProfile, { token, variables: { input, idempotencyKey } });
  return body.data?.updateProfile ?? body.errors;
};

describe("me", () => {
  test("is null for an anonymous visitor", async () => {
    const { status, body } = await query("{ me { email } }");
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: null } });
  });

  test("is the signed-in member, with their email", async () => {
    const { access } = await signIn(host.url, "Me@Example.com");
    const { body } = await query("{ me { email member { id handle displayName erased } } }", {
      token: access,
    });
    expect(body.data?.me).toMatchObject({
      email: "me@example.com",
      member: { handle: null, displayName: "New member", erased: false },
    });
  });
});

describe("a newcomer", () => {
  test("is a member without a name of their own or a handle; a profile ends it", async () => {
    const { access } = await signIn(host.url, "newcomer@example.com");
    const newcomer = async () =>
      (await query("{ me { newcomer } }", { token: access })).body.data?.me.newcomer;
    expect(await newcomer()).toBe(true);
    expect(await update(access, { displayName: "Nia Newcomer", handle: "nia" })).toMatchObject({
      __typename: "Member",
    });
    expect(await newcomer()).toBe(false);
  });

  test("is suggested communities they have not joined, as many as asked, at most 20", async () => {
    const { access } = await signIn(host.url, "suggested@example.com");
    const suggestions = (first: number) =>
      query("query ($first: Int) { me { suggestedCommunities(first: $first) { slug } } }", {
        token: access,
        variables: { first },
      });
    const found = await query(
      `mutation { foundCommunity(input: { name: "Suggested Elm", slug: "suggested-elm" }) { __typename } }`,
      { token: (await signIn(host.url, "elm-founder@example.com")).access },
    );
    expect(found.body.data?.foundCommunity.__typename).toBe("Community");
    expect((await suggestions(20)).body.data?.me.suggestedCommunities).toContainEqual({
      slug: "suggested-elm",
    });
    expect((await suggestions(21)).body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("updateProfile", () => {
  test("changes the profile, and the change is readable as soon as the response arrives", async () => {
    const { access } = await signIn(host.url, "ann@example.com");
    const links = [{ label: "Site", url: "https://ann.example" }];

    expect(
      await update(access, { handle: "ann", displayName: "Ann Lee", bio: "Builds things", links }),
    ).toMatchObject({
      __typename: "Member",
      handle: "ann",
      displayName: "Ann Lee",
      bio: "Builds things",
      links,
    });
    const { body } = await query('{ member(handle: "ann") { displayName links { url } } }');
    expect(body.data?.member).toEqual({ displayName: "Ann Lee", links: [{ url: "https://ann.example" }] });
  });

  test("null leaves a field as it is, except the avatar, which it removes", async () => {
    const { access } = await signIn(host.url, "avatar@example.com");
    await update(access, { displayName: "Ava", avatarUrl: "https://images.example/ava.png" });

    expect(await update(access, { displayName: null, avatarUrl: null })).toMatchObject({
      displayName: "Ava",
      avatarUrl: null,
    });
  });

  test("refuses an anonymous visitor with NotSignedIn", async () => {
    expect(await update(undefined, { displayName: "Nobody" })).toMatchObject({
      __typename: "NotSignedIn",
      code: "NOT_SIGNED_IN",
    });
  });

  test("refuses a profile that breaks the rules with InvalidProfile, saying where", async () => {
    const { access } = await signIn(host.url, "bob@example.com");
    const result = await update(access, {
      handle: "B!",
      links: [{ label: "x", url: "javascript:alert(1)" }],
    });

    expect(result).toMatchObject({ __typename: "InvalidProfile", code: "INVALID_PROFILE" });
    expect(result.issues.map((issue: { path: string[] }) => issue.path)).toEqual(
      expect.arrayContaining([["handle"], ["links", "0", "url"]]),
    );
  });

  test("refuses a handle another member holds with HandleTaken", async () => {
    const first = await signIn(host.url, "holder@example.com");
    const second = await signIn(host.url, "taker@example.com");
    await update(first.access, { handle: "popular" });

    expect(await update(second.access, { handle: "popular" })).toMatchObject({
      __typename: "HandleTaken",
      code: "HANDLE_TAKEN",
      takenHandle: "popular",
    });
  });

  test("a retry with the same idempotency key returns the first result and changes nothing again", async () => {
    const { access } = await signIn(host.url, "retry@example.com");
    const first = await update(access, { displayName: "First" }, "key-1");
    await update(access, { displayName: "Second" });

    expect(await update(access, { displayName: "First" }, "key-1")).toEqual(first);
    const { body } = await query("{ me { member { displayName } } }", { token: access });
    expect(body.data?.me.member.displayName).toBe("Second");
  });

  test("an idempotency key reused for a different change is a coded error", async () => {
    const { access } = await signIn(host.url, "reuse@example.com");
    await update(access, { displayName: "One" }, "key-2");
    const { body } = await query(updateProfile, {
      token: access,
      variables: { input: { displayName: "Two" }, idempotencyKey: "key-2" },
    });

    expect(body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(body.errors?.[0]?.message).not.toContain("member-");
  });
});

describe("member and node", () => {
  test("a member's public profile has no email", async () => {
    const { status, body } = await query('{ member(handle: "ann") { email } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain('Cannot query field "email"');
  });

  test("an unknown handle is null", async () => {
    const { body } = await query('{ member(handle: "nobody-here") { id } }');
    expect(body).toEqual({ data: { member: null } });
  });

  test("node finds a member by its global id; an unknown id is null, a malformed one a coded error", async () => {
    const { access } = await signIn(host.url, "node@example.com");
    await update(access, { handle: "noded" });
    const { body: me } = await query("{ me { member { id } } }", { token: access });
    const id = me.data?.me.member.id as string;

    const found = await query("query ($id: ID!) { node(id: $id) { id ... on Member { handle } } }", {
      variables: { id },
    });
    expect(found.body.data?.node).toEqual({ id, handle: "noded" });

    for (const unknown of [
      Buffer.from("Member:01900000-0000-7000-8000-000000000000").toString("base64"),
      Buffer.from("Member:not-a-uuid").toString("base64"),
      Buffer.from("Meetup:1").toString("base64"),
    ]) {
      const { body } = await query("query ($id: ID!) { node(id: $id) { id } }", {
        variables: { id: unknown },
      });
      expect(body).toEqual({ data: { node: null } });
    }
    const malformed = await query('{ node(id: "not base64!") { id } }');
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("eraseMe", () => {
  test("erases the member: their profile is gone, they can change nothing, and their sign-ins end", async () => {
    const tokens = await signIn(host.url, "leaving@example.com");
    await update(tokens.access, { handle: "leaving", displayName: "Lee Ving" });
    const { body: before } = await query("{ me { member { id } } }", { token: tokens.access });
    const id = before.data?.me.member.id as string;

    const { body } = await query("mutation { eraseMe { __typename ... on EraseMeSuccess { erased } } }", {
      token: tokens.access,
    });
    expect(body.data?.eraseMe).toEqual({ __typename: "EraseMeSuccess", erased: true });

    // The access token is refused at once, not at its expiry (it used to read `me` as null, and on).
    const refused = await query("{ me { email } }", { token: tokens.access });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("MEMBER_ERASED");
    // Plain words, and none that invite making a new account.
    expect(refused.body.errors?.[0]?.message).toBe("This account was erased. You have been signed out.");
    expect((await query('{ member(handle: "leaving") { id } }')).body.data?.member).toBeNull();
    const node = await query(
      "query ($id: ID!) { node(id: $id) { ... on Member { displayName erased handle } } }",
      {
        variables: { id },
      },
    );
    expect(node.body.data?.node).toEqual({ displayName: "Erased member", erased: true, handle: null });
    expect(await update(tokens.access, { displayName: "Back" })).toMatchObject([
      { extensions: { code: "MEMBER_ERASED" } },
    ]);

    const client = createClient({ clientID: webClientId, issuer: `${host.url}/auth` });
    expect((await client.refresh(tokens.refresh)).err).toBeTruthy();
  });

  test("refuses an anonymous visitor with NotSignedIn", async () => {
    const { body } = await query("mutation { eraseMe { __typename } }");
    expect(body.data?.eraseMe).toEqual({ __typename: "NotSignedIn" });
  });
});

describe("access tokens", () => {
  test("a token that is forged, malformed or not a bearer token is UNAUTHENTICATED, never a server error", async () => {
    const { access } = await signIn(host.url, "tokens@example.com");
    const [header, payload, signature] = access.split(".") as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    claims.properties.memberId = "01900000-0000-7000-8000-000000000000";
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;

    for (const authorization of [
      `Bearer ${forged}`,
      "Bearer not-a-token",
      `Basic ${access}`,
      "Bearer",
      `Bearer ${access}x`,
    ]) {
      const { status, headers, body } = await graphqlRequest(host.url, "{ me { email } }", {
        headers: { authorization },
      });
      expect(status).toBe(401);
      expect(headers.get("www-authenticate")).toContain("invalid_token");
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  test("an expired token is UNAUTHENTICATED", async () => {
    const shortLived = await startTestHost({ tokenLifetimes: { access: 1 } });
    try {
      const { access } = await signIn(shortLived.url, "brief@example.com");
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const { status, body } = await graphqlRequest(shortLived.url, "{ me { email } }", { token: access });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await shortLived.close();
    }
  });
});
