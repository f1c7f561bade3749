import type { LookupFunction } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { systemClock } from "../clock/clock";
import { retryDelay } from "../outbox/retry-schedule";
import { failuresBeforeDisabling } from "./decider";
import { parsedWebhookPayload } from "./public-payloads";
import { meetupInput, type Receiver, startReceiver, type WebhookWorld, webhookWorld } from "./test-world";
import { type OutboundPolicy, postWebhook } from "./webhook-request";

let world: WebhookWorld;
let receiver: Receiver | undefined;
let organiser: string;
let communityId: string;

async function setUp(options: Parameters<typeof webhookWorld>[0] = {}) {
  world = webhookWorld(options);
  organiser = await world.register("olga");
  ({ id: communityId } = await world.communities.found({
    actor: organiser,
    input: { name: "Serverless Rotterdam", slug: "serverless-rotterdam", joinMode: "open" },
  }));
}
afterEach(async () => {
  world?.close();
  await receiver?.close();
  receiver = undefined;
});

async function publishedMeetup(): Promise<string> {
  const { meetupId } = await world.meetups.schedule({ actor: organiser, input: meetupInput(communityId) });
  await world.meetups.publish({ actor: organiser, meetupId });
  return meetupId;
}

async function member(name: string): Promise<string> {
  const memberId = await world.register(name);
  await world.communities.join({ actor: memberId, communityId });
  return memberId;
}

const subscribe = (url: string, kinds: string[] = ["meetup.published", "rsvp.confirmed"]) =>
  world.webhooks.subscribe({ communityId, url, kinds, actor: organiser });

const headersOf = (request: { headers: Record<string, unknown> }) => ({
  "webhook-id": String(request.headers["webhook-id"]),
  "webhook-timestamp": String(request.headers["webhook-timestamp"]),
  "webhook-signature": String(request.headers["webhook-signature"]),
});

