import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { AccountOpened, Deposited, ledgerCatalog } from "../testing/ledger";
import { archiveObjects } from "./archived-event";
import { ArchiveConflict, ArchiveIncomplete, EventStoreNotEmpty } from "./errors";
import { exportEvents } from "./export-events";
import { folderBucket } from "./folder-bucket";
import { restoreEvents } from "./restore-events";

const emptyStore = () => sqliteEventStore(openDatabase(":memory:"), ledgerCatalog);
const meta = (occurredAt: string) => ({
  actor: "tester",
  occurredAt,
  correlationId: newId(),
  causationId: null,
});

async function seed(store: EventStore): Promise<void> {
  await store.append(
    "account-1",
    [
      { id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta("2026-11-25T23:59:00.000Z") },
      { id: newId(), ...Deposited({ amount: 10, memo: "" }), meta: meta("2026-11-26T00:01:00.000Z") },
    ],
    { expectedVersion: "no stream" },
  );
  await store.append(
    "account-1",
    [{ id: newId(), ...Deposited({ amount: 5, memo: "tip" }), meta: meta("2026-11-26T08:00:00.000Z") }],
    { expectedVersion: 2 },
  );
  await store.append(
    "account-2/x",
    [{ id: newId(), ...AccountOpened({ owner: "bob" }), meta: meta("2026-11-26T09:00:00.000Z") }],
    { expectedVersion: "no stream" },
  );
}

const wholeLog = async (store: EventStore) => ({
  one: await store.readStream("account-1"),
  two: await store.readStream("account-2/x"),
});

describe("archive and restore", () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "meetstream-archive-"));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test("an export restored into an empty store gives back every stream, ids, versions and meta included", async () => {
    const source = emptyStore();
    await seed(source);
    const bucket = folderBucket(folder);
    const exported = await exportEvents({ store: source, bucket, name: "drill" });
    expect(exported).toMatchObject({ streamsTotal: 2, eventsDone: 4, objectsWritten: 2 });
    const keys = [];
    for await (const key of bucket.list("events/")) keys.push(key);
    expect(keys).toEqual(["events/2026/11/25/drill-000001.ndjson", "events/2026/11/26/drill-000001.ndjson"]);
    expect(
      readFileSync(join(folder, "events/2026/11/25/drill-000001.ndjson"), "utf8").split("\n"),
    ).toHaveLength(2);

    const target = emptyStore();
    expect(await restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).toMatchObject({
      streamsDone: 2,
      eventsDone: 4,
    });
    expect(await wholeLog(target)).toEqual(await wholeLog(source));
    // Restored streams go on where they were.
    await target.append(
      "account-1",
      [{ id: newId(), ...Deposited({ amount: 1, memo: "" }), meta: meta("2026-11-27T00:00:00.000Z") }],
      {
        expectedVersion: 3,
      },
    );
  });

  test("the same events archived twice (the archiver and an export) are restored once", async () => {
    const source = emptyStore();
    await seed(source);
    const bucket = folderBucket(folder);
    await exportEvents({ store: source, bucket, name: "first" });
    await exportEvents({ store: source, bucket, name: "second" });
    const target = emptyStore();
    await restoreEvents({ bucket, store: target, catalog: ledgerCatalog });
    expect(await wholeLog(target)).toEqual(await wholeLog(source));
  });

  test("a line written under an older schema is lifted on restore, as the store lifts it on read", async () => {
    const bucket = folderBucket(folder);
    const old = {
      id: newId(),
      streamId: "account-3",
      version: 1,
      type: "Deposited",
      schemaVersion: 1,
      data: { cents: 7 },
      meta: meta("2026-01-01T00:00:00.000Z"),
    };
    for (const object of archiveObjects([old], "old")) await bucket.write(object.key, object.text);
    const target = emptyStore();
    await restoreEvents({ bucket, store: target, catalog: ledgerCatalog });
    expect(await target.readStream("account-3")).toEqual([
      { ...old, schemaVersion: 2, data: { amount: 7, memo: "" } },
    ]);
  });

  test("a restore into a store that holds a stream is refused and writes nothing", async () => {
    const source = emptyStore();
    await seed(source);
    const bucket = folderBucket(folder);
    await exportEvents({ store: source, bucket });
    const target = emptyStore();
    await target.append(
      "account-9",
      [{ id: newId(), ...AccountOpened({ owner: "cy" }), meta: meta("2026-11-01T00:00:00.000Z") }],
      {
        expectedVersion: "no stream",
      },
    );
    await expect(restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).rejects.toThrow(
      EventStoreNotEmpty,
    );
    expect((await target.listStreams()).streamIds).toEqual(["account-9"]);
  });

  test("an archive missing a version, or holding two events at one, is refused before anything is written", async () => {
    const source = emptyStore();
    await seed(source);
    const events = await source.readStream("account-1");
    const bucket = folderBucket(folder);
    for (const object of archiveObjects(
      [events[0], events[2]].filter((event) => event !== undefined),
      "gap",
    ))
      await bucket.write(object.key, object.text);
    const target = emptyStore();
    await expect(restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).rejects.toThrow(
      ArchiveIncomplete,
    );
    expect((await target.listStreams()).streamIds).toEqual([]);

    const other = { ...(events[1] as (typeof events)[number]), id: newId() };
    for (const object of archiveObjects([...events, other], "twice"))
      await bucket.write(object.key, object.text);
    await expect(restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).rejects.toThrow(
      ArchiveConflict,
    );
    expect((await target.listStreams()).streamIds).toEqual([]);
  });
});
