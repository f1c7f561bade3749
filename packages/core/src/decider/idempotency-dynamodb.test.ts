import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { idempotencyStoreContract } from "./idempotency-contract";
import { createIdempotencyTable, dynamoIdempotencyStore } from "./idempotency-dynamodb";
import { IdempotencyInProgress } from "./idempotency-store";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

async function openStore(options: Partial<Parameters<typeof dynamoIdempotencyStore>[0]> = {}) {
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

  test("a run that never finished holds its key for seconds: the bound, or what its invocation had left", async () => {
    const waitFor = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));
    const never = () => new Promise<never>(() => {});
    // The first Lambda dies mid-run: its work never settles, and the second finds the claim.
    for (const options of [
      { inProgressExpiresAfterSeconds: 1 },
      { inProgressExpiresAfterSeconds: 30, remainingMilliseconds: () => 1_000 },
    ]) {
      const { tableName, store } = await openStore(options);
      const key = newId();
      void store.once(key, "payload", never);
      const next = dynamoIdempotencyStore({ client: dynamo.client, tableName });
      await waitFor(100);
      await expect(next.once(key, "payload", async () => "again")).rejects.toBeInstanceOf(
        IdempotencyInProgress,
      );
      await waitFor(1_100);
      await expect(next.once(key, "payload", async () => "again")).resolves.toBe("again");
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
