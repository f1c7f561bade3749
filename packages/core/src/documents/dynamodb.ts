import { CreateTableCommand } from "@aws-sdk/client-dynamodb";
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
} from "@aws-sdk/lib-dynamodb";
import { isConditionFailure } from "../dynamodb/condition-failure";
import { untilTableActive } from "../dynamodb/table-ready";
import {
  assertDocumentKey,
  assertExpectedVersion,
  decodeBody,
  type EncodedDocument,
  type EncodedOverwrite,
  encodeDocument,
  encodeOverwrites,
  encodeWrites,
  keyIdentity,
} from "./document-encoding";
import {
  type CheckedQuery,
  checkQuery,
  checkScan,
  queryCursorAfter,
  scanCursorAfter,
} from "./document-query";
import type {
  DocumentKey,
  DocumentPage,
  DocumentStore,
  ExpectedDocumentVersion,
  IndexName,
  StoredDocument,
} from "./document-store";
import { DocumentVersionConflict, InvalidDocument } from "./errors";

/*
 * One item per document:
 *   { partition, sort, version, body, firstPartition?, firstSort?, secondPartition?, secondSort? }
 * The body is kept as JSON text rather than a DynamoDB map: a map would refuse empty sets, lose the
 * difference between integers and floats beyond 38 digits, and nest at most 32 levels, while a string
 * gives back exactly the JSON that went in. A document outside an index simply lacks its attributes,
 * which keeps it out of that (sparse) global secondary index.
 */
interface DocumentItem {
  partition: string;
  sort: string;
  version: number;
  body: string;
  firstPartition?: string;
  firstSort?: string;
  secondPartition?: string;
  secondSort?: string;
}

const indexAttributes: Record<
  "primary" | IndexName,
  { partition: keyof DocumentItem; sort: keyof DocumentItem }
> = {
  primary: { partition: "partition", sort: "sort" },
  first: { partition: "firstPartition", sort: "firstSort" },
  second: { partition: "secondPartition", sort: "secondSort" },
};

/** BatchGetItem takes at most 100 keys a call. */
const batchGetSize = 100;
/** Conditional writes cannot be batched (BatchWriteItem has no conditions), so putMany runs this many at once. */
const putConcurrency = 25;
/** BatchWriteItem takes at most 25 puts and deletes a call. */
const batchWriteSize = 25;
/** BatchWriteItem calls overwriteMany has in flight at once. */
const batchWriteConcurrency = 8;
/** Rounds of UnprocessedKeys in a row without progress before getMany gives up. */
const maximumUnprocessedRounds = 8;

/** Creates the documents table: what SST creates on AWS, for tests, benchmarks and local servers. */
export async function createDocumentTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  const keySchema = (partition: string, sort: string) => [
    { AttributeName: partition, KeyType: "HASH" as const },
    { AttributeName: sort, KeyType: "RANGE" as const },
  ];
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [
        "partition",
        "sort",
        "firstPartition",
        "firstSort",
        "secondPartition",
        "secondSort",
      ].map((name) => ({ AttributeName: name, AttributeType: "S" as const })),
      KeySchema: keySchema("partition", "sort"),
      GlobalSecondaryIndexes: (["first", "second"] as const).map((index) => ({
        IndexName: index,
        KeySchema: keySchema(indexAttributes[index].partition, indexAttributes[index].sort),
        Projection: { ProjectionType: "ALL" as const },
      })),
    }),
  );
  await untilTableActive(client, tableName);
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function toItem(document: EncodedDocument): DocumentItem {
  const item: DocumentItem = {
    partition: document.partition,
    sort: document.sort,
    version: document.version,
    body: document.body,
  };
  if (document.first) {
    item.firstPartition = document.first.partition;
    item.firstSort = document.first.sort;
  }
  if (document.second) {
    item.secondPartition = document.second.partition;
    item.secondSort = document.second.sort;
  }
  return item;
}

