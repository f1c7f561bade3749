import { afterAll, beforeAll } from "vitest";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { documentStoreContract } from "./contract";
import { createDocumentTable, dynamoDocumentStore } from "./dynamodb";

let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.stop();
});

documentStoreContract("DynamoDB", async () => {
  const tableName = uniqueTableName("documents");
  await createDocumentTable(dynamo.client, tableName);
  const store = dynamoDocumentStore({ client: dynamo.client, tableName });
  return { store, close: () => store.close() };
});