describe("webhook deliveries to a receiver on loopback", () => {
  test("each event of a subscribed kind arrives signed, and standardwebhooks verifies it", async () => {
    // Receivers refuse a timestamp five minutes off the real time: the sender signs at the real time here.
    await setUp({ senderClock: systemClock });
    receiver = await startReceiver();
    const { secret } = await subscribe(`${receiver.origin}/hooks/meetstream`);
    const meetupId = await publishedMeetup();
    const ann = await member("ann");
    await world.meetups.rsvp({ actor: ann, meetupId, guests: 1 });

    expect(receiver.requests.map(({ path }) => path)).toEqual(["/hooks/meetstream", "/hooks/meetstream"]);
    const verified = receiver.requests.map((request) =>
      new Webhook(secret).verify(request.body, headersOf(request)),
    );
    expect(verified.map((payload) => parsedWebhookPayload(payload).type)).toEqual([
      "meetup.published",
      "rsvp.confirmed",
    ]);
    expect(verified[1]).toMatchObject({
      version: 1,
      data: {
        community: { id: communityId, slug: "serverless-rotterdam", name: "Serverless Rotterdam" },
        meetup: { id: meetupId, title: "Event sourcing in practice", seatsTaken: 2, online: true },
        party: { seats: 2 },
      },
    });
    // Nothing names the member, nor shows what only confirmed attendees see.
    for (const { body } of receiver.requests) {
      expect(body).not.toContain(ann);
      expect(body).not.toContain("ann@example.com");
      expect(body).not.toContain("meet.example");
    }
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another secret of 32 bytes length").toString("base64")}`).verify(
        receiver?.requests[0]?.body ?? "",
        headersOf(receiver?.requests[0] ?? { headers: {} }),
      ),
    ).toThrow();
  });

  test("kinds the subscription did not choose are not sent", async () => {
    await setUp();
    receiver = await startReceiver();
    await subscribe(receiver.origin, ["rsvp.confirmed"]);
    await publishedMeetup();
    expect(receiver.requests).toEqual([]);
  });

  test("after a rotation the old and the new secret both sign until the overlap ends, then the new one alone", async () => {
    // Receivers refuse a timestamp five minutes off the real time, so the overlaps are set around it: one
    // rotated 25 hours ago (its day of overlap is over), one rotated now.
    await setUp({ senderClock: systemClock });
    receiver = await startReceiver();
    const realNow = Date.now();
    world.clock.set(new Date(realNow - 25 * 60 * 60 * 1000));
    const { webhook: earlier, secret: earlierOld } = await subscribe(`${receiver.origin}/earlier`, [
      "meetup.published",
    ]);
    const { secret: earlierNew } = await world.webhooks.rotateSecret({
      webhookId: earlier.id,
      actor: organiser,
    });
    world.clock.set(new Date(realNow));
    const { webhook: now, secret: nowOld } = await subscribe(`${receiver.origin}/now`, ["meetup.published"]);
    const { secret: nowNew } = await world.webhooks.rotateSecret({ webhookId: now.id, actor: organiser });
    expect(new Set([earlierOld, earlierNew, nowOld, nowNew]).size).toBe(4);

    const startsAt = new Date(realNow + 10 * 24 * 60 * 60 * 1000);
    const { meetupId } = await world.meetups.schedule({
      actor: organiser,
      input: meetupInput(communityId, {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(),
      }),
    });
    await world.meetups.publish({ actor: organiser, meetupId });
    const at = (path: string) => {
      const request = receiver?.requests.find((received) => received.path === path);
      if (!request) throw new Error(`nothing was delivered to ${path}`);
      return request;
    };
    const during = at("/now");
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [nowOld, nowNew])
      expect(() => new Webhook(secret).verify(during.body, headersOf(during))).not.toThrow();
    const after = at("/earlier");
    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => new Webhook(earlierNew).verify(after.body, headersOf(after))).not.toThrow();
    expect(() => new Webhook(earlierOld).verify(after.body, headersOf(after))).toThrow();
  });

  test("a receiver failing twice then succeeding gets the delivery on the third try, with backoff between", async () => {
    await setUp();
    receiver = await startReceiver((_, index) => ({ status: index < 2 ? 503 : 204 }));
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    await publishedMeetup();
    expect(receiver.requests).toHaveLength(1);

    world.clock.advance(retryDelay(0) - 1);
    expect(await world.sender.sendDue()).toBe(0);
    world.clock.advance(1);
    expect(await world.sender.sendDue()).toBe(1);
    world.clock.advance(retryDelay(1));
    expect(await world.sender.sendDue()).toBe(1);
    expect(receiver.requests).toHaveLength(3);
    // The same delivery each time: a receiver drops duplicates by it.
    expect(new Set(receiver.requests.map(({ headers }) => headers["webhook-id"])).size).toBe(1);

    const log = await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 });
    expect(log?.deliveries).toHaveLength(1);
    expect(log?.deliveries[0]).toMatchObject({
      kind: "meetup.published",
      status: "delivered",
      attemptCount: 3,
    });
    expect(log?.deliveries[0]?.attempts.map(({ outcome }) => outcome)).toEqual([
      "HTTP 204",
      "HTTP 503",
      "HTTP 503",
    ]);
    // Its failures in a row were counted, and the success started the count again.
    expect((await world.webhooks.subscriptionOf(webhook.id))?.consecutiveFailures).toBe(0);
  });

  test(`after ${failuresBeforeDisabling} failures in a row the subscription is disabled and its organisers see why`, async () => {
    await setUp();
    receiver = await startReceiver(() => ({ status: 500 }));
    const { webhook } = await subscribe(receiver.origin, ["meetup.published", "rsvp.confirmed"]);
    await publishedMeetup();
    for (let attempt = 1; attempt < failuresBeforeDisabling; attempt++) {
      world.clock.advance(retryDelay(attempt - 1));
      expect(await world.sender.sendDue()).toBe(1);
    }
    expect(receiver.requests).toHaveLength(failuresBeforeDisabling);
    expect(world.disabled).toEqual([webhook.id]);
    const seen = await world.webhooks.webhookOf(webhook.id, organiser);
    expect(seen).toMatchObject({ status: "disabled", disabledReason: "failures", consecutiveFailures: 20 });
    expect(seen?.disabledAt).toBe(world.clock.now().toISOString());
    const [delivery] =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 }))?.deliveries ?? [];
    expect(delivery).toMatchObject({ status: "failed", nextTryAt: null });
    expect(delivery?.attempts[0]?.outcome).toBe("HTTP 500; webhook disabled");

    // Nothing more goes out: no retry, no new event.
    world.clock.advance(24 * 60 * 60 * 1000);
    expect(await world.sender.sendDue()).toBe(0);
    const meetupId = await publishedMeetup();
    await world.meetups.rsvp({ actor: await member("ann"), meetupId });
    expect(receiver.requests).toHaveLength(failuresBeforeDisabling);
  });

  test("many deliveries failing at once disable the subscription once, at its 20th failure", async () => {
    await setUp();
    receiver = await startReceiver(() => ({ status: 503 }));
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    await world.outbox.enqueue(
      Array.from({ length: 30 }, (_, index) => ({
        eventId: `0190c0de-0000-7000-8000-${String(index).padStart(12, "0")}`,
        recipient: webhook.id,
        kind: "webhook:meetup.published",
        payload: { type: "meetup.published", index },
      })),
    );
    expect(await world.sender.sendDue()).toBe(30);
    expect(world.disabled).toEqual([webhook.id]);
    const subscription = await world.webhooks.subscriptionOf(webhook.id);
    expect(subscription).toMatchObject({
      status: "disabled",
      disabledReason: "failures",
      consecutiveFailures: 20,
    });
    const { deliveries = [] } =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 30 })) ?? {};
    // Those that failed before it was disabled come again; the rest wait for an organiser.
    const outcomes = deliveries.map((delivery) => delivery.status);
    expect(outcomes.filter((status) => status === "pending")).toHaveLength(19);
    expect(outcomes.filter((status) => status === "failed")).toHaveLength(11);
  });

  test("a subscription deleted while its delivery fails is sent nothing more", async () => {
    await setUp();
    receiver = await startReceiver(() => ({ status: 500 }));
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    await publishedMeetup();
    await world.webhooks.delete({ webhookId: webhook.id, actor: organiser });
    world.clock.advance(retryDelay(0));
    expect(await world.sender.sendDue()).toBe(1);
    expect(receiver.requests).toHaveLength(1);
    const entry = (await world.outbox.forRecipient(webhook.id, { first: 1 })).entries[0];
    expect(entry).toMatchObject({
      status: "failed",
      attempts: [{ outcome: "skipped: webhook deleted" }, {}],
    });
  });

  test("a delivery is redelivered by hand, under the same webhook-id", async () => {
    await setUp();
    receiver = await startReceiver();
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    await publishedMeetup();
    const [delivery] =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 }))?.deliveries ?? [];
    if (!delivery) throw new Error("nothing was delivered");
    const redelivered = await world.webhooks.redeliver({
      webhookId: webhook.id,
      deliveryId: delivery.id,
      actor: organiser,
    });
    expect(redelivered.status).toBe("pending");
    expect(await world.sender.sendDue()).toBe(1);
    expect(receiver.requests.map(({ headers }) => headers["webhook-id"])).toEqual([
      receiver.requests[0]?.headers["webhook-id"],
      receiver.requests[0]?.headers["webhook-id"],
    ]);
    const [after] =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 }))?.deliveries ?? [];
    expect(after).toMatchObject({ status: "delivered", attemptCount: 2 });
  });

  test("a disabled subscription is sent nothing; enabled again, it is", async () => {
    await setUp();
    receiver = await startReceiver();
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    await world.webhooks.disable({ webhookId: webhook.id, actor: organiser });
    await publishedMeetup();
    expect(receiver.requests).toHaveLength(0);
    await world.webhooks.enable({ webhookId: webhook.id, actor: organiser });
    await publishedMeetup();
    expect(receiver.requests).toHaveLength(1);
  });
});

