import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import type { DocumentStore, StoredDocument } from "../documents/document-store";
import type { EventCatalog } from "../eventstore/event-catalog";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { defineEvent } from "../eventstore/event-type";
import { newId } from "../ids/new-id";
import type { KeyStore } from "../keys/key-store";
import { personalDataStore } from "../keys/personal-data-store";
import { sqliteKeyStore } from "../keys/sqlite";
import { completionCountKey, learnerCountKey } from "../path";
import {
  CheckpointMarked,
  PathCompleted,
  PathFollowed,
  PathUnfollowed,
  ProgressErased,
  ProgressVisibilitySet,
  progressEventTypes,
  progressProjection,
  progressStream,
} from "../progress";
import { openDatabase } from "../sqlite/database";
import { AccountClosed, AccountOpened, accountsProjection, Deposited, Withdrawn } from "../testing/ledger";
import { pending } from "../testing/pending-event";
import * as z from "../validation/zod";
import { offlineRebuild } from "./offline-rebuild";
import { type CounterBody, isCounterBody, readCounters } from "./projected-counter";
import type { DocumentProjection, Projection, StreamNotification } from "./projection";
import { checkpointKey, projector, type RebuildProgress } from "./projector";
import { type QuarantineRecord, quarantineKey } from "./quarantine";
import {
  groupCountKey,
  ItemAdded,
  ItemNoted,
  ItemRemoved,
  itemKey,
  tallyEventTypes,
  tallyProjection,
  tallyStream,
} from "./tally";
import { everyDocument } from "./visible-documents";

/** A type an older release appended and this code no longer knows: its streams do not read. */
const AccountMerged = defineEvent("AccountMerged", () => z.object({ into: z.string() }));

const ledgerTypes = [AccountOpened, Deposited, Withdrawn, AccountClosed];
const eventTypes = [...ledgerTypes, ...tallyEventTypes, ...progressEventTypes];

export interface RebuildWorld {
  /** The log as an older release appended to it: its catalog knows every type, the dropped one too. */
  log: EventStore;
  /** The same log as today's code reads it. */
  readLog: EventStore;
  /** A new, empty document store on the same kind of store. */
  emptyDocuments(): Promise<DocumentStore>;
  close(): Promise<void>;
}

/** The catalog an older release appended with, and today's. */
export const rebuildWorldCatalogs: { appending: EventCatalog; reading: EventCatalog } = {
  appending: eventCatalog(...eventTypes, AccountMerged),
  reading: eventCatalog(...eventTypes),
};

/** A projection as it was before a fix (or after a bug): it throws on a memo, or a note, of "boom". */
function throwingOnBoom<Projected extends DocumentProjection>(projection: Projected): Projected {
  return {
    ...projection,
    kinds: projection.kinds.map((kind) => ({
      ...kind,
      evolve(document, event, touched) {
        const data = event.data as { memo?: unknown; note?: unknown };
        if (data.memo === "boom" || data.note === "boom") throw new TypeError("boom is not understood");
        return kind.evolve(document, event, touched);
      },
    })),
  } as Projected;
}

/** The accounts projection with a fix of its own: an owner that is not well-formed Unicode is listed under U+FFFD. */
const wellFormedOwners: typeof accountsProjection = {
  ...accountsProjection,
  kinds: accountsProjection.kinds.map((kind) => ({
    ...kind,
    evolve: (document, event, touched) =>
      kind.evolve(
        document,
        event.type === "AccountOpened"
          ? { ...event, data: { owner: event.data.owner.replace(/[\uD800-\uDFFF]/gu, "\uFFFD") } }
          : event,
        touched,
      ),
  })),
};

const [ann, bob, cy] = [newId(), newId(), newId()];
const [firstPath, secondPath] = [newId(), newId()];
const [firstCheckpoint, secondCheckpoint] = [newId(), newId()];

/**
 * A log of three kinds of streams: accounts (ranges, tombstones, an index), tallies (a counting kind, its
 * items removed) and members' progress on paths (two counting kinds, personal notes, a member erased and
 * their key gone), with streams that are poison for some projection: an index key the store refuses, a
 * memo and a note of "boom", and a stream of a type today's code does not know. Every append's
 * notification, in order.
 */
