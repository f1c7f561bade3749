import { type Receiver, startReceiver } from "@meetstream/core/testing/webhook-receiver";
import { webhookKindNames } from "@meetstream/core/webhook";
import type { GraphQLEnumType } from "graphql";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { internalEnumValues } from "./enum-values";
import { meetupInput } from "./meetup-test-client";
import { schema } from "./schema";
import { type WebhookClient, webhookClient } from "./webhook-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

test("the API's WebhookKind names each of core's kinds once, and no other", () => {
  expect(Object.values(internalEnumValues.WebhookKind).sort()).toEqual([...webhookKindNames].sort());
  const sdlEnum = schema.getType("WebhookKind") as GraphQLEnumType;
  expect(
    sdlEnum
      .getValues()
      .map((value) => value.name)
      .sort(),
  ).toEqual(Object.keys(internalEnumValues.WebhookKind).sort());
});

let host: LocalHost;
let client: WebhookClient;
let receiver: Receiver;
let organiser: Person;
let member: Person;
let communityId: string;
const slug = "webhook-deliveries";

beforeAll(async () => {
  receiver = await startReceiver();
  host = await startTestHost();
  client = webhookClient(host.url);
  organiser = await client.signIn("olga-deliveries@example.com");
  member = await client.signIn("mia-deliveries@example.com");
  ({ id: communityId } = await client.found(organiser, { name: "Webhook deliveries", slug }));
  await client.join(member, communityId);
});
afterAll(async () => {
  await host.close();
  await receiver.close();
});

/** What the host's background turn delivers soon after the write that caused it. */
async function eventually<Value>(
  read: () => Promise<Value>,
  done: (value: Value) => boolean,
): Promise<Value> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const headersOf = (request: { headers: Record<string, unknown> }) => ({
  "webhook-id": String(request.headers["webhook-id"]),
  "webhook-timestamp": String(request.headers["webhook-timestamp"]),
  "webhook-signature": String(request.headers["webhook-signature"]),
});

describe("webhooks on the local host", () => {
  test("an organiser's webhook gets a signed delivery for an RSVP, logged, and redelivered on request", async () => {
    const created = await client.createWebhook(organiser, {
      communityId,
      url: `${receiver.origin}/meetstream`,
      kinds: ["RSVP_CONFIRMED"],
    });
    expect(created).toMatchObject({
      __typename: "WebhookWithSecret",
      webhook: { status: "ACTIVE", kinds: ["RSVP_CONFIRMED"] },
    });
    const scheduled = await client.schedule(organiser, meetupInput(communityId));
    await client.publish(organiser, scheduled.id);
    await client.rsvp(member, scheduled.id, 1);

    await eventually(
      async () => receiver.requests.length,
      (count) => count >= 1,
    );
    const [request] = receiver.requests;
    if (!request) throw new Error("nothing was delivered");
    const payload = new Webhook(created.secret).verify(request.body, headersOf(request)) as Loose;
    expect(payload).toMatchObject({ type: "rsvp.confirmed", version: 1, data: { party: { seats: 2 } } });
    expect(request.body).not.toContain(Buffer.from(member.id, "base64").toString().replace("Member:", ""));

    const [webhook] = await eventually(
      () => client.webhooksOf(organiser, slug),
      (webhooks) => webhooks[0]?.deliveries.edges[0]?.node.status === "DELIVERED",
    );
    const delivery = webhook.deliveries.edges[0].node;
    expect(delivery).toMatchObject({ kind: "RSVP_CONFIRMED", status: "DELIVERED", attemptCount: 1 });
    expect(delivery.attempts[0]).toMatchObject({ outcome: "HTTP 200", milliseconds: expect.any(Number) });

    const redelivered = await client.redeliver(organiser, webhook.id, delivery.id);
    expect(redelivered).toMatchObject({ __typename: "WebhookDelivery", status: "PENDING" });
    await eventually(
      async () => receiver.requests.length,
      (count) => count >= 2,
    );
    expect(receiver.requests[1]?.headers["webhook-id"]).toBe(request.headers["webhook-id"]);
  }, 20_000);
});

describe("what hostile input gets", () => {
  const create = (url: string, kinds: string[] = ["MEETUP_PUBLISHED"]) =>
    client.createWebhook(organiser, { communityId, url, kinds });

  test.each([
    ["plain http", "http://hooks.example.com/in"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["file:", "file:///etc/passwd"],
    ["with credentials", "https://user:password@hooks.example.com/"],
    ["of 10,000 characters", `https://hooks.example.com/${"a".repeat(10_000)}`],
    ["with a control character", "https://hooks.example.com/\u0000"],
    ["with a line break", "https://hooks.example.com/\r\nX-Injected: 1"],
    ["empty", ""],
  ])("a URL %s is refused, in words", async (_, url) => {
    const answer = await create(url);
    expect(answer.__typename).toBe("WebhookUrlRefused");
    expect(answer.message.length).toBeLessThan(400);
  });

  test("no kind at all is refused", async () => {
    expect((await create("https://hooks.example.com/in", [])).__typename).toBe("UnknownWebhookKind");
  });

  test("a kind the API does not have never reaches core", async () => {
    const { body } = await graphqlRequest(
      host.url,
      `mutation { createWebhook(communityId: "${communityId}", url: "https://x.example", kinds: [MeetupPublished]) { __typename } }`,
      { token: organiser.token },
    );
    expect(body.errors?.[0]?.message).toMatch(/WebhookKind/);
  });

  test.each([
    ["no id", "not-an-id"],
    ["a path", "../../../etc"],
    ["of 5,000 characters", "x".repeat(5_000)],
    ["nobody's", "0190c0de-0000-7000-8000-000000000001"],
  ])("a webhook id that is %s is not found", async (_, webhookId) => {
    expect((await client.disable(organiser, webhookId)).__typename).toBe("WebhookNotFound");
  });

  test("a community id that is no community's is refused as not organised", async () => {
    const answer = await client.createWebhook(organiser, {
      communityId: "Q29tbXVuaXR5Om5vcGU=",
      url: "https://x.example",
      kinds: ["MEETUP_PUBLISHED"],
    });
    expect(answer.__typename).toBe("NotAWebhookOrganiser");
  });

  test("a delivery log page out of range, or from a cursor it never gave, is the client's mistake", async () => {
    await create("https://hooks.example.com/log");
    for (const [first, after] of [
      [0, null],
      [1_000, null],
      [5, "%%%"],
    ] as const) {
      const { body } = await graphqlRequest(
        host.url,
        "query ($slug: String!, $first: Int, $after: String) { community(slug: $slug) { webhooks { deliveries(first: $first, after: $after) { edges { cursor } } } } }",
        { token: organiser.token, variables: { slug, first, after } },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
