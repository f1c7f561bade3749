import { Logger } from "@aws-lambda-powertools/logger";
import type { PendingEvent } from "@meetstream/core/eventstore";
import { createEventTable, dynamoEventStore } from "@meetstream/core/eventstore";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { insertRecordsOfTable } from "@meetstream/core/testing/event-table-stream";
import { ledgerCatalog } from "@meetstream/core/testing/ledger";
import type { DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { busDetailSchema, eventSource } from "../fan-out/bus-detail";
import { lambdaContext } from "../testing/lambda-context";
import { mockEventBridge } from "../testing/mock-event-bridge";
import { createPublisherHandler } from "./publisher-handler";

let dynamo: LocalDynamo;
let records: DynamoDBRecord[];

const deposit = (amount: number): PendingEvent => ({
  id: crypto.randomUUID(),
  type: "Deposited",
  data: { amount, memo: "" },
  meta: {
    actor: "member-1",
    occurredAt: new Date().toISOString(),
    correlationId: crypto.randomUUID(),
    causationId: null,
  },
});

const opened = (owner: string): PendingEvent => ({ ...deposit(1), type: "AccountOpened", data: { owner } });

/** Commits in the order the stream delivers them, with the event id claims the table holds among them. */
beforeAll(async () => {
  dynamo = await startDynalite();
  const tableName = uniqueTableName("events");
  await createEventTable(dynamo.client, tableName);
  const store = dynamoEventStore({ client: dynamo.client, tableName, catalog: ledgerCatalog });
  await store.append("account-a", [opened("ann")], { expectedVersion: "no stream" });
  await store.append("account-b", [opened("bob")], { expectedVersion: "no stream" });
  // Twelve events in one commit: more than one PutEvents request holds.
  await store.append(
    "account-a",
    Array.from({ length: 12 }, (_, index) => deposit(index + 1)),
    { expectedVersion: 1 },
  );
  await store.append("account-b", [deposit(5)], { expectedVersion: 1 });
  const all = (await insertRecordsOfTable(dynamo, tableName)) as unknown as DynamoDBRecord[];
  const version = (record: DynamoDBRecord) => Number(record.dynamodb?.Keys?.firstVersion?.N);
  // A stream delivers in write order: claims first (written before their commit), then commits by version.
  records = [...all].sort((left, right) => version(left) - version(right));
});
afterAll(async () => {
  await dynamo.stop();
});

const silent = new Logger({ serviceName: "publisher-test", logLevel: "SILENT" });
const noWaiting = { sleep: async () => {}, random: () => 0.5 };
const streamEvent = (batch: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: batch });
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? "";

describe("the publisher (with a mock EventBridge client)", () => {
  test("publishes each commit's events once, in order, ten entries a request at most, and skips event id claims", async () => {
    const eventBridge = mockEventBridge();
    const publish = createPublisherHandler({
      eventBridge: eventBridge.client,
      busName: "bus",
      logger: silent,
    });

    const response = await publish(streamEvent(records), lambdaContext("publisher"));

    expect(response.batchItemFailures).toEqual([]);
    for (const request of eventBridge.requests) expect(request.length).toBeLessThanOrEqual(10);
    const details = eventBridge.accepted.map((entry) => {
      expect(entry).toMatchObject({ EventBusName: "bus", Source: eventSource });
      return busDetailSchema.parse(JSON.parse(entry.Detail ?? ""));
    });
    const published = details.map((detail) =>
      "version" in detail ? `${detail.streamId}@${detail.version}` : "",
    );
    expect(published).toEqual([
      "account-a@1",
      "account-b@1",
      ...Array.from({ length: 12 }, (_, index) => `account-a@${index + 2}`),
      "account-b@2",
    ]);
    expect(eventBridge.accepted.map((entry) => entry.DetailType)).toContain("AccountOpened");
  });

  test("sends again only the entries EventBridge refused, after a jittered backoff", async () => {
    const eventBridge = mockEventBridge((call) =>
      call === 1 ? { refuse: (index) => index === 0 } : undefined,
    );
    const delays: number[] = [];
    const publish = createPublisherHandler({
      eventBridge: eventBridge.client,
      busName: "bus",
      logger: silent,
      retry: {
        sleep: async (milliseconds) => void delays.push(milliseconds),
        random: () => 0.5,
        baseDelayMilliseconds: 40,
      },
    });

    const response = await publish(streamEvent(records), lambdaContext("publisher"));

    expect(response.batchItemFailures).toEqual([]);
    expect(eventBridge.requests[1]).toEqual([eventBridge.requests[0]?.[0]]);
    expect(delays).toEqual([20]);
    expect(eventBridge.accepted).toHaveLength(15);
  });

  test("a record that fails fails every record after it too, and those before it stay published", async () => {
    // The third request belongs to the big commit's second half: that commit fails, and the one after it.
    const eventBridge = mockEventBridge((call) =>
      call === 3 ? new Error("EventBridge is unavailable") : undefined,
    );
    const publish = createPublisherHandler({
      eventBridge: eventBridge.client,
      busName: "bus",
      logger: silent,
      retry: noWaiting,
    });

    const response = await publish(streamEvent(records), lambdaContext("publisher"));

    const bigCommit = records.findIndex((record) => record.dynamodb?.Keys?.firstVersion?.N === "2");
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual(
      records.slice(bigCommit).map(sequenceOf),
    );
    expect(eventBridge.requests).toHaveLength(3);
  });

  test("entries refused on every attempt fail their record", async () => {
    const eventBridge = mockEventBridge(() => ({ refuse: () => true }));
    const publish = createPublisherHandler({
      eventBridge: eventBridge.client,
      busName: "bus",
      logger: silent,
      retry: { ...noWaiting, maximumAttempts: 3 },
    });
    const first = records.find((record) => record.dynamodb?.Keys?.firstVersion?.N === "1") as DynamoDBRecord;

    const response = await publish(streamEvent([first]), lambdaContext("publisher"));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: sequenceOf(first) }]);
    expect(eventBridge.requests).toHaveLength(3);
  });
});
