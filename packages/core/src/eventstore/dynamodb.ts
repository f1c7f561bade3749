import { CreateTableCommand, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
} from "@aws-sdk/lib-dynamodb";
import { isConditionFailure } from "../dynamodb/condition-failure";
import {
  assertStreamId,
  decodeEvent,
  decodeStream,
  type EncodedEvent,
  encodeAppend,
} from "./append-encoding";
import { appendedResult, originalResult } from "./append-result";
import type { EventEnvelope } from "./envelope";
import { DuplicateEventId, VersionConflict } from "./errors";
import type { EventCatalog } from "./event-catalog";
import type { AppendResult, EventStore, StreamPage, StreamRead, StreamsPage } from "./event-store";
import { expectedStreamVersion } from "./expected-version";
import { eventsPageSize, readWindow, streamPageSize } from "./read-options";
import { decodeStreamCursor, encodeStreamCursor } from "./stream-cursor";

/** One append, stored as one item: the unit DynamoDB writes atomically and Streams delivers. */
export interface StoredCommit {
  stream: string;
  firstVersion: number;
  lastVersion: number;
  events: EncodedEvent[];
  committedAt: string;
}

/**
 * Event ids are global, but one conditional put can only guard one item. So each id gets a small claim
 * item naming the stream it was first offered to, written with its own condition: an id offered to a
 * second stream collides there. The partition starts with "#", which no stream id can (see
 * `assertStreamId`), and the sort key 0, which no commit has, so claims never read as streams or commits.
 */
interface EventIdClaim {
  stream: string;
  firstVersion: 0;
  streamId: string;
}

const claimPartition = (eventId: string): string => `#event-id#${eventId}`;

const isCommit = (item: Record<string, unknown>): item is Record<string, unknown> & StoredCommit =>
  typeof item.stream === "string" && Array.isArray(item.events) && typeof item.firstVersion === "number";

type StoredEvent = EncodedEvent & { streamId: string; version: number };

const storedEvents = (commit: StoredCommit): StoredEvent[] =>
  commit.events.map((event, index) => ({
    ...event,
    streamId: commit.stream,
    version: commit.firstVersion + index,
  }));

const decodeCommit = (commit: StoredCommit, catalog: EventCatalog): EventEnvelope[] =>
  storedEvents(commit).map((event) => decodeEvent(event, catalog));

/**
 * The events of an item read from the table or from its DynamoDB stream (unmarshalled); none for an
 * event id claim, which the stream delivers too.
 */
export const eventsOfCommit = (item: Record<string, unknown>, catalog: EventCatalog): EventEnvelope[] =>
  isCommit(item) ? decodeCommit(item, catalog) : [];

export interface DynamoEventStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  catalog: EventCatalog;
}

type ClaimOutcome = "new" | "offered here before" | "held by another stream";

/** Commits per Query page: enough for most streams in one round trip, small enough not to read far past a window. */
const queryPageSize = 100;

/** Streams `readStreams` reads at once: a page waits for the slowest of them, not for each in turn. */
const streamsReadTogether = 16;

const isTableKey = (value: unknown): value is Record<string, unknown> => {
  const key = value as { stream?: unknown; firstVersion?: unknown } | null;
  return (
    typeof key === "object" &&
    key !== null &&
    Object.keys(key).length === 2 &&
    typeof key.stream === "string" &&
    Number.isSafeInteger(key.firstVersion)
  );
};

const holdsExactly = (commit: StoredCommit, encoded: readonly EncodedEvent[]): boolean =>
  commit.events.length === encoded.length &&
  commit.events.every((event, index) => event.id === encoded[index]?.id);

/**
 * The AWS event store: one item per append ("commit") keyed by stream and first version. A conditional
 * put on an absent key makes writers at the same head collide; reading the head first refuses gaps.
 * No transactions (dynalite has none, and the design keeps each write one conditional item write).
 */
