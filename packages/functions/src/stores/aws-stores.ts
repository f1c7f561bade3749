import type { DocumentStore } from "@meetstream/core/documents/document-store";
import { dynamoDocumentStore } from "@meetstream/core/documents/dynamodb";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { dynamoEventStore } from "@meetstream/core/eventstore/dynamodb";
import { eventCatalog } from "@meetstream/core/eventstore/event-catalog";
import type { EventStore } from "@meetstream/core/eventstore/event-store";
import { dynamoKeyStore } from "@meetstream/core/keys/dynamodb";
import type { KeyStore } from "@meetstream/core/keys/key-store";
import { personalDataStore } from "@meetstream/core/keys/personal-data-store";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";

/** The DynamoDB tables the log and its documents live in (SST links them by these roles). */
export interface LogTables {
  events: string;
  documents: string;
  keys: string;
}

export interface AwsStores {
  /** The event store with personal fields sealed on append and opened on read. */
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
}

/** The stores the API and the projector share, on the DynamoDB tables of one deployment. */
export function openAwsStores(client: ReturnType<typeof dynamoDocumentClient>, tables: LogTables): AwsStores {
  const keys = dynamoKeyStore({ client, tableName: tables.keys });
  const events = dynamoEventStore({
    client,
    tableName: tables.events,
    catalog: eventCatalog(...meetstreamEventTypes),
  });
  return {
    store: personalDataStore(events, keys, meetstreamEventTypes),
    documents: dynamoDocumentStore({ client, tableName: tables.documents }),
    keys,
  };
}
