import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createIdempotencyTable } from "@meetstream/core/decider";
import { createDocumentTable } from "@meetstream/core/documents";
import { createEventTable } from "@meetstream/core/eventstore";
import { createKeyTable } from "@meetstream/core/keys";
import { createOutboxTable } from "@meetstream/core/outbox/dynamodb";
import { uniqueTableName } from "@meetstream/core/testing/dynalite";
import { createAuthStorageTable } from "../auth/dynamo-auth-storage";

/** Each Meetstream table, created as infra/storage.ts, infra/auth.ts and infra/webhooks.ts declare it. */
const tableCreators = {
  events: createEventTable,
  documents: createDocumentTable,
  idempotency: createIdempotencyTable,
  keys: createKeyTable,
  authStorage: createAuthStorageTable,
  outbox: createOutboxTable,
  webhookOutbox: createOutboxTable,
};
export type MeetstreamTable = keyof typeof tableCreators;

/** A name of its own for each table a test names, as the handlers take them (`tables.events`, …). */
export const tableNames = <Table extends MeetstreamTable>(...tables: Table[]): Record<Table, string> =>
  Object.fromEntries(tables.map((table) => [table, uniqueTableName(table)])) as Record<Table, string>;

/** Creates on dynalite every table named, at once. */
export async function createTables(
  client: DynamoDBDocumentClient,
  names: Partial<Record<MeetstreamTable, string>>,
): Promise<void> {
  await Promise.all(
    Object.entries(names).map(([table, name]) =>
      tableCreators[table as MeetstreamTable](client, name as string),
    ),
  );
}

/** The log's tables as `pnpm cli` takes them on AWS (`--events-table …`). */
export const tableOptions = (tables: { events: string; documents: string; keys: string }): string[] => [
  "--events-table",
  tables.events,
  "--documents-table",
  tables.documents,
  "--keys-table",
  tables.keys,
];