export function dynamoEventStore({ client, tableName, catalog }: DynamoEventStoreOptions): EventStore {
  async function streamHead(streamId: string): Promise<number> {
    const result = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: "#stream = :stream",
        ExpressionAttributeNames: { "#stream": "stream" },
        ExpressionAttributeValues: { ":stream": streamId },
        ProjectionExpression: "lastVersion",
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    return (result.Items?.[0]?.lastVersion as number | undefined) ?? 0;
  }

  async function claim(streamId: string, eventId: string): Promise<ClaimOutcome> {
    const item: EventIdClaim = { stream: claimPartition(eventId), firstVersion: 0, streamId };
    const key = { stream: item.stream, firstVersion: item.firstVersion };
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: item,
          ConditionExpression: "attribute_not_exists(#stream)",
          ExpressionAttributeNames: { "#stream": "stream" },
        }),
      );
      return "new";
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await client.send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    return existing.Item?.streamId === streamId ? "offered here before" : "held by another stream";
  }

  /** Commits of a stream, newest first, page by page, until `visit` says it has seen enough. */
  async function visitCommitsNewestFirst(
    streamId: string,
    visit: (commit: StoredCommit) => "stop" | "continue",
    upToVersion?: number,
  ): Promise<void> {
    const input: QueryCommandInput = {
      TableName: tableName,
      KeyConditionExpression:
        upToVersion === undefined ? "#stream = :stream" : "#stream = :stream AND firstVersion <= :upTo",
      ExpressionAttributeNames: { "#stream": "stream" },
      ExpressionAttributeValues:
        upToVersion === undefined ? { ":stream": streamId } : { ":stream": streamId, ":upTo": upToVersion },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: queryPageSize,
    };
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
      for (const item of page.Items ?? []) {
        if (isCommit(item) && visit(item) === "stop") return;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  /**
   * Finds the append these ids were first sent in: the run of stored events, at consecutive versions of this
   * stream, that starts with the first id. Only called once the first id is known to have been offered here.
   */
  async function retriedAppend(
    streamId: string,
    encoded: readonly EncodedEvent[],
  ): Promise<AppendResult | undefined> {
    const firstId = encoded[0]?.id;
    const newerCommits: StoredCommit[] = [];
    let run: StoredEvent[] = [];
    await visitCommitsNewestFirst(streamId, (commit) => {
      const start = commit.events.findIndex((event) => event.id === firstId);
      if (start === -1) {
        newerCommits.unshift(commit);
        return "continue";
      }
      run = [commit, ...newerCommits].flatMap(storedEvents).slice(start, start + encoded.length);
      return "stop";
    });
    const matches =
      run.length === encoded.length && run.every((event, index) => event.id === encoded[index]?.id);
    return matches
      ? originalResult(
          streamId,
          run.map((event) => decodeEvent(event, catalog)),
        )
      : undefined;
  }

  async function storesAnyOf(
    streamId: string,
    encoded: readonly EncodedEvent[],
  ): Promise<string | undefined> {
    const ids = new Set(encoded.map((event) => event.id));
    let found: string | undefined;
    await visitCommitsNewestFirst(streamId, (commit) => {
      found = commit.events.find((event) => ids.has(event.id))?.id;
      return found ? "stop" : "continue";
    });
    return found;
  }

  async function putCommit(
    streamId: string,
    firstVersion: number,
    encoded: readonly EncodedEvent[],
  ): Promise<boolean> {
    const commit: StoredCommit = {
      stream: streamId,
      firstVersion,
      lastVersion: firstVersion + encoded.length - 1,
      events: [...encoded],
      committedAt: new Date().toISOString(),
    };
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: commit,
          ConditionExpression: "attribute_not_exists(#stream)",
          ExpressionAttributeNames: { "#stream": "stream" },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** After losing the race for a version: the winner may have been this very append, sent twice at once. */
  async function commitAt(streamId: string, firstVersion: number): Promise<StoredCommit | undefined> {
    const result = await client.send(
      new GetCommand({ TableName: tableName, Key: { stream: streamId, firstVersion }, ConsistentRead: true }),
    );
    return result.Item && isCommit(result.Item) ? result.Item : undefined;
  }

  async function listStreams(options: Parameters<EventStore["listStreams"]>[0] = {}): Promise<StreamPage> {
    const limit = streamPageSize(options.limit);
    const prefix = options.prefix ?? "";
    let startKey = options.cursor === undefined ? undefined : decodeStreamCursor(options.cursor, isTableKey);
    const streamIds: string[] = [];
    // Every stream has exactly one commit at version 1. A Scan filters after it reads, so a page can come
    // back short or empty: keep going until the page is full or the table ends.
    for (;;) {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          ProjectionExpression: "#stream, firstVersion",
          FilterExpression: prefix
            ? "firstVersion = :first AND begins_with(#stream, :prefix)"
            : "firstVersion = :first",
          ExpressionAttributeNames: { "#stream": "stream" },
          ExpressionAttributeValues: prefix ? { ":first": 1, ":prefix": prefix } : { ":first": 1 },
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      );
      const items = page.Items ?? [];
      for (const [index, item] of items.entries()) {
        streamIds.push(item.stream as string);
        if (streamIds.length === limit) {
          const tableEnds = index === items.length - 1 && !page.LastEvaluatedKey;
          // The key of the last stream returned: the next page resumes right after it.
          return tableEnds
            ? { streamIds }
            : { streamIds, cursor: encodeStreamCursor({ stream: item.stream, firstVersion: 1 }) };
        }
      }
      if (!page.LastEvaluatedKey) return { streamIds };
      startKey = page.LastEvaluatedKey;
    }
  }

  /** Every commit of the stream, oldest first, decoded as one stream; how many events it holds. */
  async function readWholeStream(streamId: string): Promise<{ read: StreamRead; count: number }> {
    const stored: (EncodedEvent & { version: number })[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: "#stream = :stream",
          ExpressionAttributeNames: { "#stream": "stream" },
          ExpressionAttributeValues: { ":stream": streamId },
          ConsistentRead: true,
          Limit: queryPageSize,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) if (isCommit(item)) stored.push(...storedEvents(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { read: decodeStream(streamId, stored, catalog), count: stored.length };
  }

  return {
    async append(streamId, events, { expectedVersion }) {
      const encoded = encodeAppend(streamId, events, catalog);
      const expected = expectedStreamVersion(expectedVersion);

      // Both in one round trip: the head decides conflicts, the claims decide duplicates and retries.
      const [head, claims] = await Promise.all([
        streamHead(streamId),
        Promise.all(encoded.map((event) => claim(streamId, event.id))),
      ]);

      if (head !== expected) {
        // A first id nobody had offered before cannot be a retry: skip reading the stream.
        if (claims[0] === "offered here before") {
          const retried = await retriedAppend(streamId, encoded);
          if (retried) return retried;
        }
        throw new VersionConflict(streamId, expectedVersion, head);
      }

      const heldElsewhere = claims.indexOf("held by another stream");
      if (heldElsewhere !== -1) throw new DuplicateEventId(encoded[heldElsewhere]?.id ?? "");
      // An id offered here before is stored already, or left over from an append that lost a conflict, or
      // being written right now by this same append sent twice at once (its head read raced ours).
      if (claims.includes("offered here before")) {
        const twin = await retriedAppend(streamId, encoded);
        if (twin && twin.events[0]?.version === expected + 1) return twin;
        const stored = await storesAnyOf(streamId, encoded);
        if (stored) throw new DuplicateEventId(stored);
      }

      if (await putCommit(streamId, expected + 1, encoded))
        return appendedResult(streamId, expected + 1, encoded);

      const winner = await commitAt(streamId, expected + 1);
      if (winner && holdsExactly(winner, encoded))
        return originalResult(streamId, decodeCommit(winner, catalog));
      throw new VersionConflict(streamId, expectedVersion, await streamHead(streamId));
    },

    async readStream(streamId, options) {
      assertStreamId(streamId);
      const { after, limit } = readWindow(options);
      if (limit === 0) return [];
      // Newest first from the end of the window back to the commit holding `after + 1`: exactly the
      // commits the window touches, whichever way the versions are split among them.
      const commits: StoredCommit[] = [];
      await visitCommitsNewestFirst(
        streamId,
        (commit) => {
          commits.push(commit);
          return commit.firstVersion <= after + 1 ? "stop" : "continue";
        },
        limit === undefined ? undefined : after + limit,
      );
      const events: EventEnvelope[] = [];
      for (const commit of commits.reverse()) {
        const from = Math.max(0, after + 1 - commit.firstVersion);
        for (const [index, event] of commit.events.entries()) {
          if (index < from) continue;
          if (limit !== undefined && events.length === limit) return events;
          events.push(decodeEvent({ ...event, streamId, version: commit.firstVersion + index }, catalog));
        }
      }
      return events;
    },

    listStreams,

    async readStreams(options = {}): Promise<StreamsPage> {
      const limit = eventsPageSize(options.limit);
      const streams: StreamRead[] = [];
      let events = 0;
      // A page's cursor is a listing cursor: the table key of its last stream's first commit.
      let cursor = options.cursor;
      for (;;) {
        const listed = await listStreams({ prefix: options.prefix, cursor, limit: streamsReadTogether });
        const reads = await Promise.all(listed.streamIds.map(readWholeStream));
        for (const [index, { read, count }] of reads.entries()) {
          streams.push(read);
          events += count;
          if (events >= limit)
            return index === reads.length - 1 && !listed.cursor
              ? { streams }
              : { streams, cursor: encodeStreamCursor({ stream: read.streamId, firstVersion: 1 }) };
        }
        if (!listed.cursor) return { streams };
        cursor = listed.cursor;
      }
    },

    // The client belongs to the caller, who may share it with other stores.
    async close() {},
  };
}

/**
 * The event table: pk `stream`, sk `firstVersion`, on demand, with a stream of new images for the
 * publisher. Resolves once the table is active.
 */
export async function createEventTable(client: DynamoDBDocumentClient, tableName: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [
        { AttributeName: "stream", AttributeType: "S" },
        { AttributeName: "firstVersion", AttributeType: "N" },
      ],
      KeySchema: [
        { AttributeName: "stream", KeyType: "HASH" },
        { AttributeName: "firstVersion", KeyType: "RANGE" },
      ],
      BillingMode: "PAY_PER_REQUEST",
      StreamSpecification: { StreamEnabled: true, StreamViewType: "NEW_IMAGE" },
    }),
  );
  for (let attempt = 0; ; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === "ACTIVE") return;
    if (attempt >= 600) throw new Error(`table ${tableName} is not active after ${attempt} checks`);
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)));
  }
}
