import { afterAll, beforeAll } from "vitest";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { outboxContract } from "./contract";
import { createOutboxTable, dynamoOutbox } from "./dynamodb";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

outboxContract("DynamoDB (dynalite)", async (clock) => {
  const tableName = uniqueTableName("outbox");
  await createOutboxTable(dynamo.client, tableName);
  return dynamoOutbox({ client: dynamo.client, tableName, clock });
});
