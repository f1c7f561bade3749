import type { DocumentStore } from "@meetstream/core/documents";
import { dynamoDocumentStore } from "@meetstream/core/documents";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import type { EventStore } from "@meetstream/core/eventstore";
import { dynamoEventStore, eventCatalog } from "@meetstream/core/eventstore";
import type { KeyStore } from "@meetstream/core/keys";
import { dynamoKeyStore } from "@meetstream/core/keys";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { dataFolder } from "../stores/data-folder";
import { openLocalStores } from "../stores/local-stores";

/** The stores a command works on: the log as stored (personal data sealed), documents and keys. */
export interface CliStores {
  /** Where they are, as the user would recognise it. */
  description: string;
  events: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  close(): void;
}

export interface StoreLocation {
  data?: string;
  eventsTable?: string;
  documentsTable?: string;
  keysTable?: string;
  /** A DynamoDB-compatible server instead of AWS (dynalite, DynamoDB Local). */
  dynamodbEndpoint?: string;
}

export const catalog = eventCatalog(...meetstreamEventTypes);

/** The DynamoDB tables when `--events-table` is given (region and credentials from the AWS settings), else the local data folder. */
export function openCliStores(location: StoreLocation): CliStores {
  if (location.eventsTable === undefined) {
    const folder = dataFolder(location.data);
    const stores = openLocalStores(folder, catalog);
    return { description: folder, ...stores, close: () => stores.close() };
  }
  const { eventsTable, documentsTable, keysTable } = location;
  if (!documentsTable || !keysTable)
    throw new Error("with --events-table, give --documents-table and --keys-table too");
  const client = dynamoDocumentClient(
    location.dynamodbEndpoint ? { endpoint: location.dynamodbEndpoint } : {},
  );
  return {
    description: `DynamoDB tables ${eventsTable}, ${documentsTable}, ${keysTable}`,
    events: dynamoEventStore({ client, tableName: eventsTable, catalog }),
    documents: dynamoDocumentStore({ client, tableName: documentsTable }),
    keys: dynamoKeyStore({ client, tableName: keysTable }),
    close: () => client.destroy(),
  };
}
