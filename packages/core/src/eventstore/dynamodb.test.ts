import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { AccountOpened, Deposited, ledgerCatalog } from "../testing/ledger";
import { eventStoreContract } from "./contract";
import { createEventTable, dynamoEventStore, eventsOfCommit, type StoredCommit } from "./dynamodb";
import type { DomainEvent, PendingEvent } from "./envelope";

const meta = {
  actor: "member-ann",
  occurredAt: "2026-03-01T18:30:00.000Z",
  correlationId: "request-1",
  causationId: null,
};

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo.stop();
});

/** Puts a one-event commit the way an older release would have, past the adapter and its catalog. */
async function writeRaw(
  tableName: string,
  streamId: string,
  version: number,
  type: string,
  schemaVersion: number,
  data: unknown,
): Promise<void> {
  const commit: StoredCommit = {
    stream: streamId,
    firstVersion: version,
    lastVersion: version,
    events: [{ id: newId(), type, schemaVersion, data: JSON.stringify(data), meta: JSON.stringify(meta) }],
    committedAt: new Date().toISOString(),
  };
  await dynamo.client.send(new PutCommand({ TableName: tableName, Item: commit }));
}

async function openStore() {
  const tableName = uniqueTableName("events");
  await createEventTable(dynamo.client, tableName);
  return {
    tableName,
    store: dynamoEventStore({ client: dynamo.client, tableName, catalog: ledgerCatalog }),
  };
}

eventStoreContract("DynamoDB (dynalite)", async () => {
  const { tableName, store } = await openStore();
  return {
    store,
    writeRaw: (...row) => writeRaw(tableName, ...row),
    // dynalite keeps tables in memory until the server stops.
    async close() {},
  };
});

const pending = (event: DomainEvent): PendingEvent => ({ id: newId(), ...event, meta });

describe("DynamoDB event store, beyond the contract", () => {
  test("a stream longer than one Query page reads whole, and windows at its far end", async () => {
    const { tableName, store } = await openStore();
    await writeRaw(tableName, "account-ann", 1, "AccountOpened", 1, { owner: "ann" });
    for (let version = 2; version <= 230; version++) {
      await writeRaw(tableName, "account-ann", version, "Deposited", 2, { amount: version, memo: "" });
    }
    const all = await store.readStream("account-ann");
    expect(all.map((event) => event.version)).toEqual(Array.from({ length: 230 }, (_, index) => index + 1));
    const tail = await store.readStream("account-ann", { after: 225 });
    expect(tail.map((event) => event.version)).toEqual([226, 227, 228, 229, 230]);
    const window = await store.readStream("account-ann", { after: 10, limit: 150 });
    expect(window.map((event) => event.version)).toEqual(
      Array.from({ length: 150 }, (_, index) => index + 11),
    );
    const next = await store.append("account-ann", [pending(Deposited({ amount: 1, memo: "" }))], {
      expectedVersion: 230,
    });
    expect(next.nextExpectedVersion).toBe(231);
  });

  test("a stream longer than one Query page reads whole among others", async () => {
    const { tableName, store } = await openStore();
    await writeRaw(tableName, "account-ann", 1, "AccountOpened", 1, { owner: "ann" });
    for (let version = 2; version <= 230; version++)
      await writeRaw(tableName, "account-ann", version, "Deposited", 2, { amount: version, memo: "" });
    await writeRaw(tableName, "account-bob", 1, "AccountOpened", 1, { owner: "bob" });
    const { streams, cursor } = await store.readStreams({ limit: 1000 });
    expect(cursor).toBeUndefined();
    const ann = streams.find((read) => read.streamId === "account-ann");
    expect(ann && "events" in ann && ann.events.map((event) => event.version)).toEqual(
      Array.from({ length: 230 }, (_, index) => index + 1),
    );
    expect(streams).toHaveLength(2);
  });

  test("listing finds streams however few of the scanned items are first commits", async () => {
    const { tableName, store } = await openStore();
    for (const streamId of ["account-a", "account-b", "account-c"]) {
      for (let version = 1; version <= 40; version++) {
        await writeRaw(tableName, streamId, version, "Deposited", 2, { amount: version, memo: "" });
      }
    }
    const streamIds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listStreams({ limit: 1, cursor });
      streamIds.push(...page.streamIds);
      cursor = page.cursor;
    } while (cursor);
    expect(streamIds.sort()).toEqual(["account-a", "account-b", "account-c"]);
  });

  test("one item per append, keyed by stream and first version, holding the append's events", async () => {
    const { tableName, store } = await openStore();
    const events = [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 5, memo: "" }))];
    const result = await store.append("account-ann", events, { expectedVersion: "no stream" });
    const { GetCommand } = await import("@aws-sdk/lib-dynamodb");
    const { Item } = await dynamo.client.send(
      new GetCommand({ TableName: tableName, Key: { stream: "account-ann", firstVersion: 1 } }),
    );
    expect(Item).toMatchObject({ stream: "account-ann", firstVersion: 1, lastVersion: 2 });
    expect((Item as StoredCommit).events.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(eventsOfCommit(Item as Record<string, unknown>, ledgerCatalog)).toEqual(result.events);
  });

  test("items that are not commits carry no events", () => {
    expect(
      eventsOfCommit(
        { stream: `#event-id#${newId()}`, firstVersion: 0, streamId: "account-ann" },
        ledgerCatalog,
      ),
    ).toEqual([]);
  });
});
