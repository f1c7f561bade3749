import { afterAll, beforeAll } from "vitest";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { keyStoreContract } from "./contract";
import { createKeyTable, dynamoKeyStore } from "./dynamodb";

let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.stop();
});

keyStoreContract("DynamoDB (dynalite)", async () => {
  const tableName = uniqueTableName("keys");
  await createKeyTable(dynamo.client, tableName);
  // dynalite keeps tables in memory until the server stops.
  return { keys: dynamoKeyStore({ client: dynamo.client, tableName }), close: async () => {} };
});
