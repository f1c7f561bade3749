import { afterAll, beforeAll } from "vitest";
import { createDocumentTable, dynamoDocumentStore } from "../documents/dynamodb";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import type { EventCatalog } from "../eventstore/event-catalog";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { ledgerCatalog } from "../testing/ledger";
import { projectorCounters } from "./projector-counters";
import { type ProjectorWorld, projectorProperties } from "./projector-properties";
import { projectorQuarantine } from "./projector-quarantine";

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

const dynamoWorld = async (catalog: EventCatalog = ledgerCatalog): Promise<ProjectorWorld> => {
  const [events, documents, rebuilt] = [
    uniqueTableName("events"),
    uniqueTableName("documents"),
    uniqueTableName("rebuilt"),
  ];
  await Promise.all([
    createEventTable(dynamo.client, events),
    createDocumentTable(dynamo.client, documents),
    createDocumentTable(dynamo.client, rebuilt),
  ]);
  return {
    store: dynamoEventStore({ client: dynamo.client, tableName: events, catalog }),
    documents: dynamoDocumentStore({ client: dynamo.client, tableName: documents }),
    rebuilt: dynamoDocumentStore({ client: dynamo.client, tableName: rebuilt }),
    // The tables stay until the server stops with the file: dynalite keeps them in memory only.
    async close() {},
  };
};

projectorProperties("DynamoDB (dynalite)", dynamoWorld);
projectorQuarantine("DynamoDB (dynalite)", dynamoWorld);
projectorCounters("DynamoDB (dynalite)", dynamoWorld, 30);
