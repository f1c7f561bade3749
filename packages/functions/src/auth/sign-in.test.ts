import { createClient } from "@openauthjs/openauth/client";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { beginSignIn, openSignIn, signIn } from "../testing/sign-in";
import { startTestHost } from "../testing/test-host";
import { maximumWrongCodes, signInLimits } from "./sign-in-limits";
import { callbackPath, webClientId } from "./subjects";

let host: LocalHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

const memberIdOf = async (access: string) => {
  const { body } = await graphqlRequest<{ me: { member: { id: string } } | null }>(
    host.url,
    "{ me { member { id } } }",
    { token: access },
  );
  return body.data?.me?.member.id;
};

describe("sign-in with a code by email", () => {
  test("a first sign-in registers the member, and signing in again finds the same member", async () => {
    const first = await signIn(host.url, "ann@example.com");
    const again = await signIn(host.url, "  ANN@example.com ");

    expect(await memberIdOf(first.access)).toBeDefined();
    expect(await memberIdOf(again.access)).toBe(await memberIdOf(first.access));
  });

  test("the code arrives in the dev mailbox, from Meetstream", async () => {
    const attempt = await beginSignIn(host.url, "bob@example.com");
    const [message] = host.mailbox.messages();

    expect(message?.to).toBe("bob@example.com");
    expect(message?.subject).toContain("Meetstream");
    expect(message?.text).toContain(await attempt.readCode());
    expect(attempt.codePageHtml).toContain("bob@example.com");
  });

  test("a wrong code is refused, and the right one still works", async () => {
    const attempt = await beginSignIn(host.url, "cy@example.com");
    const code = await attempt.readCode();
    const wrong = code === "000000" ? "111111" : "000000";

    const refused = await attempt.submitCode(wrong);
    expect(refused.status).toBe(200);
    expect(await refused.text()).toContain("That code is not right");

    const tokens = await attempt.exchange(await attempt.submitCode(code));
    expect(await memberIdOf(tokens.access)).toBeDefined();
  });

  test(`after ${maximumWrongCodes} wrong codes even the right one is refused, until a new code is sent`, async () => {
    const attempt = await beginSignIn(host.url, "guessed@example.com");
    const code = await attempt.readCode();
    const wrongCode = (index: number) => String((Number(code) + index + 1) % 1_000_000).padStart(6, "0");
    for (let index = 0; index < maximumWrongCodes; index++) await attempt.submitCode(wrongCode(index));

    // The client's mistake, not ours: nothing logged as an error, no stack trace (OpenAuth logs what is thrown).
    const errors = vi.spyOn(console, "error");
    const refused = await attempt.submitCode(code);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    const returned = new URL(refused.headers.get("location") ?? "", host.url);
    expect(returned.pathname).toBe(callbackPath);
    expect(returned.searchParams.get("error")).toBe("access_denied");
    expect(returned.searchParams.get("error_description")).toBe(
      "Too many wrong codes were tried: ask for a new code.",
    );
    expect(returned.searchParams.has("code")).toBe(false);

    const fresh = await beginSignIn(host.url, "guessed@example.com");
    const tokens = await fresh.exchange(await fresh.submitCode(await fresh.readCode()));
    expect(await memberIdOf(tokens.access)).toBeDefined();
  });

  test("the code page loads only what its own origin serves: the stylesheet the issuer answers", async () => {
    const { codePageHtml } = await beginSignIn(host.url, "fay@example.com");
    const pageUrl = `${host.url}/auth/code/authorize`;
    const loaded = [...codePageHtml.matchAll(/<(?:link|script|img)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map(
      ([, address]) => new URL(address ?? "", pageUrl),
    );

    expect(codePageHtml).toContain('<html lang="en">');
    expect(loaded.length).toBeGreaterThan(0);
    for (const address of loaded) expect(address.origin).toBe(host.url);
    const stylesheet = loaded.find((address) => address.pathname.endsWith(".css"));
    const answer = await fetch(stylesheet ?? "");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/css");
    expect(await answer.text()).toContain("--color-brand:");
  });

  test("nothing is sent to something that is not an email address", async () => {
    const before = host.mailbox.messages().length;
    const attempt = await beginSignIn(host.url, "not an email");

    expect(attempt.codePageHtml).toContain("does not look like an email address");
    expect(host.mailbox.messages().length).toBe(before);
  });

  test("a sign-in must use the code flow with PKCE", async () => {
    const client = createClient({ clientID: webClientId, issuer: `${host.url}/auth` });
    const redirect = `${host.url}${callbackPath}`;
    for (const [response, pkce] of [
      ["code", false],
      ["token", false],
    ] as const) {
      const { url } = await client.authorize(redirect, response, { pkce });
      expect((await fetch(url, { redirect: "manual" })).status).toBe(400);
    }
  });

  test("an authorization code is exchanged once, and only with its PKCE verifier", async () => {
    const attempt = await beginSignIn(host.url, "dee@example.com");
    const callback = await attempt.submitCode(await attempt.readCode());
    const code = new URL(callback.headers.get("location") ?? "", host.url).searchParams.get("code") ?? "";

    const withoutVerifier = await attempt.client.exchange(code, attempt.redirectUri, "not-the-verifier");
    expect(withoutVerifier.err).toBeTruthy();
    // A refused exchange used the code up: it is single-use, whatever the outcome.
    const replayed = await attempt.client.exchange(code, attempt.redirectUri, attempt.challenge.verifier);
    expect(replayed.err).toBeTruthy();
  });

  test("a sign-in returns only to the web app's own callback page", async () => {
    const elsewhere = [
      { clientID: webClientId, redirect: "https://evil.example/auth/callback" },
      { clientID: webClientId, redirect: `${host.url}/somewhere-else` },
      { clientID: "another-app", redirect: `${host.url}${callbackPath}` },
    ];
    for (const { clientID, redirect } of elsewhere) {
      const client = createClient({ clientID, issuer: `${host.url}/auth` });
      const { url } = await client.authorize(redirect, "code", { pkce: true });
      const response = await fetch(url, { redirect: "manual" });

      expect(response.status).toBe(400);
      expect(response.headers.get("location")).toBeNull();
    }
  });

  test("a refresh token gives new tokens once; revoked, it gives none", async () => {
    const tokens = await signIn(host.url, "eve@example.com");
    const client = createClient({ clientID: webClientId, issuer: `${host.url}/auth` });

    const refreshed = await client.refresh(tokens.refresh);
    if (refreshed.err || !refreshed.tokens) throw new Error("refresh failed");
    expect(await memberIdOf(refreshed.tokens.access)).toBe(await memberIdOf(tokens.access));

    const revoked = await fetch(`${host.url}/auth/revoke`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: refreshed.tokens.refresh }),
    });
    expect(revoked.status).toBe(200);
    expect((await client.refresh(refreshed.tokens.refresh)).err).toBeTruthy();
  });

  test("the discovery document sits at the origin, and names the endpoints under /auth", async () => {
    const document = await (await fetch(`${host.url}/.well-known/oauth-authorization-server`)).json();

    expect(document).toMatchObject({
      issuer: host.url,
      authorization_endpoint: `${host.url}/auth/authorize`,
      token_endpoint: `${host.url}/auth/token`,
      jwks_uri: `${host.url}/auth/.well-known/jwks.json`,
      revocation_endpoint: `${host.url}/auth/revoke`,
    });
    expect((await fetch(document.jwks_uri)).status).toBe(200);
  });
});

