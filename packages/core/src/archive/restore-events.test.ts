import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { InvalidEventData } from "../eventstore/errors";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { AccountOpened, Deposited, ledgerCatalog } from "../testing/ledger";
import type { ArchiveBucket } from "./archive-bucket";
import { archiveObjects } from "./archived-event";
import {
  ArchiveChanged,
  ArchiveConflict,
  ArchiveIncomplete,
  EventStoreNotEmpty,
  RestoreNotResumable,
} from "./errors";
import { exportEvents } from "./export-events";
import { folderBucket } from "./folder-bucket";
import { type RestoreProgress, restoreEvents } from "./restore-events";

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

  /** The seeded log, and its export in the test's folder. */
  async function exportedLog(eventsPerWrite?: number) {
    const source = emptyStore();
    await seed(source);
    const bucket = folderBucket(folder);
    await exportEvents({
      store: source,
      bucket,
      ...(eventsPerWrite === undefined ? {} : { eventsPerWrite }),
    });
    return { source, bucket };
  }

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
    const { bucket } = await exportedLog();
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

  test("a stream's later versions read before its earlier ones wait for them: appended in version order", async () => {
    const source = emptyStore();
    await seed(source);
    const [first, second, third] = await source.readStream("account-1");
    const bucket = folderBucket(folder);
    // Key order: events/2026/11/25/b (version 1), events/2026/11/26/a (version 3), events/2026/11/26/b (2).
    for (const object of [
      ...archiveObjects(
        [third].filter((event) => event !== undefined),
        "a",
      ),
      ...archiveObjects(
        [first, second].filter((event) => event !== undefined),
        "b",
      ),
    ])
      await bucket.write(object.key, object.text);

    const target = emptyStore();
    const reported: RestoreProgress[] = [];
    const restored = await restoreEvents({
      bucket,
      store: target,
      catalog: ledgerCatalog,
      onProgress: (progress) => reported.push(progress),
    });

    expect(await target.readStream("account-1")).toEqual(await source.readStream("account-1"));
    expect(restored).toEqual({
      phase: "appending",
      objectsRead: 3,
      objectsTotal: 3,
      streamsDone: 1,
      streamsTotal: 1,
      eventsDone: 3,
    });
    expect(reported.map(({ phase, objectsRead }) => `${phase} ${objectsRead}`)).toEqual([
      "checking 0",
      "checking 1",
      "checking 2",
      "checking 3",
      "appending 0",
      "appending 1",
      "appending 2",
      "appending 3",
    ]);
  });

  test("a line the catalog cannot read is refused in the check, before anything is written", async () => {
    const source = emptyStore();
    await seed(source);
    const bucket = folderBucket(folder);
    await exportEvents({ store: source, bucket });
    const [first] = await source.readStream("account-2/x");
    const unknown = {
      ...(first as NonNullable<typeof first>),
      id: newId(),
      streamId: "account-3",
      type: "Withdrawn",
    };
    for (const object of archiveObjects([unknown], "unknown")) await bucket.write(object.key, object.text);

    const target = emptyStore();
    await expect(restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).rejects.toThrow(
      InvalidEventData,
    );
    expect((await target.listStreams()).streamIds).toEqual([]);
  });

  test("an archive that changes between the check and the appends is refused where it changed", async () => {
    const source = emptyStore();
    await seed(source);
    const events = await source.readStream("account-1");
    const bucket = folderBucket(folder);
    const [object] = archiveObjects(events.slice(0, 1), "first");
    const [changed] = archiveObjects([{ ...(events[0] as (typeof events)[number]), id: newId() }], "first");
    if (!object || !changed) throw new Error("no archive object");
    await bucket.write(object.key, object.text);
    // Read once as it was, then as another log's first event at the same place.
    const reads = new Map<string, number>();
    const changing: ArchiveBucket = {
      ...bucket,
      read: async (key) => {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return reads.get(key) === 1 ? bucket.read(key) : changed.text;
      },
    };

    await expect(
      restoreEvents({ bucket: changing, store: emptyStore(), catalog: ledgerCatalog }),
    ).rejects.toThrow(ArchiveChanged);
  });

  test.for([
    ["whole appends", 20_000, 3],
    ["appends of whatever is ready once more than 50 events wait", 50, 5],
  ] as const)(
    "a long stream spread over many objects is restored with %s",
    async ([, maximumWaitingEvents, expectedAppends]) => {
      const source = emptyStore();
      const deposits = Array.from({ length: 249 }, (_, index) => ({
        id: newId(),
        ...Deposited({ amount: index + 1, memo: "" }),
        meta: meta(`2026-11-${String(1 + Math.floor(index / 10)).padStart(2, "0")}T10:00:00.000Z`),
      }));
      await source.append(
        "account-long",
        [
          { id: newId(), ...AccountOpened({ owner: "dee" }), meta: meta("2026-11-01T09:00:00.000Z") },
          ...deposits,
        ],
        { expectedVersion: "no stream" },
      );
      await seed(source);
      const bucket = folderBucket(folder);
      await exportEvents({ store: source, bucket, eventsPerWrite: 7 });

      const target = emptyStore();
      let appendsOfLongStream = 0;
      const counting: EventStore = {
        ...target,
        append: (streamId, events, options) => {
          if (streamId === "account-long") appendsOfLongStream++;
          return target.append(streamId, events, options);
        },
      };
      await restoreEvents({ bucket, store: counting, catalog: ledgerCatalog, maximumWaitingEvents });
      expect(await target.readStream("account-long")).toEqual(await source.readStream("account-long"));
      expect(appendsOfLongStream).toBe(expectedAppends);
      expect(await wholeLog(target)).toEqual(await wholeLog(source));
    },
  );

  test("a restore that stopped midway goes on where it stopped when resumed, and only then", async () => {
    const { source, bucket } = await exportedLog(1);
    const target = emptyStore();
    // The connection drops after the first append.
    let appendsLeft = 1;
    const failing: EventStore = {
      ...target,
      append: (streamId, events, options) => {
        if (appendsLeft-- === 0) return Promise.reject(new Error("connection reset"));
        return target.append(streamId, events, options);
      },
    };
    await expect(
      restoreEvents({ bucket, store: failing, catalog: ledgerCatalog, maximumWaitingEvents: 0 }),
    ).rejects.toThrow("connection reset");
    const stopped = await wholeLog(target);
    // The first object is in: account-1 stopped at version 1, account-2 not begun.
    expect(stopped.one.map((event) => event.version)).toEqual([1]);
    expect(stopped.two).toEqual([]);

    await expect(restoreEvents({ bucket, store: target, catalog: ledgerCatalog })).rejects.toThrow(
      EventStoreNotEmpty,
    );
    expect(
      await restoreEvents({ bucket, store: target, catalog: ledgerCatalog, resume: true }),
    ).toMatchObject({ streamsDone: 2, streamsTotal: 2, eventsDone: 4 });
    expect(await wholeLog(target)).toEqual(await wholeLog(source));
  });

  test("resuming is refused, and appends nothing, when the store holds what the archive does not", async () => {
    const { bucket } = await exportedLog();
    const target = emptyStore();
    // Version 1 of account-1 is a different event than the archive's.
    await target.append(
      "account-1",
      [{ id: newId(), ...AccountOpened({ owner: "ann" }), meta: meta("2026-11-25T23:59:00.000Z") }],
      { expectedVersion: "no stream" },
    );

    await expect(
      restoreEvents({ bucket, store: target, catalog: ledgerCatalog, resume: true }),
    ).rejects.toThrow(RestoreNotResumable);
    expect((await target.listStreams()).streamIds).toEqual(["account-1"]);
    expect(await target.readStream("account-1")).toHaveLength(1);
  });
});