function toDocument(item: Record<string, unknown>): StoredDocument {
  const stored = item as unknown as DocumentItem;
  const indexes: StoredDocument["indexes"] = {};
  if (stored.firstPartition !== undefined && stored.firstSort !== undefined)
    indexes.first = { partition: stored.firstPartition, sort: stored.firstSort };
  if (stored.secondPartition !== undefined && stored.secondSort !== undefined)
    indexes.second = { partition: stored.secondPartition, sort: stored.secondSort };
  return {
    key: { partition: stored.partition, sort: stored.sort },
    version: Number(stored.version),
    body: decodeBody(stored.body),
    indexes,
  };
}

/** The query's key condition; DynamoDB has no "empty range", which the caller has already answered. */
function keyCondition(query: CheckedQuery) {
  const { partition, sort } = indexAttributes[query.index];
  const names: Record<string, string> = { "#partition": partition };
  const values: Record<string, string> = { ":partition": query.partition };
  let expression = "#partition = :partition";
  if (query.beginsWith !== undefined || query.from !== undefined || query.to !== undefined)
    names["#sort"] = sort;
  if (query.beginsWith !== undefined) {
    expression += " AND begins_with(#sort, :prefix)";
    values[":prefix"] = query.beginsWith;
  } else if (query.from !== undefined && query.to !== undefined) {
    expression += " AND #sort BETWEEN :from AND :to";
    values[":from"] = query.from;
    values[":to"] = query.to;
  } else if (query.from !== undefined) {
    expression += " AND #sort >= :from";
    values[":from"] = query.from;
  } else if (query.to !== undefined) {
    expression += " AND #sort <= :to";
    values[":to"] = query.to;
  }
  return {
    KeyConditionExpression: expression,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** DynamoDB's ExclusiveStartKey for a position: the table key, plus the index key on an index. */
function startKeyOf(query: CheckedQuery): Record<string, string> | undefined {
  const after = query.after;
  if (!after) return undefined;
  if (after.index === "primary") return { partition: query.partition, sort: after.sort };
  return {
    partition: after.partition,
    sort: after.sort,
    [indexAttributes[after.index].partition]: query.partition,
    [indexAttributes[after.index].sort]: after.indexSort,
  };
}

/**
 * Reads DynamoDB pages until one more document than the limit is in hand, or the items run out. Both
 * matter: DynamoDB stops a page at 1 MB, so one call can come back short while more remain; and the
 * extra document says whether there is a next page, so the last page carries no cursor (as on SQLite),
 * which DynamoDB's own LastEvaluatedKey cannot tell.
 */
async function collect(
  limit: number,
  startKey: Record<string, unknown> | undefined,
  read: (
    limit: number,
    startKey: Record<string, unknown> | undefined,
  ) => Promise<{ Items?: Record<string, unknown>[]; LastEvaluatedKey?: Record<string, unknown> }>,
  cursorAfter: (last: StoredDocument) => string,
): Promise<DocumentPage> {
  const documents: StoredDocument[] = [];
  let next = startKey;
  do {
    const output = await read(limit + 1 - documents.length, next);
    for (const item of output.Items ?? []) documents.push(toDocument(item));
    next = output.LastEvaluatedKey;
  } while (next && documents.length <= limit);
  if (documents.length <= limit) return { documents };
  documents.length = limit;
  return { documents, cursor: cursorAfter(documents[limit - 1] as StoredDocument) };
}

export interface DynamoDocumentStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/**
 * The AWS DocumentStore: one table, two sparse global secondary indexes, every write one conditional
 * item write (no transactions, by design). Reads of the table are strongly consistent, so the projector
 * sees its own writes; reads of an index are eventually consistent on AWS (GSIs offer nothing else), so a
 * list may lag a write by a moment. The client belongs to the caller, who destroys it.
 */
export function dynamoDocumentStore({ client, tableName }: DynamoDocumentStoreOptions): DocumentStore {
  async function conditionalPut(document: EncodedDocument, expectedVersion: ExpectedDocumentVersion) {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: toItem(document),
        ...(expectedVersion === "absent"
          ? {
              ConditionExpression: "attribute_not_exists(#partition)",
              ExpressionAttributeNames: { "#partition": "partition" },
            }
          : {
              ConditionExpression: "#version = :expected",
              ExpressionAttributeNames: { "#version": "version" },
              ExpressionAttributeValues: { ":expected": expectedVersion },
            }),
      }),
    );
  }

  /** One BatchGetItem call's worth of keys, retrying the keys DynamoDB leaves unprocessed. */
  async function getBatch(keys: DocumentKey[]): Promise<StoredDocument[]> {
    const found: StoredDocument[] = [];
    let pending: Record<string, unknown>[] = keys.map((key) => ({
      partition: key.partition,
      sort: key.sort,
    }));
    for (let roundsWithoutProgress = 0; pending.length > 0; ) {
      const output = await client.send(
        new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      const items = output.Responses?.[tableName] ?? [];
      for (const item of items) found.push(toDocument(item));
      // Unprocessed keys come from throttling or the 16 MB response limit: back off only when nothing got through.
      const unprocessed = output.UnprocessedKeys?.[tableName]?.Keys ?? [];
      if (unprocessed.length === 0) break;
      if (unprocessed.length < pending.length) roundsWithoutProgress = 0;
      else if (++roundsWithoutProgress >= maximumUnprocessedRounds)
        throw new Error(`DynamoDB left ${unprocessed.length} keys of ${tableName} unprocessed`);
      else await sleep(Math.random() * 50 * 2 ** roundsWithoutProgress);
      pending = unprocessed;
    }
    return found;
  }

  /** One BatchWriteItem call's worth of changes, retrying the ones DynamoDB leaves unprocessed. */
  async function writeBatch(changes: readonly EncodedOverwrite[]): Promise<void> {
    let pending: Record<string, unknown>[] = changes.map((change) =>
      "remove" in change
        ? { DeleteRequest: { Key: { partition: change.remove.partition, sort: change.remove.sort } } }
        : { PutRequest: { Item: toItem(change.encoded) } },
    );
    for (let roundsWithoutProgress = 0; pending.length > 0; ) {
      const output = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      const unprocessed = (output.UnprocessedItems?.[tableName] ?? []) as Record<string, unknown>[];
      if (unprocessed.length === 0) return;
      // Unprocessed items come from throttling: back off only when nothing got through.
      if (unprocessed.length < pending.length) roundsWithoutProgress = 0;
      else if (++roundsWithoutProgress >= maximumUnprocessedRounds)
        throw new Error(`DynamoDB left ${unprocessed.length} writes to ${tableName} unprocessed`);
      else await sleep(Math.random() * 50 * 2 ** roundsWithoutProgress);
      pending = unprocessed;
    }
  }

  return {
    async get<Body>(key: DocumentKey) {
      assertDocumentKey(key);
      const { Item } = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: { partition: key.partition, sort: key.sort },
          ConsistentRead: true,
        }),
      );
      return Item && (toDocument(Item) as StoredDocument<Body>);
    },

    async getMany<Body>(keys: readonly DocumentKey[]) {
      if (!Array.isArray(keys)) throw new InvalidDocument("keys must be an array");
      keys.forEach((key, position) => {
        assertDocumentKey(key, `keys[${position}]`);
      });
      // BatchGetItem refuses a key twice in one call.
      const unique = new Map<string, DocumentKey>();
      for (const key of keys) unique.set(keyIdentity(key), key);
      const distinct = [...unique.values()];
      const batches: DocumentKey[][] = [];
      for (let start = 0; start < distinct.length; start += batchGetSize)
        batches.push(distinct.slice(start, start + batchGetSize));
      const found = new Map<string, StoredDocument<Body>>();
      for (const documents of await Promise.all(batches.map(getBatch)))
        for (const document of documents)
          found.set(keyIdentity(document.key), document as StoredDocument<Body>);
      // BatchGetItem answers in no particular order.
      return keys.map((key) => found.get(keyIdentity(key)));
    },

    async put(document, options) {
      const expectedVersion = options?.expectedVersion;
      assertExpectedVersion(expectedVersion, { absentAllowed: true });
      const encoded = encodeDocument(document);
      try {
        await conditionalPut(encoded, expectedVersion);
      } catch (error) {
        if (isConditionFailure(error)) throw new DocumentVersionConflict(document.key, expectedVersion);
        throw error;
      }
    },

    async putMany(writes) {
      const encoded = encodeWrites(writes);
      const conflicted: number[] = [];
      let failure: { error: unknown } | undefined;
      let next = 0;
      const worker = async () => {
        // After a failure no further write starts, so the batch stops as soon as it can.
        while (next < encoded.length && !failure) {
          const position = next++;
          const { encoded: document, expectedVersion } = encoded[position] as (typeof encoded)[number];
          try {
            await conditionalPut(document, expectedVersion);
          } catch (error) {
            if (isConditionFailure(error)) conflicted.push(position);
            else failure ??= { error };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(putConcurrency, encoded.length) }, worker));
      if (failure) throw failure.error;
      return {
        conflicts: conflicted
          .sort((left, right) => left - right)
          .map((position) => {
            const { encoded: document, expectedVersion } = encoded[position] as (typeof encoded)[number];
            return new DocumentVersionConflict(
              { partition: document.partition, sort: document.sort },
              expectedVersion,
            );
          }),
      };
    },

    async overwriteMany(changes) {
      const encoded = encodeOverwrites(changes);
      const batches: EncodedOverwrite[][] = [];
      for (let start = 0; start < encoded.length; start += batchWriteSize)
        batches.push(encoded.slice(start, start + batchWriteSize));
      let next = 0;
      let failure: { error: unknown } | undefined;
      const worker = async () => {
        // After a failure no further call starts, so the batch stops as soon as it can.
        while (next < batches.length && !failure)
          try {
            await writeBatch(batches[next++] as EncodedOverwrite[]);
          } catch (error) {
            failure ??= { error };
          }
      };
      await Promise.all(Array.from({ length: Math.min(batchWriteConcurrency, batches.length) }, worker));
      if (failure) throw failure.error;
    },

    async delete(key, options) {
      assertDocumentKey(key);
      const expectedVersion = options?.expectedVersion;
      assertExpectedVersion(expectedVersion, { absentAllowed: false });
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: { partition: key.partition, sort: key.sort },
            ConditionExpression: "#version = :expected",
            ExpressionAttributeNames: { "#version": "version" },
            ExpressionAttributeValues: { ":expected": expectedVersion },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) throw new DocumentVersionConflict(key, expectedVersion);
        throw error;
      }
    },

    async query<Body>(index: "primary" | IndexName, documentQuery: Parameters<DocumentStore["query"]>[1]) {
      const query = checkQuery(index, documentQuery);
      if (query.empty) return { documents: [] };
      const condition = keyCondition(query);
      const page = await collect(
        query.limit,
        startKeyOf(query),
        (limit, startKey) =>
          client.send(
            new QueryCommand({
              TableName: tableName,
              IndexName: query.index === "primary" ? undefined : query.index,
              ...condition,
              ScanIndexForward: !query.descending,
              Limit: limit,
              ExclusiveStartKey: startKey,
              // A global secondary index cannot be read consistently; see the note on the store.
              ConsistentRead: query.index === "primary",
            }),
          ),
        (last) => queryCursorAfter(query, last),
      );
      return page as DocumentPage<Body>;
    },

    async scan(options) {
      const scan = checkScan(options);
      return collect(
        scan.limit,
        scan.after && { partition: scan.after.partition, sort: scan.after.sort },
        (limit, startKey) =>
          client.send(
            new ScanCommand({
              TableName: tableName,
              Limit: limit,
              ExclusiveStartKey: startKey,
              ConsistentRead: true,
            }),
          ),
        scanCursorAfter,
      );
    },

    async close() {},
  };
}