const codesTo = (email: string) => host.mailbox.messages().filter((message) => message.to === email).length;
/** A six-digit code other than `code`, a different one for each `index`. */
const wrongCodeFor = (code: string, index: number) =>
  String((Number(code) + index + 1) % 1_000_000).padStart(6, "0");

describe("sign-in abuse limits on the local host", () => {
  const { limit: codesAnHour } = signInLimits.codesPerAddress;
  const { limit: wrongCodesAnHour } = signInLimits.wrongCodesPerAddress;

  test(`a burst of 30 concurrent code requests for one address sends at most ${codesAnHour} codes; the rest get 429 with Retry-After`, async () => {
    const sessions = await Promise.all(Array.from({ length: 30 }, () => openSignIn(host.url)));
    const answers = await Promise.all(sessions.map((session) => session.askForCode("flood@example.com")));

    const sent = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(sent.length + refused.length).toBe(30);
    expect(codesTo("flood@example.com")).toBe(sent.length);
    expect(sent.length).toBeLessThanOrEqual(codesAnHour);
    for (const answer of refused) {
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await answer.text()).toContain("Too many sign-in codes were asked for");
    }
    // However the burst fell, the address never gets more than its codes an hour.
    for (let index = 0; index < codesAnHour; index++)
      await (await openSignIn(host.url)).askForCode("flood@example.com");
    expect(codesTo("flood@example.com")).toBe(codesAnHour);
  });

  test("past the codes an address may have, a member and a stranger get the same refusal", async () => {
    await signIn(host.url, "member-limit@example.com");
    const refusals: { status: number; page: string }[] = [];
    for (const email of ["member-limit@example.com", "stranger-limit@example.com"]) {
      let answer = await (await openSignIn(host.url)).askForCode(email);
      for (let asked = 1; answer.status === 200 && asked <= codesAnHour; asked++)
        answer = await (await openSignIn(host.url)).askForCode(email);
      refusals.push({ status: answer.status, page: await answer.text() });
      // An hour from the first code, give or take the seconds these requests took.
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
      expect(codesTo(email)).toBe(codesAnHour);
    }
    const [member, stranger] = refusals;
    expect(member?.status).toBe(429);
    expect(stranger).toEqual(member);
    expect(member?.page).not.toContain("member-limit");
    // The way on, for both: back to the web app's sign-in, where another address works now.
    expect(member?.page).toContain(`<a href="${host.url}/signin">Sign in again</a>`);
    expect(member?.page).toContain("sign in with another email address");
  });

  test(`${wrongCodesAnHour} wrong codes across new codes lock the address: the right code then fails, and no new code is sent`, async () => {
    const email = "brute@example.com";
    // Asked for before the guessing, to be tried right once the address is locked.
    const kept = await beginSignIn(host.url, email);
    const keptCode = await kept.readCode();
    const answers: number[] = [];
    while (answers.length < wrongCodesAnHour) {
      const attempt = await beginSignIn(host.url, email);
      const code = await attempt.readCode();
      for (let index = 0; index < maximumWrongCodes && answers.length < wrongCodesAnHour; index++)
        answers.push((await attempt.submitCode(wrongCodeFor(code, index))).status);
    }
    expect(answers.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(answers.at(-1)).toBe(429);

    const rightButLocked = await kept.submitCode(keptCode);
    expect(rightButLocked.status).toBe(429);
    expect(rightButLocked.headers.get("location")).toBeNull();
    const lockPage = await rightButLocked.text();
    expect(lockPage).toContain("Too many wrong codes were tried");
    expect(lockPage).toContain(`<a href="${host.url}/signin">Sign in again</a>`);
    expect(lockPage).toContain("sign in with another email address");

    const before = codesTo(email);
    const newCode = await (await openSignIn(host.url)).askForCode(email);
    expect(newCode.status).toBe(429);
    expect(Number(newCode.headers.get("retry-after"))).toBeGreaterThan(55 * 60);
    expect(codesTo(email)).toBe(before);
  });

  test("a client-set x-forwarded-for changes nothing: the address's limit holds whatever it says", async () => {
    const email = "forwarded@example.com";
    const statuses: number[] = [];
    for (let index = 0; index <= codesAnHour; index++) {
      const answer = await fetch(`${host.url}/auth/code/authorize`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": `198.51.100.${index}`,
        },
        body: new URLSearchParams({ action: "request", email }),
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, codesAnHour).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