/** Resolves the test's names to the addresses they stand for, as a DNS server would answer them. */
const resolving =
  (addresses: Record<string, string>): LookupFunction =>
  (hostname, options, callback) => {
    const address = addresses[hostname];
    if (!address) return callback(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), "", 0);
    const family = address.includes(":") ? 6 : 4;
    if (options.all)
      return (callback as unknown as (e: null, all: unknown[]) => void)(null, [{ address, family }]);
    callback(null, address, family);
  };

describe("outbound safety", () => {
  test("on AWS, a URL whose name resolves to loopback is refused and nothing reaches the receiver", async () => {
    receiver = await startReceiver();
    await setUp({
      mode: "aws",
      policy: { lookup: resolving({ "hooks.example.com": "127.0.0.1", "rebound.example.com": "127.0.0.1" }) },
    });
    const { webhook } = await subscribe(`https://hooks.example.com:${receiver.port}/in`, [
      "meetup.published",
    ]);
    await publishedMeetup();
    expect(receiver.connections).toBe(0);
    const [delivery] =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 }))?.deliveries ?? [];
    expect(delivery?.attempts[0]?.outcome).toBe("refused: loopback address");
    expect(delivery?.status).toBe("pending");
  });

  test.each([
    ["internal.example.com", "10.20.30.40", "refused: private address"],
    ["metadata.example.com", "169.254.169.254", "refused: link-local address"],
    ["localhost", "127.0.0.1", "refused: loopback address"],
    ["v6.example.com", "fd12::1", "refused: private address"],
    ["mapped.example.com", "::ffff:10.0.0.1", "refused: private address"],
  ])("on AWS, %s resolving to %s is refused before connecting", async (hostname, address, outcome) => {
    const response = await postWebhook(
      `https://${hostname}:8443/in`,
      "{}",
      {},
      {
        mode: "aws",
        lookup: resolving({ [hostname]: address }),
      },
    );
    expect(response).toEqual({ delivered: false, outcome, status: null, responseBytes: 0, cut: false });
  });

  test("on AWS, literal addresses are refused too, and plain http everywhere", async () => {
    const aws: OutboundPolicy = { mode: "aws" };
    expect((await postWebhook("https://10.0.0.1/in", "{}", {}, aws)).outcome).toBe(
      "refused: private address",
    );
    expect((await postWebhook("https://[fe80::1]/in", "{}", {}, aws)).outcome).toBe(
      "refused: link-local address",
    );
    expect((await postWebhook("http://hooks.example.com/in", "{}", {}, aws)).outcome).toBe(
      "refused: not https",
    );
  });

  test("locally, plain http goes to loopback only", async () => {
    receiver = await startReceiver();
    const local: OutboundPolicy = { mode: "local", lookup: resolving({ "lan.example.com": "192.168.1.20" }) };
    expect((await postWebhook(`${receiver.origin}/in`, "{}", {}, local)).outcome).toBe("HTTP 200");
    expect((await postWebhook("http://lan.example.com/in", "{}", {}, local)).outcome).toBe(
      "refused: plain http to an address other than loopback",
    );
  });

  test("a redirect to the same host is followed; one to another host is refused", async () => {
    receiver = await startReceiver((request) =>
      request.path === "/moved"
        ? { status: 307, headers: { location: "/here" } }
        : request.path === "/away"
          ? { status: 307, headers: { location: `http://localhost:${receiver?.port}/here` } }
          : { status: 200 },
    );
    const local: OutboundPolicy = { mode: "local" };
    expect((await postWebhook(`${receiver.origin}/moved`, '{"a":1}', {}, local)).outcome).toBe("HTTP 200");
    expect(receiver.requests.map(({ method, path, body }) => `${method} ${path} ${body}`)).toEqual([
      'POST /moved {"a":1}',
      'POST /here {"a":1}',
    ]);
    const away = await postWebhook(`${receiver.origin}/away`, "{}", {}, local);
    expect(away).toMatchObject({
      delivered: false,
      outcome: "refused: redirect to another host",
      status: 307,
    });
    expect(receiver.requests.map(({ path }) => path)).toEqual(["/moved", "/here", "/away"]);
  });

  test("a response over 64 KB is cut at 64 KB", async () => {
    receiver = await startReceiver(() => ({ status: 200, body: "x".repeat(1024 * 1024) }));
    const response = await postWebhook(`${receiver.origin}/in`, "{}", {}, { mode: "local" });
    expect(response).toEqual({
      delivered: true,
      outcome: "HTTP 200",
      status: 200,
      responseBytes: 64 * 1024,
      cut: true,
    });
  });

  test("a receiver that never answers is given up at the timeout, and the try is logged as such", async () => {
    await setUp({ policy: { timeoutMilliseconds: 300 } });
    receiver = await startReceiver(() => "hang");
    const { webhook } = await subscribe(receiver.origin, ["meetup.published"]);
    const started = performance.now();
    await publishedMeetup();
    expect(performance.now() - started).toBeLessThan(3_000);
    const [delivery] =
      (await world.webhooks.deliveriesOf(webhook.id, organiser, { first: 10 }))?.deliveries ?? [];
    expect(delivery?.attempts[0]).toMatchObject({ outcome: "timeout" });
    expect(delivery?.attempts[0]?.milliseconds).toBeGreaterThanOrEqual(290);
    expect(delivery).toMatchObject({
      status: "pending",
      nextTryAt: new Date(world.clock.now().getTime() + 60_000).toISOString(),
    });
  });

  test("the timeout is five seconds unless told otherwise", async () => {
    const { defaultTimeoutMilliseconds, defaultResponseLimitBytes } = await import("./webhook-request");
    expect([defaultTimeoutMilliseconds, defaultResponseLimitBytes]).toEqual([5_000, 65_536]);
  });
});

beforeEach(() => {
  receiver = undefined;
});
