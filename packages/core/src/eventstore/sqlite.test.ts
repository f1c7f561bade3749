import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";
import { AccountOpened, Deposited, ledgerCatalog } from "../testing/ledger";
import { eventStoreContract } from "./contract";
import type { DomainEvent, PendingEvent } from "./envelope";
import { InvalidReadOptions } from "./errors";
import { type SqliteEventStore, sqliteEventStore } from "./sqlite";

const meta = {
  actor: "member-ann",
  occurredAt: "2026-03-01T18:30:00.000Z",
  correlationId: "request-1",
  causationId: null,
};

/** Inserts a row the way an older release would have, past the adapter and its catalog. */
function writeRaw(
  database: SqliteDatabase,
  streamId: string,
  version: number,
  type: string,
  schemaVersion: number,
  data: unknown,
): void {
  database
    .prepare(
      "INSERT INTO events (id, stream_id, version, type, schema_version, data, meta) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(newId(), streamId, version, type, schemaVersion, JSON.stringify(data), JSON.stringify(meta));
}

eventStoreContract("SQLite (in memory)", async () => {
  const database = openDatabase(":memory:");
  return {
    store: sqliteEventStore(database, ledgerCatalog),
    writeRaw: async (...row) => writeRaw(database, ...row),
    async close() {
      database.close();
    },
  };
});

eventStoreContract("SQLite (file, WAL)", async () => {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-events-"));
  const database = openDatabase(join(folder, "events.sqlite"));
  return {
    store: sqliteEventStore(database, ledgerCatalog),
    writeRaw: async (...row) => writeRaw(database, ...row),
    async close() {
      database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

const pending = (event: DomainEvent): PendingEvent => ({ id: newId(), ...event, meta });

describe("SQLite event store, beyond the contract", () => {
  let database: SqliteDatabase;
  let store: SqliteEventStore;

  beforeEach(() => {
    database = openDatabase(":memory:");
    store = sqliteEventStore(database, ledgerCatalog);
  });
  afterEach(() => {
    database.close();
  });

  test("the global log reads every stream in commit order, by position", async () => {
    expect(await store.lastPosition()).toBe(0);
    expect(await store.readAll({ after: 0, limit: 10 })).toEqual([]);
    await store.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], { expectedVersion: 0 });
    await store.append("account-bob", [pending(AccountOpened({ owner: "bob" }))], { expectedVersion: 0 });
    await store.append(
      "account-ann",
      [pending(Deposited({ amount: 5, memo: "" })), pending(Deposited({ amount: 6, memo: "" }))],
      { expectedVersion: 1 },
    );

    const all = await store.readAll({ after: 0, limit: 10 });
    expect(all.map(({ position, event }) => [position, event.streamId, event.version])).toEqual([
      [1, "account-ann", 1],
      [2, "account-bob", 1],
      [3, "account-ann", 2],
      [4, "account-ann", 3],
    ]);
    expect(await store.lastPosition()).toBe(4);
    const page = await store.readAll({ after: 1, limit: 2 });
    expect(page.map(({ position }) => position)).toEqual([2, 3]);
    expect(page[1]?.event).toEqual((await store.readStream("account-ann"))[1]);
    expect(await store.readAll({ after: 4, limit: 10 })).toEqual([]);
  });

  test("refused appends take no position", async () => {
    await store.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], { expectedVersion: 0 });
    await expect(
      store.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], { expectedVersion: 0 }),
    ).rejects.toThrow();
    await store.append("account-bob", [pending(AccountOpened({ owner: "bob" }))], { expectedVersion: 0 });
    expect((await store.readAll({ after: 0, limit: 10 })).map(({ position }) => position)).toEqual([1, 2]);
  });

  test("the global log refuses a window it cannot read", async () => {
    await expect(store.readAll({ after: -1, limit: 10 })).rejects.toThrow(InvalidReadOptions);
    await expect(store.readAll({ after: 0, limit: 0.5 })).rejects.toThrow(InvalidReadOptions);
  });

  test("statistics count events, streams and events of each type", async () => {
    expect(store.statistics()).toEqual({ events: 0, streams: 0, eventsByType: {}, lastPosition: 0 });
    await store.append(
      "account-ann",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 5, memo: "" }))],
      { expectedVersion: 0 },
    );
    await store.append("account-bob", [pending(AccountOpened({ owner: "bob" }))], { expectedVersion: 0 });
    await store.append("account-bob", [pending(Deposited({ amount: 1, memo: "" }))], { expectedVersion: 1 });
    await store.append("account-bob", [pending(Deposited({ amount: 2, memo: "" }))], { expectedVersion: 2 });
    expect(store.statistics()).toEqual({
      events: 5,
      streams: 2,
      eventsByType: { AccountOpened: 2, Deposited: 3 },
      lastPosition: 5,
    });
  });

  test("a reopened file keeps its events, positions and numbering", async () => {
    const folder = mkdtempSync(join(tmpdir(), "meetstream-reopen-"));
    const file = join(folder, "data", "events.sqlite");
    try {
      const first = openDatabase(file);
      const before = sqliteEventStore(first, ledgerCatalog);
      const appended = await before.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], {
        expectedVersion: "no stream",
      });
      first.close();

      const second = openDatabase(file);
      const after = sqliteEventStore(second, ledgerCatalog);
      expect(await after.readStream("account-ann")).toEqual(appended.events);
      const next = await after.append("account-ann", [pending(Deposited({ amount: 3, memo: "" }))], {
        expectedVersion: 1,
      });
      expect(next.nextExpectedVersion).toBe(2);
      expect(await after.lastPosition()).toBe(2);
      second.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("two connections to one file cannot both append at the same version", async () => {
    const folder = mkdtempSync(join(tmpdir(), "meetstream-connections-"));
    const file = join(folder, "events.sqlite");
    const left = openDatabase(file);
    const right = openDatabase(file);
    try {
      const leftStore = sqliteEventStore(left, ledgerCatalog);
      const rightStore = sqliteEventStore(right, ledgerCatalog);
      await leftStore.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], {
        expectedVersion: 0,
      });
      await expect(
        rightStore.append("account-ann", [pending(AccountOpened({ owner: "bob" }))], { expectedVersion: 0 }),
      ).rejects.toMatchObject({ code: "VERSION_CONFLICT", actualVersion: 1 });
      expect(await rightStore.readStream("account-ann")).toHaveLength(1);
    } finally {
      left.close();
      right.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("a read past a stream's end is answered from memory until anything changes the database, from this connection or another", async () => {
    const folder = mkdtempSync(join(tmpdir(), "meetstream-stream-ends-"));
    const file = join(folder, "events.sqlite");
    const [serving, other] = [openDatabase(file), openDatabase(file)];
    try {
      const store = sqliteEventStore(serving, ledgerCatalog);
      await store.append("account-ann", [pending(AccountOpened({ owner: "ann" }))], { expectedVersion: 0 });
      const versionsAfter = async (after: number) =>
        (await store.readStream("account-ann", { after })).map((event) => event.version);
      expect(await versionsAfter(0)).toEqual([1]);
      expect(await versionsAfter(1)).toEqual([]);
      // Known to end at 1: what follows 1, or 5, is answered without reading the events.
      expect(await versionsAfter(5)).toEqual([]);
      expect(await versionsAfter(1)).toEqual([]);

      // Another process on the same file (the CLI, say).
      await sqliteEventStore(other, ledgerCatalog).append(
        "account-ann",
        [pending(Deposited({ amount: 5, memo: "" }))],
        { expectedVersion: 1 },
      );
      expect(await versionsAfter(1)).toEqual([2]);
      // This connection, around the store (a restore that writes rows itself).
      writeRaw(serving, "account-ann", 3, "Deposited", 2, { amount: 7, memo: "" });
      expect(await versionsAfter(2)).toEqual([3]);
      // And its own appends.
      await store.append("account-ann", [pending(Deposited({ amount: 9, memo: "" }))], {
        expectedVersion: 3,
      });
      expect(await versionsAfter(3)).toEqual([4]);
      expect(await versionsAfter(0)).toEqual([1, 2, 3, 4]);
    } finally {
      serving.close();
      other.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("listing seeks from stream to stream rather than walking every event", async () => {
    for (let index = 0; index < 3; index++) {
      const streamId = `account-${index}`;
      await store.append(
        streamId,
        Array.from({ length: 50 }, (_, amount) => pending(Deposited({ amount: amount + 1, memo: "" }))),
        { expectedVersion: 0 },
      );
    }
    expect(await store.listStreams({ limit: 2 })).toMatchObject({ streamIds: ["account-0", "account-1"] });
    const plan = database
      .prepare(
        "EXPLAIN QUERY PLAN SELECT stream_id FROM events WHERE stream_id > ? ORDER BY stream_id LIMIT 1",
      )
      .all("account-0") as { detail: string }[];
    expect(plan.map((step) => step.detail).join(" ")).toMatch(/USING COVERING INDEX/);
  });
});
