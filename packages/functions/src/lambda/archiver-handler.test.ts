import { restoreEvents } from "@meetstream/core/archive";
import type { EventStore } from "@meetstream/core/eventstore";
import { createEventTable, dynamoEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { insertRecordsOfTable } from "@meetstream/core/testing/event-table-stream";
import { AccountOpened, Deposited, ledgerCatalog, Withdrawn } from "@meetstream/core/testing/ledger";
import type { DynamoDBStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { s3Bucket } from "../archive/s3-bucket";
import { lambdaContext } from "../testing/lambda-context";
import { type LocalS3, startS3rver } from "../testing/s3rver";
import { silentLogger } from "../testing/test-host";
import { createArchiverHandler } from "./archiver-handler";

let dynamo: LocalDynamo;
let s3: LocalS3;
beforeAll(async () => {
  [dynamo, s3] = await Promise.all([startDynalite(), startS3rver(["archive"])]);
});
afterAll(() => Promise.all([dynamo.stop(), s3.stop()]));

const meta = (occurredAt: string) => ({
  actor: "tester",
  occurredAt,
  correlationId: newId(),
  causationId: null,
});

async function eventTable(): Promise<{ tableName: string; store: EventStore }> {
  const tableName = uniqueTableName("events");
  await createEventTable(dynamo.client, tableName);
  return { tableName, store: dynamoEventStore({ client: dynamo.client, tableName, catalog: ledgerCatalog }) };
}

const keysOf = async (bucket: ReturnType<typeof s3Bucket>) => {
  const keys: string[] = [];
  for await (const key of bucket.list("events/")) keys.push(key);
  return keys;
};

describe("the archiver", () => {
  test("archives each commit of the stream once, whatever is delivered twice, and the archive restores the table", async () => {
    const { tableName, store } = await eventTable();
    const opened = {
      id: newId(),
      ...AccountOpened({ owner: "ann" }),
      meta: meta("2026-11-25T23:59:59.000Z"),
    };
    await store.append("account-1", [opened], { expectedVersion: "no stream" });
    await store.append(
      "account-1",
      [
        { id: newId(), ...Deposited({ amount: 10, memo: "" }), meta: meta("2026-11-26T10:00:00.000Z") },
        { id: newId(), ...Withdrawn({ amount: 3 }), meta: meta("2026-11-26T10:00:00.000Z") },
      ],
      { expectedVersion: 1 },
    );
    await store.append(
      "account-2",
      [{ id: newId(), ...AccountOpened({ owner: "bob" }), meta: meta("2026-11-26T11:00:00.000Z") }],
      {
        expectedVersion: "no stream",
      },
    );
    const records = await insertRecordsOfTable(dynamo, tableName);
    // Three commits and four event id claims.
    expect(records).toHaveLength(7);

    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: `${tableName}/` });
    const handler = createArchiverHandler({ bucket, logger: silentLogger() });
    const event = { Records: records } as unknown as DynamoDBStreamEvent;
    expect(await handler(event, lambdaContext())).toEqual({ batchItemFailures: [] });
    const keys = await keysOf(bucket);
    expect(keys).toHaveLength(3);
    expect(keys).toContain(`events/2026/11/25/${opened.id}.ndjson`);
    const contents = await Promise.all(keys.map((key) => bucket.read(key)));

    // Redelivered, in another order: the same objects, byte for byte.
    expect(
      await handler({ Records: [...records].reverse() } as unknown as DynamoDBStreamEvent, lambdaContext()),
    ).toEqual({
      batchItemFailures: [],
    });
    expect(await keysOf(bucket)).toEqual(keys);
    expect(await Promise.all(keys.map((key) => bucket.read(key)))).toEqual(contents);

    const restored = await eventTable();
    await restoreEvents({ bucket, store: restored.store, catalog: ledgerCatalog });
    for (const streamId of ["account-1", "account-2"])
      expect(await restored.store.readStream(streamId)).toEqual(await store.readStream(streamId));
  });

  test("a record it cannot read is reported alone, and the others are archived", async () => {
    const { tableName, store } = await eventTable();
    await store.append(
      "account-1",
      [{ id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta("2026-11-26T10:00:00.000Z") }],
      {
        expectedVersion: "no stream",
      },
    );
    await store.append(
      "account-2",
      [{ id: newId(), ...AccountOpened({ owner: "bob" }), meta: meta("2026-11-26T10:00:00.000Z") }],
      {
        expectedVersion: "no stream",
      },
    );
    // The event id claims are left out: only commits go to S3.
    const commits = (await insertRecordsOfTable(dynamo, tableName)).filter(
      (record) => (record.dynamodb.Keys.firstVersion as { N: string }).N !== "0",
    );
    const broken = structuredClone(commits[0]);
    if (!broken) throw new Error("no commit to break");
    broken.eventID = "broken";
    broken.dynamodb.NewImage = { ...broken.dynamodb.NewImage, events: { S: "not a list" } };

    const bucket = s3Bucket({ client: s3.client, bucketName: "archive", prefix: `${tableName}/` });
    const handler = createArchiverHandler({ bucket, logger: silentLogger() });
    const response = await handler(
      { Records: [broken, ...commits] } as unknown as DynamoDBStreamEvent,
      lambdaContext(),
    );
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: broken.dynamodb.SequenceNumber }] });
    expect(await keysOf(bucket)).toHaveLength(2);
  });
});
