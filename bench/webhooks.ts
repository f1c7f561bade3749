import { Agent, request } from "node:http";
import { systemClock } from "@meetstream/core/clock/clock";
import { inParallel } from "@meetstream/core/concurrency/in-parallel";
import { eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { sqliteOutbox } from "@meetstream/core/outbox/sqlite";
import { projector } from "@meetstream/core/projection/projector";
import { startReceiver } from "@meetstream/core/testing/webhook-receiver";
import { webhookSender } from "@meetstream/core/webhook";
import { meetstreamModules, webhookReactor } from "@meetstream/functions/composition/meetstream-modules";
import { projectingStore } from "@meetstream/functions/lambda/projecting-store";
import { openLocalStores } from "@meetstream/functions/stores/local-stores";
import { removeDataFolder, temporaryDataFolder } from "@meetstream/functions/testing/test-host";
import { Webhook } from "standardwebhooks";
import type { BenchmarkResults } from "./results";

/** `MEETSTREAM_BENCH_WEBHOOK_EVENTS=100 pnpm bench webhooks` runs it small while developing. */
const events = Number(process.env.MEETSTREAM_BENCH_WEBHOOK_EVENTS ?? 500);
/** Subscriptions of the community, each hearing every event: 10 × 500 = 5,000 deliveries. */
const subscriptions = 10;
/** What one sender pass claims. */
const batch = 500;
/** Deliveries in flight at once, for the sender and for the bare baseline alike. */
const concurrency = 32;

const rate = (count: number, milliseconds: number) => count / (milliseconds / 1000);

/** The same bodies POSTed bare over keep-alive connections: no outbox, no signing, no outbound rules. */
async function barePosts(url: string, bodies: readonly string[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  await inParallel(
    bodies,
    concurrency,
    (body) =>
      new Promise<void>((resolve, reject) => {
        const sent = request(
          url,
          { method: "POST", agent, headers: { "content-type": "application/json" } },
          (response) => {
            response.resume();
            response.on("end", resolve);
          },
        );
        sent.on("error", reject);
        sent.end(body);
      }),
  );
  const milliseconds = performance.now() - started;
  agent.destroy();
  return milliseconds;
}

/**
 * Webhook deliveries on the local host's stores (SQLite in a temporary data folder) to a receiver on
 * loopback: a community with 10 subscriptions, 500 changes to its published meetup recorded by the real
 * dispatcher (5,000 deliveries in the webhook outbox), then the sender delivers them all, each claimed,
 * its subscription read from its stream, signed (Standard Webhooks), POSTed under the outbound rules and
 * settled. The figure is deliveries per second; the baseline is the same bodies POSTed bare.
 */
export async function webhooksBenchmark(): Promise<BenchmarkResults> {
  const dataFolder = temporaryDataFolder();
  const receiver = await startReceiver();
  const stores = openLocalStores(dataFolder, eventCatalog(...meetstreamEventTypes));
  try {
    const bare = personalDataStore(stores.events, stores.keys, meetstreamEventTypes);
    const live = projector({ store: bare, documents: stores.documents, projections: meetstreamProjections });
    const store = projectingStore(bare, live, (error) => {
      throw error;
    });
    const outbox = sqliteOutbox(stores.database, { table: "webhook_outbox" });
    const modules = meetstreamModules({
      store,
      documents: stores.documents,
      keys: stores.keys,
      clock: systemClock,
      emailSecret: "a bench secret that is long enough to count",
      webhooks: { outbox, mode: "local" },
    });
    const { members, communities, meetups } = modules;
    const webhooks = modules.webhooks;
    if (!webhooks) throw new Error("the modules have no webhooks");
    const organiser = (await members.signIn("organiser@webhooks.bench")).memberId;
    const { id: communityId } = await communities.found({
      actor: organiser,
      input: { name: "Webhook Bench", slug: "webhook-bench", joinMode: "open" },
    });
    const secrets = new Map<string, string>();
    for (let index = 0; index < subscriptions; index++) {
      const { secret } = await webhooks.subscribe({
        communityId,
        url: `${receiver.origin}/hook-${index}`,
        kinds: ["meetup.updated"],
        actor: organiser,
      });
      secrets.set(`/hook-${index}`, secret);
    }
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const { meetupId } = await meetups.schedule({
      actor: organiser,
      input: {
        communityId,
        title: "Webhooks at speed",
        description: "Deliveries, **signed**.",
        venue: { name: "Library", address: "1 Main St", coordinates: null },
        joinUrl: null,
        timeZone: "Europe/Amsterdam",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        capacity: null,
        guestLimit: 2,
        waitlist: false,
      },
    });
    await meetups.publish({ actor: organiser, meetupId });

    // The dispatcher records each change's deliveries; the sender is what is measured, after.
    const dispatcher = webhookReactor({
      store: bare,
      documents: stores.documents,
      keys: stores.keys,
      clock: systemClock,
      outbox,
      appOrigin: "http://127.0.0.1:4000",
      send: async () => {},
    });
    for (let index = 0; index < events; index++) {
      await meetups.edit({
        actor: organiser,
        meetupId,
        input: { title: `Webhooks at speed, take ${index + 1}` },
      });
      const appended = await bare.readStream(`meetup-${meetupId}`, { after: index + 2 });
      for (const event of appended) await dispatcher.react(event);
    }

    const sender = webhookSender({ outbox, webhooks, policy: { mode: "local" }, concurrency });
    const started = performance.now();
    let delivered = 0;
    for (let taken = await sender.sendDue(batch); taken > 0; taken = await sender.sendDue(batch))
      delivered += taken;
    const milliseconds = performance.now() - started;
    const expected = events * subscriptions;
    if (delivered !== expected || receiver.requests.length !== expected)
      throw new Error(`${receiver.requests.length} of ${expected} deliveries arrived (${delivered} taken)`);
    // Every 50th, verified as a receiver would (after the clock stopped: the receiver shares the two cores).
    for (const received of receiver.requests.filter((_, index) => index % 50 === 0))
      new Webhook(secrets.get(received.path) ?? "").verify(received.body, {
        "webhook-id": String(received.headers["webhook-id"]),
        "webhook-timestamp": String(received.headers["webhook-timestamp"]),
        "webhook-signature": String(received.headers["webhook-signature"]),
      });

    const bareMilliseconds = await barePosts(
      `${receiver.origin}/bare`,
      receiver.requests.slice(0, expected).map(({ body }) => body),
    );
    const value = rate(expected, milliseconds);
    const baseline = rate(expected, bareMilliseconds);
    return {
      "webhook deliveries to a loopback receiver": {
        value: Math.round(value),
        unit: "deliveries/s",
        baseline: Math.round(baseline),
        ratio: value / baseline,
        target: "≥ 500 deliveries/s",
        met: value >= 500,
      },
    };
  } finally {
    stores.close();
    await receiver.close();
    removeDataFolder(dataFolder);
  }
}