async function writeLog(
  log: EventStore,
  keys: KeyStore,
  /** Told after each append, with its notifications: live projection while the log grows. */
  afterAppend: (notifications: StreamNotification[]) => Promise<void> = async () => {},
): Promise<StreamNotification[]> {
  const sealed = personalDataStore(log, keys, [...eventTypes, AccountMerged]);
  const notifications: StreamNotification[] = [];
  const versions = new Map<string, number>();
  const append = async (streamId: string, ...events: { type: string; data: unknown }[]) => {
    const version = versions.get(streamId) ?? 0;
    const result = await sealed.append(
      streamId,
      events.map((event) => pending(event)),
      { expectedVersion: version },
    );
    versions.set(streamId, result.nextExpectedVersion);
    const appended: StreamNotification[] = [];
    for (let at = version + 1; at <= result.nextExpectedVersion; at++)
      appended.push({ streamId, version: at });
    notifications.push(...appended);
    await afterAppend(appended);
  };
  for (const member of [ann, bob, cy]) await keys.create(member);

  await append("account-1", AccountOpened({ owner: "ann" }), Deposited({ amount: 10, memo: "" }));
  await append("account-2", AccountOpened({ owner: "bob" }), Deposited({ amount: 7, memo: "" }));
  await append("account-1", Deposited({ amount: 20, memo: "rent" }), Withdrawn({ amount: 5 }));
  await append("account-2", Deposited({ amount: 3, memo: "" }), AccountClosed({}));
  await append(
    "account-3",
    AccountOpened({ owner: "Poison \uD800 club" }),
    Deposited({ amount: 1, memo: "" }),
  );
  await append("account-4", AccountOpened({ owner: "cy" }), Deposited({ amount: 9, memo: "boom" }));
  await append("account-4", Deposited({ amount: 4, memo: "" }));
  await append("account-5", AccountOpened({ owner: "dee" }), Deposited({ amount: 2, memo: "" }));

  await append(tallyStream("g", "ann"), ItemAdded({}), ItemNoted({ note: "hi" }));
  await append(tallyStream("g", "bob"), ItemAdded({}), ItemRemoved({}));
  await append(tallyStream("g", "cy"), ItemRemoved({}), ItemAdded({}));
  await append(tallyStream("h", "cy"), ItemAdded({}), ItemNoted({ note: "boom" }));
  await append(tallyStream("h", "dee"), ItemAdded({}), ItemRemoved({}), ItemAdded({}));

  const mark = (checkpointId: string, done: boolean, note?: string) =>
    CheckpointMarked({ checkpointId, done, source: "marked", ...(note === undefined ? {} : { note }) });
  await append(
    progressStream(ann, firstPath),
    PathFollowed({}),
    mark(firstCheckpoint, true, "mine"),
    mark(secondCheckpoint, true),
  );
  await append(progressStream(ann, firstPath), PathCompleted({ revision: 1 }), mark(secondCheckpoint, false));
  await append(
    progressStream(ann, firstPath),
    mark(secondCheckpoint, true, ""),
    PathCompleted({ revision: 1 }),
  );
  await append(progressStream(ann, secondPath), PathFollowed({}), ProgressVisibilitySet({ public: true }));
  await append(progressStream(ann, secondPath), PathUnfollowed({}));
  await append(progressStream(bob, firstPath), PathFollowed({}), mark(firstCheckpoint, true, "bob's"));
  await append(progressStream(bob, firstPath), mark(secondCheckpoint, true), PathCompleted({ revision: 1 }));
  await append(progressStream(bob, secondPath), PathFollowed({}), ProgressVisibilitySet({ public: true }));
  await append(progressStream(cy, secondPath), PathFollowed({}), mark(firstCheckpoint, true, "cy's own"));
  // Bob is erased: his streams record it, and his key, which sealed his notes, is gone.
  await append(progressStream(bob, firstPath), ProgressErased({}));
  await append(progressStream(bob, secondPath), ProgressErased({}));
  await keys.delete(bob);
  await append("account-5", AccountMerged({ into: "account-1" }));
  return notifications;
}

