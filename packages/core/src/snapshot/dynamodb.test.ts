import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createIdempotencyTable, dynamoIdempotencyStore } from "../decider/idempotency-dynamodb";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { snapshotStoreContract } from "./contract";
import { dynamoSnapshotStore } from "./dynamodb";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.stop();
});

async function idempotencyTable(): Promise<string> {
  const tableName = uniqueTableName("idempotency");
  await createIdempotencyTable(dynamo.client, tableName);
  return tableName;
}

snapshotStoreContract("DynamoDB (the Idempotency table, on dynalite)", async () =>
  dynamoSnapshotStore({ client: dynamo.client, tableName: await idempotencyTable() }),
);

describe("DynamoDB snapshot store", () => {
  test("snapshots and idempotent results share the table without touching each other", async () => {
    const tableName = await idempotencyTable();
    const snapshots = dynamoSnapshotStore({ client: dynamo.client, tableName });
    const idempotency = dynamoIdempotencyStore({ client: dynamo.client, tableName });
    const snapshot = {
      streamId: "ledger-1",
      version: 3,
      lastEventId: "event-3",
      tag: "ledger/1",
      state: Uint8Array.of(1, 2, 3),
    };

    await snapshots.save(snapshot);
    await expect(idempotency.once("ledger-1", "payload", async () => "first")).resolves.toBe("first");
    await expect(idempotency.once("ledger-1", "payload", async () => "second")).resolves.toBe("first");

    expect(await snapshots.latest("ledger-1")).toEqual(snapshot);
  });

  test("a snapshot carries the table's expiry, so that a dormant stream's goes away", async () => {
    const tableName = await idempotencyTable();
    const now = () => Date.parse("2026-12-02T08:00:00.000Z");
    const snapshots = dynamoSnapshotStore({ client: dynamo.client, tableName, expiresAfterSeconds: 60, now });
    await snapshots.save({
      streamId: "ledger-1",
      version: 3,
      lastEventId: "event-3",
      tag: "ledger/1",
      state: Uint8Array.of(1),
    });

    const { GetCommand } = await import("@aws-sdk/lib-dynamodb");
    const { Item } = await dynamo.client.send(
      new GetCommand({ TableName: tableName, Key: { id: "snapshot:ledger-1" } }),
    );

    expect(Item?.expiration).toBe(now() / 1000 + 60);
  });
});
