import { afterAll, beforeAll } from "vitest";
import { createDocumentTable, dynamoDocumentStore } from "../documents/dynamodb";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { offlineRebuildEquivalence, rebuildWorldCatalogs } from "./offline-rebuild-equivalence";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

offlineRebuildEquivalence("DynamoDB (dynalite)", async () => {
  const events = uniqueTableName("events");
  await createEventTable(dynamo.client, events);
  return {
    log: dynamoEventStore({
      client: dynamo.client,
      tableName: events,
      catalog: rebuildWorldCatalogs.appending,
    }),
    readLog: dynamoEventStore({
      client: dynamo.client,
      tableName: events,
      catalog: rebuildWorldCatalogs.reading,
    }),
    async emptyDocuments() {
      const tableName = uniqueTableName("documents");
      await createDocumentTable(dynamo.client, tableName);
      return dynamoDocumentStore({ client: dynamo.client, tableName });
    },
    // The tables stay until the server stops: dynalite keeps them in memory only.
    async close() {},
  };
});