const keyText = (document: Pick<StoredDocument, "key">) =>
  `${document.key.partition}\u0000${document.key.sort}`;

/**
 * Every document the store holds, tombstones, checkpoints and quarantine records included, in key order;
 * of a projected counter its count alone, and none where it counts 0 (its fence and the writes it holds
 * depend on how the writes came, and an absent counter reads as 0).
 */
async function contentsOf(documents: DocumentStore): Promise<StoredDocument[]> {
  return (await everyDocument(documents))
    .flatMap((document) =>
      isCounterBody(document.body)
        ? document.body.count === 0
          ? []
          : [{ key: document.key, version: 0, body: { count: document.body.count }, indexes: {} }]
        : [document],
    )
    .sort((left, right) => (keyText(left) < keyText(right) ? -1 : 1));
}

const byStream = (records: QuarantineRecord[]) =>
  [...records].sort((left, right) =>
    `${left.projection}/${left.streamId}` < `${right.projection}/${right.streamId}` ? -1 : 1,
  );

/**
 * The offline rebuild against the online one, on one kind of store: the same log rebuilt both ways, into
 * empty stores and over stores live projection has kept, leaves the same documents and counts.
 */
export function offlineRebuildEquivalence(name: string, open: () => Promise<RebuildWorld>) {
  describe(`offline rebuild on ${name}`, () => {
    const clock = fixedClock("2026-06-01T12:00:00.000Z");

    async function inWorld(
      run: (world: RebuildWorld, read: EventStore, keys: KeyStore) => Promise<void>,
      /** Unless the test writes the log itself, as it projects. */
      { writing = true } = {},
    ) {
      const world = await open();
      const keysDatabase = openDatabase(":memory:");
      try {
        const keys = sqliteKeyStore(keysDatabase);
        if (writing) await writeLog(world.log, keys);
        await run(world, personalDataStore(world.readLog, keys, eventTypes), keys);
      } finally {
        keysDatabase.close();
        await world.close();
      }
    }

    /** Both rebuilds of the log, each into its own copy of the same documents. */
    async function bothWays(
      read: EventStore,
      [online, offline]: [DocumentStore, DocumentStore],
      projections: readonly Projection[],
    ) {
      const told = { online: [] as QuarantineRecord[], offline: [] as QuarantineRecord[] };
      const onlineResult = await projector({
        store: read,
        documents: online,
        projections,
        clock,
        onQuarantined: (record) => {
          told.online.push(record);
        },
      }).rebuild({ concurrency: 3 });
      const offlineResult = await offlineRebuild({
        store: read,
        documents: offline,
        projections,
        clock,
        onQuarantined: (record) => {
          told.offline.push(record);
        },
      });
      return { onlineResult, offlineResult, told };
    }

    const rebuildProjections = [
      throwingOnBoom(accountsProjection),
      throwingOnBoom(tallyProjection),
      progressProjection,
    ] as Projection[];

    test("into empty stores, both rebuilds leave the same documents, counts, records and progress", () =>
      inWorld(async (world, read) => {
        const stores: [DocumentStore, DocumentStore] = [
          await world.emptyDocuments(),
          await world.emptyDocuments(),
        ];
        const { onlineResult, offlineResult, told } = await bothWays(read, stores, rebuildProjections);

        expect(offlineResult).toEqual(onlineResult);
        expect(offlineResult).toMatchObject({
          streamsDone: 15,
          streamsQuarantined: 4,
        } satisfies Partial<RebuildProgress>);
        expect(byStream(told.offline)).toEqual(byStream(told.online));
        expect(told.offline.map((record) => `${record.streamId} ${record.error.name}`).sort()).toEqual([
          "account-3 InvalidDocument",
          "account-4 TypeError",
          "account-5 UnknownEventType",
          `${tallyStream("h", "cy")} TypeError`,
        ]);
        const [online, offline] = await Promise.all(stores.map(contentsOf));
        expect(offline).toEqual(online);
        // What the comparison covers: tombstones of a counting kind, erased progress, counts of both kinds.
        expect(offline).toContainEqual(
          expect.objectContaining({ key: itemKey(tallyStream("g", "bob")), body: null }),
        );
        expect(await readCounters(stores[1], [groupCountKey("g"), groupCountKey("h")])).toEqual([2, 1]);
        expect(
          await readCounters(stores[1], [
            learnerCountKey(firstPath),
            learnerCountKey(secondPath),
            completionCountKey(firstPath),
          ]),
        ).toEqual([1, 1, 1]);
      }));

    test("over documents live projection kept (some notifications lost), both leave the same: a fixed projection lifts its stream, a broken one keeps the stream's documents and counts", () =>
      inWorld(
        async (world, read, keys) => {
          const stores: [DocumentStore, DocumentStore] = [
            await world.emptyDocuments(),
            await world.emptyDocuments(),
          ];
          // Live: an accounts projection that lists any owner and throws on "boom" (account-4 set aside).
          const liveProjections = [
            throwingOnBoom(wellFormedOwners),
            tallyProjection,
            progressProjection,
          ] as Projection[];
          const live = stores.map((documents) =>
            projector({ store: read, documents, projections: liveProjections, clock }),
          );
          let delivered = 0;
          await writeLog(world.log, keys, async (appended) => {
            // Every third notification is lost: its stream lags until a later one, or the rebuild.
            for (const notification of appended)
              if (delivered++ % 3 !== 2) for (const projecting of live) await projecting.handle(notification);
          });
          expect(await contentsOf(stores[1])).toEqual(await contentsOf(stores[0]));
          expect((await stores[0].get(quarantineKey("accounts", "account-4")))?.body).toMatchObject({
            version: 2,
          });

          // Then: "boom" fixed in the accounts projection, which lists odd owners no more; the tally one broken.
          const fixedAndBroken = [
            accountsProjection,
            throwingOnBoom(tallyProjection),
            progressProjection,
          ] as Projection[];
          const { onlineResult, offlineResult, told } = await bothWays(read, stores, fixedAndBroken);

          expect(offlineResult).toEqual(onlineResult);
          expect(byStream(told.offline)).toEqual(byStream(told.online));
          expect(told.offline.map((record) => record.streamId).sort()).toEqual([
            "account-3",
            "account-5",
            tallyStream("h", "cy"),
          ]);
          const [online, offline] = await Promise.all(stores.map(contentsOf));
          expect(offline).toEqual(online);
          expect(await stores[1].get(quarantineKey("accounts", "account-4"))).toBeUndefined();
          // The streams set aside keep what live projection gave them, and still count.
          for (const account of ["account-3", "account-5"])
            expect(await stores[1].get({ partition: account, sort: "summary" })).toMatchObject({
              version: 2,
            });
          expect((await stores[1].get(itemKey(tallyStream("h", "cy"))))?.body).toMatchObject({ added: true });
          expect(await readCounters(stores[1], [groupCountKey("g"), groupCountKey("h")])).toEqual([2, 2]);
        },
        { writing: false },
      ));

    test("run again over its own documents, it leaves them as they are", () =>
      inWorld(async (world, read) => {
        const documents = await world.emptyDocuments();
        const result = await offlineRebuild({
          store: read,
          documents,
          projections: rebuildProjections,
          clock,
        });
        const once = await contentsOf(documents);
        expect(
          await offlineRebuild({ store: read, documents, projections: rebuildProjections, clock }),
        ).toEqual(result);
        expect(await contentsOf(documents)).toEqual(once);
      }));

    test("what no projection gives any more is removed, and counts are summed afresh", () =>
      inWorld(async (world, read) => {
        const documents = await world.emptyDocuments();
        await projector({ store: read, documents, projections: rebuildProjections, clock }).rebuild();
        const expected = await contentsOf(documents);
        const leftOver: StoredDocument[] = [
          // A kind since dropped, a projection since dropped (its checkpoint and a record), an old tombstone.
          {
            key: { partition: "account-1", sort: "statement#2025" },
            version: 3,
            body: { lines: 2 },
            indexes: {},
          },
          { key: checkpointKey({ name: "statements" }, "account-1"), version: 3, body: {}, indexes: {} },
          {
            key: quarantineKey("statements", "account-2"),
            version: 1,
            body: { projection: "statements", streamId: "account-2" },
            indexes: {},
          },
          { key: { partition: "account-9", sort: "summary" }, version: 4, body: null, indexes: {} },
        ];
        for (const document of leftOver) await documents.put(document, { expectedVersion: "absent" });
        // A count gone wrong (by a bug since fixed): the rebuild counts again from the documents.
        const wrong = await documents.get<CounterBody>(groupCountKey("g"));
        await documents.put(
          {
            ...(wrong as StoredDocument<CounterBody>),
            version: (wrong?.version ?? 0) + 1,
            body: { count: 40, pending: [] },
          },
          { expectedVersion: wrong?.version ?? "absent" },
        );

        const online = await world.emptyDocuments();
        for (const document of await everyDocument(documents))
          await online.put(document, { expectedVersion: "absent" });
        await projector({ store: read, documents: online, projections: rebuildProjections, clock }).rebuild();
        expect(await readCounters(online, [groupCountKey("g")])).toEqual([40]);
        for (const document of leftOver) expect(await online.get(document.key)).toEqual(document);

        await offlineRebuild({ store: read, documents, projections: rebuildProjections, clock });
        expect(await contentsOf(documents)).toEqual(expected);
      }));

    test("without projections it is refused, rather than remove every document", () =>
      inWorld(async (world, read) => {
        const documents = await world.emptyDocuments();
        await projector({ store: read, documents, projections: rebuildProjections, clock }).rebuild();
        const before = await contentsOf(documents);
        await expect(offlineRebuild({ store: read, documents, projections: [] })).rejects.toThrow(
          /needs the projections/,
        );
        expect(await contentsOf(documents)).toEqual(before);
      }));

    test("it reads the log once and no document but in one scan, and writes only in batches", () =>
      inWorld(async (world, read) => {
        const documents = await world.emptyDocuments();
        const calls: string[] = [];
        const counted = <Method extends (...parameters: never[]) => unknown>(name: string, method: Method) =>
          ((...parameters: Parameters<Method>) => {
            calls.push(name);
            return method(...parameters);
          }) as Method;
        const watchedLog: EventStore = {
          ...read,
          readStream: counted("readStream", read.readStream),
          readStreams: counted("readStreams", read.readStreams),
          listStreams: counted("listStreams", read.listStreams),
        };
        const watchedDocuments: DocumentStore = {
          ...documents,
          get: counted("get", documents.get),
          getMany: counted("getMany", documents.getMany),
          put: counted("put", documents.put),
          putMany: counted("putMany", documents.putMany),
          delete: counted("delete", documents.delete),
          query: counted("query", documents.query),
          scan: counted("scan", documents.scan),
          overwriteMany: counted("overwriteMany", documents.overwriteMany),
        };
        // Streams that all fold: poison is read again, one event at a time, to find what it owns.
        await offlineRebuild({
          store: watchedLog,
          documents: watchedDocuments,
          projections: [accountsProjection, tallyProjection, progressProjection] as Projection[],
        });
        expect(new Set(calls)).toEqual(new Set(["scan", "readStreams", "readStream", "overwriteMany"]));
        // Only account-3 (refused) and account-5 (unknown type) are read again.
        expect(calls.filter((call) => call === "readStream").length).toBeLessThan(8);
        expect(calls.filter((call) => call === "scan")).toHaveLength(1);
      }));

    test("a rebuild that stops half way is finished by running it again", () =>
      inWorld(async (world, read) => {
        const clean = await world.emptyDocuments();
        await offlineRebuild({ store: read, documents: clean, projections: rebuildProjections, clock });
        const documents = await world.emptyDocuments();
        let batches = 0;
        const dying: DocumentStore = {
          ...documents,
          overwriteMany: (changes) =>
            ++batches > 1 ? Promise.reject(new Error("the process died")) : documents.overwriteMany(changes),
        };
        await expect(
          offlineRebuild({ store: read, documents: dying, projections: rebuildProjections, clock }),
        ).rejects.toThrow("the process died");
        await offlineRebuild({ store: read, documents, projections: rebuildProjections, clock });
        expect(await contentsOf(documents)).toEqual(await contentsOf(clean));
      }));
  });
}
