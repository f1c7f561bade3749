import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { idempotencyStoreContract } from "./idempotency-contract";
import { createIdempotencyTable, dynamoIdempotencyStore } from "./idempotency-dynamodb";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

async function openStore(options: { keyPrefix?: string } = {}) {
  const tableName = uniqueTableName("idempotency");
  await createIdempotencyTable(dynamo.client, tableName);
  return { tableName, store: dynamoIdempotencyStore({ client: dynamo.client, tableName, ...options }) };
}

idempotencyStoreContract("DynamoDB (Powertools on dynalite)", async () => (await openStore()).store);

describe("DynamoDB idempotency store", () => {
  test("stores share records through the table, whichever Lambda function they run in", async () => {
    const { tableName, store } = await openStore();
    const key = newId();
    const previousName = process.env.AWS_LAMBDA_FUNCTION_NAME;
    await store.once(key, "payload", async () => "first");
    try {
      // Powertools would prefix keys with the function's name; ours share one prefix.
      process.env.AWS_LAMBDA_FUNCTION_NAME = "another-function";
      const elsewhere = dynamoIdempotencyStore({ client: dynamo.client, tableName });
      await expect(elsewhere.once(key, "payload", async () => "second")).resolves.toBe("first");
    } finally {
      if (previousName === undefined) delete process.env.AWS_LAMBDA_FUNCTION_NAME;
      else process.env.AWS_LAMBDA_FUNCTION_NAME = previousName;
    }
  });

  test("creating the table twice leaves it as it was", async () => {
    const { tableName, store } = await openStore();
    const key = newId();
    await store.once(key, "payload", async () => "first");
    await createIdempotencyTable(dynamo.client, tableName);
    await expect(store.once(key, "payload", async () => "second")).resolves.toBe("first");
  });
});
