/**
 * Webhooks as the AWS functions compose them, on dynalite tables: the dispatcher records a delivery in
 * the DynamoDB webhook outbox, and the sender, in AWS mode, refuses a URL whose name resolves to loopback
 * without connecting; the organiser's delivery log says so.
 */
import type { LookupFunction } from "node:net";
import { Logger } from "@aws-lambda-powertools/logger";
import { systemClock } from "@meetstream/core/clock/clock";
import { meetstreamProjections } from "@meetstream/core/meetstream";
import { dynamoOutbox } from "@meetstream/core/outbox/dynamodb";
import { projector } from "@meetstream/core/projection/projector";
import { type LocalDynamo, startDynalite } from "@meetstream/core/testing/dynalite";
import { type Receiver, startReceiver } from "@meetstream/core/testing/webhook-receiver";
import { afterAll, beforeAll, expect, test } from "vitest";
import { meetstreamModules } from "../composition/meetstream-modules";
import { meetupInput } from "../graphql/meetup-test-client";
import { openAwsStores } from "../stores/aws-stores";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { projectingStore } from "./projecting-store";
import { webhookDelivery } from "./webhook-delivery";

let dynamo: LocalDynamo;
let receiver: Receiver;
const tables = tableNames("events", "documents", "keys", "webhookOutbox");
const emailSecret = "a-test-secret-of-at-least-thirty-two-bytes!";

/** What a DNS server would answer for the receiver's name: the loopback address it listens on. */
const toLoopback: LookupFunction = (_hostname, options, callback) =>
  options.all
    ? (callback as unknown as (error: null, all: unknown[]) => void)(null, [
        { address: "127.0.0.1", family: 4 },
      ])
    : callback(null, "127.0.0.1", 4);

beforeAll(async () => {
  [dynamo, receiver] = await Promise.all([startDynalite(), startReceiver()]);
  await createTables(dynamo.client, tables);
});
afterAll(async () => {
  await receiver.close();
  await dynamo.stop();
});

test("a delivery to a name that resolves to loopback is recorded, refused in AWS mode, and nothing is sent", async () => {
  const stores = openAwsStores(dynamo.client, tables);
  const store = projectingStore(
    stores.store,
    projector({ store: stores.store, documents: stores.documents, projections: meetstreamProjections }),
    (error) => {
      throw error;
    },
  );
  const outbox = dynamoOutbox({ client: dynamo.client, tableName: tables.webhookOutbox });
  const { members, communities, meetups, webhooks } = meetstreamModules({
    ...stores,
    store,
    clock: systemClock,
    emailSecret,
    webhooks: { outbox, mode: "aws" },
  });
  if (!webhooks) throw new Error("no webhooks");
  const organiser = (await members.signIn("olga@example.com")).memberId;
  const { id: communityId } = await communities.found({
    actor: organiser,
    input: { name: "On AWS", slug: "on-aws", joinMode: "open" },
  });
  const { webhook } = await webhooks.subscribe({
    communityId,
    url: `https://hooks.example.com:${receiver.port}/in`,
    kinds: ["meetup.published"],
    actor: organiser,
  });
  const { meetupId } = await meetups.schedule({ actor: organiser, input: meetupInput(communityId) });
  await meetups.publish({ actor: organiser, meetupId });

  const { dispatcher } = webhookDelivery({
    client: dynamo.client,
    tables,
    emailSecret,
    appOrigin: "https://meetstream.example",
    logger: new Logger({ serviceName: "test", logLevel: "SILENT" }),
    policy: { lookup: toLoopback },
  });
  const events = await stores.store.readStream(`meetup-${meetupId}`);
  for (const event of events) await dispatcher.react(event);

  expect(receiver.connections).toBe(0);
  const log = await webhooks.deliveriesOf(webhook.id, organiser, { first: 10 });
  expect(log?.deliveries).toHaveLength(1);
  expect(log?.deliveries[0]).toMatchObject({ kind: "meetup.published", status: "pending", attemptCount: 1 });
  expect(log?.deliveries[0]?.attempts[0]?.outcome).toBe("refused: loopback address");
  expect(JSON.parse(log?.deliveries[0]?.body ?? "{}")).toMatchObject({
    type: "meetup.published",
    data: { meetup: { id: meetupId, url: `https://meetstream.example/meetups/${meetupId}` } },
  });
});
