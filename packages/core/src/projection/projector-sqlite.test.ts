import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import type { EventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import {
  AccountClosed,
  AccountOpened,
  accountsProjection,
  Deposited,
  ledgerCatalog,
} from "../testing/ledger";
import { checkpointKey, projector } from "./projector";
import { projectorCounters } from "./projector-counters";
import { type ProjectorWorld, projectorProperties } from "./projector-properties";
import { projectorQuarantine } from "./projector-quarantine";

const meta = () => ({
  actor: "tester",
  occurredAt: "2026-01-01T00:00:00.000Z",
  correlationId: newId(),
  causationId: null,
});
const pending = (event: { type: string; data: unknown }) => ({ id: newId(), ...event, meta: meta() });

describe("projector", () => {
  let store: EventStore;
  let documents: DocumentStore;

  beforeEach(() => {
    const database = openDatabase(":memory:");
    store = sqliteEventStore(database, ledgerCatalog);
    documents = sqliteDocumentStore(database);
  });
  afterEach(async () => {
    await store.close();
  });

  const accounts = () => projector({ store, documents, projections: [accountsProjection] });

  test("a notification folds the stream into its documents at the stream's version", async () => {
    await store.append(
      "account-1",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 30, memo: "rent" }))],
      { expectedVersion: "no stream" },
    );
    await accounts().handle({ streamId: "account-1", version: 2 });

    const summary = await documents.get({ partition: "account-1", sort: "summary" });
    expect(summary).toMatchObject({ version: 2, body: { owner: "ann", balance: 30, closed: false } });
    const listed = await documents.query("first", { partition: "owner#ann" });
    expect(listed.documents.map((document) => document.key.partition)).toEqual(["account-1"]);
  });

  test("a notification the documents already cover reads nothing from the store", async () => {
    await store.append("account-1", [pending(AccountOpened({ owner: "ann" }))], {
      expectedVersion: "no stream",
    });
    await accounts().handle({ streamId: "account-1", version: 1 });
    let reads = 0;
    const countingStore: EventStore = {
      ...store,
      readStream: (...argumentsOfRead) => {
        reads++;
        return store.readStream(...argumentsOfRead);
      },
    };
    await projector({ store: countingStore, documents, projections: [accountsProjection] }).handle({
      streamId: "account-1",
      version: 1,
    });
    expect(reads).toBe(0);
  });

  test("it goes on from its checkpoint, reading only the events after it", async () => {
    await store.append("account-1", [pending(AccountOpened({ owner: "ann" }))], {
      expectedVersion: "no stream",
    });
    await accounts().handle({ streamId: "account-1", version: 1 });
    await store.append("account-1", [pending(Deposited({ amount: 5, memo: "" }))], { expectedVersion: 1 });
    const afters: (number | undefined)[] = [];
    const recordingStore: EventStore = {
      ...store,
      readStream: (streamId, options) => {
        afters.push(options?.after);
        return store.readStream(streamId, options);
      },
    };
    await projector({ store: recordingStore, documents, projections: [accountsProjection] }).handle({
      streamId: "account-1",
      version: 2,
    });
    expect(afters).toEqual([1]);
    expect(await documents.get(checkpointKey(accountsProjection, "account-1"))).toMatchObject({ version: 2 });
  });

  test("a document that leaves the projection becomes a tombstone no late notification revives", async () => {
    await store.append(
      "account-1",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 30, memo: "" }))],
      { expectedVersion: "no stream" },
    );
    await accounts().handle({ streamId: "account-1", version: 2 });
    await store.append("account-1", [pending(AccountClosed({}))], { expectedVersion: 2 });
    await accounts().handle({ streamId: "account-1", version: 3 });
    await accounts().handle({ streamId: "account-1", version: 2 });

    const deposit = await documents.get({ partition: "account-1", sort: "deposit#00000002" });
    expect(deposit).toMatchObject({ version: 3, body: null });
    expect((await documents.query("second", { partition: "deposits" })).documents).toEqual([]);
    expect((await documents.query("first", { partition: "owner#ann" })).documents).toEqual([]);
  });

  test("a fold that dies half-way through an event's documents leaves the checkpoint behind, and the next notification finishes it", async () => {
    await store.append(
      "account-1",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 30, memo: "" }))],
      { expectedVersion: "no stream" },
    );
    await accounts().handle({ streamId: "account-1", version: 2 });
    await store.append("account-1", [pending(AccountClosed({}))], { expectedVersion: 2 });
    // The process dies after the summary is written, before the deposit is removed.
    const crashing: DocumentStore = {
      ...documents,
      put: (document, options) =>
        document.key.sort.startsWith("deposit#")
          ? Promise.reject(new Error("the process died"))
          : documents.put(document, options),
    };
    await expect(
      projector({ store, documents: crashing, projections: [accountsProjection] }).handle({
        streamId: "account-1",
        version: 3,
      }),
    ).rejects.toThrow("the process died");
    expect(await documents.get(checkpointKey(accountsProjection, "account-1"))).toMatchObject({ version: 2 });
    expect(await documents.get({ partition: "account-1", sort: "summary" })).toMatchObject({ version: 3 });

    await accounts().handle({ streamId: "account-1", version: 3 });
    expect(await documents.get({ partition: "account-1", sort: "summary" })).toMatchObject({
      version: 3,
      body: { closed: true, balance: 30 },
    });
    expect(await documents.get({ partition: "account-1", sort: "deposit#00000002" })).toMatchObject({
      version: 3,
      body: null,
    });
    expect(await documents.get(checkpointKey(accountsProjection, "account-1"))).toMatchObject({
      version: 3,
      body: {},
    });
  });

  test("an event writes only the documents it changes, and the checkpoint holds no state", async () => {
    await store.append(
      "account-1",
      [
        pending(AccountOpened({ owner: "ann" })),
        ...[1, 2, 3, 4].map((amount) => pending(Deposited({ amount, memo: "" }))),
      ],
      { expectedVersion: "no stream" },
    );
    await accounts().handle({ streamId: "account-1", version: 5 });
    await store.append("account-1", [pending(Deposited({ amount: 9, memo: "" }))], { expectedVersion: 5 });
    const written: string[] = [];
    const counting: DocumentStore = {
      ...documents,
      put: (document, options) => {
        written.push(document.key.sort);
        return documents.put(document, options);
      },
    };
    await projector({ store, documents: counting, projections: [accountsProjection] }).handle({
      streamId: "account-1",
      version: 6,
    });
    expect(written.sort()).toEqual(["deposit#00000006", "projection#accounts", "summary"]);
    expect((await documents.get(checkpointKey(accountsProjection, "account-1")))?.body).toEqual({});
  });

  test("an event applied again (its checkpoint lost) changes no document twice", async () => {
    await store.append(
      "account-1",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 30, memo: "" }))],
      { expectedVersion: "no stream" },
    );
    await accounts().handle({ streamId: "account-1", version: 2 });
    const checkpoint = checkpointKey(accountsProjection, "account-1");
    await documents.delete(checkpoint, { expectedVersion: 2 });

    await accounts().handle({ streamId: "account-1", version: 2 });
    expect(await documents.get({ partition: "account-1", sort: "summary" })).toMatchObject({
      version: 2,
      body: { balance: 30 },
    });
    expect(await documents.get(checkpoint)).toMatchObject({ version: 2 });
  });

  test("a stream whose checkpoint holds a folded state from before is folded again, its documents in today's shapes", async () => {
    await store.append(
      "account-1",
      [pending(AccountOpened({ owner: "ann" })), pending(Deposited({ amount: 30, memo: "" }))],
      { expectedVersion: "no stream" },
    );
    // What the projector wrote when it kept each stream's folded state in the checkpoint.
    const summaryKey = { partition: "account-1", sort: "summary" };
    await documents.put(
      {
        key: summaryKey,
        version: 2,
        body: { owner: "ann", balance: 30, closed: false, deposits: 1 },
        indexes: {},
      },
      { expectedVersion: "absent" },
    );
    await documents.put(
      {
        key: checkpointKey(accountsProjection, "account-1"),
        version: 2,
        body: { state: { owner: "ann", balance: 30 }, keys: [summaryKey], removed: [], complete: true },
        indexes: {},
      },
      { expectedVersion: "absent" },
    );
    await store.append("account-1", [pending(Deposited({ amount: 5, memo: "" }))], { expectedVersion: 2 });
    await accounts().handle({ streamId: "account-1", version: 3 });

    expect(await documents.get(summaryKey)).toMatchObject({
      version: 3,
      body: { owner: "ann", balance: 35, closed: false },
      indexes: { first: { partition: "owner#ann", sort: "account-1" } },
    });
    expect((await documents.get(summaryKey))?.body).not.toHaveProperty("deposits");
    expect(await documents.get({ partition: "account-1", sort: "deposit#00000002" })).toMatchObject({
      version: 2,
    });
    expect(await documents.get(checkpointKey(accountsProjection, "account-1"))).toMatchObject({
      version: 3,
      body: {},
    });
  });

  test("streams of other categories are left alone", async () => {
    await accounts().handle({ streamId: "member-1", version: 1 });
    expect((await documents.scan()).documents).toEqual([]);
  });

  test("rebuild folds every stream, reports progress and rewrites documents a changed projection shapes differently", async () => {
    for (const account of ["account-1", "account-2", "account-3"]) {
      await store.append(account, [pending(AccountOpened({ owner: "bob" }))], {
        expectedVersion: "no stream",
      });
    }
    await accounts().handle({ streamId: "account-1", version: 1 });
    const progress: number[] = [];
    const renamed: typeof accountsProjection = {
      ...accountsProjection,
      kinds: accountsProjection.kinds.map((kind) => ({
        ...kind,
        evolve(document, event, touched) {
          const change = kind.evolve(document, event, touched);
          return change.type === "upsert" ? { ...change, body: { renamed: true } } : change;
        },
      })),
    };
    const result = await projector({ store, documents, projections: [renamed] }).rebuild({
      concurrency: 2,
      onProgress: ({ streamsDone }) => progress.push(streamsDone),
    });
    expect(result).toEqual({ streamsDone: 3, streamsTotal: 3, eventsDone: 3, streamsQuarantined: 0 });
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(await documents.get({ partition: "account-1", sort: "summary" })).toMatchObject({
      body: { renamed: true },
    });
  });

  test("a projection name may be registered only once", () => {
    expect(() =>
      projector({ store, documents, projections: [accountsProjection, accountsProjection] }),
    ).toThrow(/registered twice/);
  });
});

const sqliteWorld = async (catalog: EventCatalog = ledgerCatalog): Promise<ProjectorWorld> => {
  const database = openDatabase(":memory:");
  const rebuiltDatabase = openDatabase(":memory:");
  return {
    store: sqliteEventStore(database, catalog),
    documents: sqliteDocumentStore(database),
    rebuilt: sqliteDocumentStore(rebuiltDatabase),
    async close() {
      database.close();
      rebuiltDatabase.close();
    },
  };
};

projectorProperties("SQLite", sqliteWorld);
projectorQuarantine("SQLite", sqliteWorld);
projectorCounters("SQLite", sqliteWorld, 100);
