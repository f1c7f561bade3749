import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { signIn } from "../testing/sign-in";
import { startTestHost } from "../testing/test-host";
import { requestLimiter, subjectsOf } from "./rate-limits";

describe("the limiter", () => {
  const limits = { perAddress: { limit: 3, windowSeconds: 60 }, perToken: { limit: 5, windowSeconds: 60 } };

  test("refuses the request past the limit until its window ends, then counts again", () => {
    let now = 120_000;
    const limiter = requestLimiter(limits, () => now);
    const from = subjectsOf(null, "192.0.2.1");
    expect([1, 2, 3].map(() => limiter.admit(from)?.remaining)).toEqual([2, 1, 0]);
    now += 30_000;
    expect(limiter.admit(from)).toEqual({
      allowed: false,
      limit: 3,
      remaining: 0,
      resetSeconds: 30,
      windowSeconds: 60,
    });
    // Another address has a count of its own.
    expect(limiter.admit(subjectsOf(null, "192.0.2.2"))?.allowed).toBe(true);
    now = 180_000;
    expect(limiter.admit(from)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 60 });
  });

  test("counts a token's requests from every address, and an address's whatever they carry", () => {
    const limiter = requestLimiter(limits, () => 0);
    const token = `Bearer mst_${"a".repeat(43)}`;
    for (let n = 0; n < 5; n++)
      expect(limiter.admit(subjectsOf(token, `198.51.100.${n}`))?.allowed).toBe(true);
    expect(limiter.admit(subjectsOf(token, "198.51.100.9"))).toMatchObject({ allowed: false, limit: 5 });
    // The address's own limit still holds for requests without the token.
    for (let n = 0; n < 3; n++) limiter.admit(subjectsOf(null, "203.0.113.1"));
    expect(limiter.admit(subjectsOf(`Bearer mst_${"b".repeat(43)}`, "203.0.113.1"))).toMatchObject({
      allowed: false,
      limit: 3,
    });
  });

  test("an unknown address and no token is not counted", () => {
    expect(requestLimiter(limits).admit(subjectsOf("Bearer eyJ.a.b", undefined))).toBeUndefined();
  });
});

describe("over HTTP", () => {
  let host: LocalHost;
  let token: string;
  beforeAll(async () => {
    // One-second windows, so the test sees one end; the host listens on loopback, whose address is not counted.
    host = await startTestHost({
      requestLimits: { perAddress: { limit: 1, windowSeconds: 1 }, perToken: { limit: 4, windowSeconds: 1 } },
    });
    const { access } = await signIn(host.url, "burst@example.com");
    const made = await graphqlRequest<{ createApiToken: { secret: string } }>(
      host.url,
      `mutation { createApiToken(name: "burst", scope: READ) { ... on ApiTokenWithSecret { secret } } }`,
      { token: access },
    );
    token = made.body.data?.createApiToken.secret as string;
  });
  afterAll(() => host.close());

  test("a burst over a token's limit gets 429 with Retry-After, and succeeds after it", async () => {
    // Start at the beginning of a window, so the burst falls in one.
    await sleep(1000 - (Date.now() % 1000) + 20);
    const answers = [];
    for (let n = 0; n < 6; n++) answers.push(await graphqlRequest(host.url, "{ me { email } }", { token }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(answers[0]?.headers.get("ratelimit-limit")).toBe("4");
    expect(answers[0]?.headers.get("ratelimit-remaining")).toBe("3");
    expect(answers[0]?.headers.get("ratelimit-policy")).toBe("4;w=1");
    const refused = answers[4];
    expect(refused?.headers.get("retry-after")).toBe("1");
    expect(refused?.body.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    await sleep(Number(refused?.headers.get("retry-after")) * 1000);
    expect((await graphqlRequest(host.url, "{ me { email } }", { token })).status).toBe(200);
  });
});
