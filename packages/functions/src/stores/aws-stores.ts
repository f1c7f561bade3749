import type { DocumentStore } from "@meetstream/core/documents";
import { dynamoDocumentStore } from "@meetstream/core/documents";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import type { EventStore } from "@meetstream/core/eventstore";
import { dynamoEventStore, eventCatalog } from "@meetstream/core/eventstore";
import type { KeyStore } from "@meetstream/core/keys";
import { dynamoKeyStore, personalDataStore } from "@meetstream/core/keys";
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
