/**
 * The same test on both stores the hosts run on: SQLite (the local host) and DynamoDB (AWS, played by
 * dynalite), for `describe.each`. A rule that holds on one adapter and not the other is a bug only a test
 * on both finds.
 */
import { afterAll, beforeAll } from "vitest";
import type { DocumentStore } from "../documents/document-store";
import { createDocumentTable, dynamoDocumentStore } from "../documents/dynamodb";
import { sqliteDocumentStore } from "../documents/sqlite";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import type { EventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { openDatabase } from "../sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "./dynalite";

export interface StoresUnderTest {
  log: EventStore;
  documents: DocumentStore;
  close(): Promise<void>;
}

/**
 * Each store's name and how to open a fresh log and document store on it. Call it at the top of a test
 * file: it starts dynalite before the file's tests and stops it after them.
 */
export function bothStores(catalog: EventCatalog): [string, () => Promise<StoresUnderTest>][] {
  let dynamo: LocalDynamo | undefined;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(async () => {
    await dynamo?.stop();
  });
  return [
    [
      "SQLite",
      async () => {
        const database = openDatabase(":memory:");
        return {
          log: sqliteEventStore(database, catalog),
          documents: sqliteDocumentStore(database),
          async close() {
            database.close();
          },
        };
      },
    ],
    [
      "DynamoDB (dynalite)",
      async () => {
        if (!dynamo)
          throw new Error("dynalite starts before the file's tests: open the stores inside a test");
        const { client } = dynamo;
        const [events, documents] = [uniqueTableName("events"), uniqueTableName("documents")];
        await Promise.all([createEventTable(client, events), createDocumentTable(client, documents)]);
        return {
          log: dynamoEventStore({ client, tableName: events, catalog }),
          documents: dynamoDocumentStore({ client, tableName: documents }),
          async close() {},
        };
      },
    ],
  ];
}
