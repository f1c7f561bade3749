import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import type { EventStore, ReadStreamOptions } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { newId } from "../ids/new-id";
import { dynamoSnapshotStore } from "../snapshot/dynamodb";
import type { SnapshotStore } from "../snapshot/snapshot-store";
import { SnapshotTooLarge } from "../snapshot/snapshot-store";
import { sqliteSnapshotStore } from "../snapshot/sqlite";
import { encodeState, type SnapshotPolicy, snapshotTag } from "../snapshot/state-snapshots";
import { openDatabase } from "../sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import { type Account, type LedgerCommand, ledgerCatalog, ledgerDecider } from "../testing/ledger";
import { commandHandler } from "./command-handler";
import { fold } from "./decider";
import { createIdempotencyTable } from "./idempotency-dynamodb";
import { asDeciderEvents, streamStates } from "./stream-states";

/** The event store, counting the events each read returns: what a cold start costs. */
function countingReads(store: EventStore) {
  const reads: { options: ReadStreamOptions | undefined; events: number }[] = [];
  const counted: EventStore = {
    ...store,
    append: (...args) => store.append(...args),
    listStreams: (...args) => store.listStreams(...args),
    close: () => store.close(),
    async readStream(streamId, options) {
      const events = await store.readStream(streamId, options);
      reads.push({ options, events: events.length });
      return events;
    },
  };
  return {
    store: counted,
    reads,
    get eventsRead() {
      return reads.reduce((sum, read) => sum + read.events, 0);
    },
  };
}

interface World {
  events: EventStore;
  snapshots: SnapshotStore;
}

const tag = snapshotTag("ledger", 1, ledgerDecider.initialState);
const deposit = (amount: number): LedgerCommand => ({ type: "Deposit", amount });

/** A handler as a new process makes it: nothing in memory. */
function freshHandler(store: EventStore, policy: SnapshotPolicy<Account>) {
  const states = streamStates({ store, decider: ledgerDecider, snapshots: policy });
  return { states, handler: commandHandler({ store, decider: ledgerDecider, states }) };
}

/** An account opened and given `deposits` deposits of 1, one command each, snapshots written as it goes. */
async function longAccount(world: World, deposits: number, every = 20) {
  const streamId = `account-${newId()}`;
  const { states, handler } = freshHandler(world.events, { store: world.snapshots, tag, every });
  await handler.handle({ streamId, command: { type: "Open", owner: "ann" }, metadata: { actor: "ann" } });
  for (let count = 0; count < deposits; count++)
    await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });
  await states.snapshotsWritten();
  return streamId;
}

async function fullFold(store: EventStore, streamId: string): Promise<Account> {
  return fold(ledgerDecider, asDeciderEvents(await store.readStream(streamId)));
}

function streamSnapshotRules(name: string, openWorld: () => Promise<World>) {
  describe(`stream snapshots on ${name}`, () => {
    test("a fresh handler on a long stream reads only the snapshot's last event and those after it", async () => {
      const world = await openWorld();
      const streamId = await longAccount(world, 49);
      expect((await world.snapshots.latest(streamId))?.version).toBe(40);

      const counting = countingReads(world.events);
      const { handler } = freshHandler(counting.store, { store: world.snapshots, tag });
      const result = await handler.handle({ streamId, command: deposit(5), metadata: { actor: "ann" } });

      // Versions 40 (to check the snapshot is of this stream) to 50: 11 events, not 50.
      expect(counting.reads).toEqual([{ options: { after: 39 }, events: 11 }]);
      expect(result).toMatchObject({ version: 51, state: { status: "open", balance: 54 } });
      expect(result.state).toEqual(await fullFold(world.events, streamId));
    });

    test("a snapshot is written every `every` events appended, after the command's answer", async () => {
      const world = await openWorld();
      const streamId = `account-${newId()}`;
      const { states, handler } = freshHandler(world.events, { store: world.snapshots, tag, every: 10 });
      await handler.handle({ streamId, command: { type: "Open", owner: "ann" }, metadata: { actor: "ann" } });
      for (let count = 0; count < 8; count++)
        await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });
      await states.snapshotsWritten();
      expect(await world.snapshots.latest(streamId)).toBeNull();

      await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });
      await states.snapshotsWritten();
      expect(await world.snapshots.latest(streamId)).toMatchObject({ version: 10, tag });
      for (let count = 0; count < 9; count++)
        await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });
      await states.snapshotsWritten();
      expect((await world.snapshots.latest(streamId))?.version).toBe(10);
      await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });
      await states.snapshotsWritten();
      expect((await world.snapshots.latest(streamId))?.version).toBe(20);
    });

    test("a snapshot under another tag is ignored: the stream folds from its first event, then is snapshotted under the new tag", async () => {
      const world = await openWorld();
      const streamId = await longAccount(world, 29);
      const counting = countingReads(world.events);
      const retagged = snapshotTag("ledger", 2, ledgerDecider.initialState);
      const { states, handler } = freshHandler(counting.store, {
        store: world.snapshots,
        tag: retagged,
        every: 20,
      });

      const result = await handler.handle({ streamId, command: deposit(5), metadata: { actor: "ann" } });
      await states.snapshotsWritten();

      expect(counting.reads).toEqual([{ options: undefined, events: 30 }]);
      expect(result.state).toEqual(await fullFold(world.events, streamId));
      expect(await world.snapshots.latest(streamId)).toMatchObject({ version: 31, tag: retagged });
    });

    test("a snapshot ahead of the stream, or of another log under the same id, is ignored", async () => {
      const world = await openWorld();
      const streamId = await longAccount(world, 25);
      const state = await encodeState<Account>(
        { status: "closed", owner: "mallory", balance: 1_000_000 },
        {
          toJson: (account) => account,
          fromJson: (json) => json as Account,
        },
      );

      // First of another log (its event 22 is not this stream's), then ahead of the stream.
      for (const stale of [
        { streamId, version: 22, lastEventId: newId(), tag, state },
        { streamId, version: 500, lastEventId: newId(), tag, state },
      ]) {
        await world.snapshots.save(stale);
        expect(await world.snapshots.latest(streamId)).toMatchObject({ version: stale.version });
        const counting = countingReads(world.events);
        const { handler } = freshHandler(counting.store, { store: world.snapshots, tag });
        const result = await handler.handle({
          streamId,
          command: { type: "Withdraw", amount: 1 },
          metadata: { actor: "ann" },
        });

        expect(result.state).toEqual(await fullFold(world.events, streamId));
        expect(result.state).toMatchObject({ status: "open", owner: "ann" });
        expect(counting.reads.at(-1)).toEqual({ options: undefined, events: result.version - 1 });
      }
    });

    test("a snapshot that no longer decodes is reported and ignored; the command is decided on the full fold", async () => {
      const world = await openWorld();
      const streamId = await longAccount(world, 20);
      await world.snapshots.save({
        streamId,
        version: 5000,
        lastEventId: newId(),
        tag: "other",
        state: Uint8Array.of(1),
      });
      await world.snapshots.save({
        streamId,
        version: 21,
        lastEventId: newId(),
        tag,
        state: Uint8Array.of(1, 2, 3),
      });
      const errors: unknown[] = [];
      const { handler } = freshHandler(world.events, {
        store: world.snapshots,
        tag,
        onError: (error) => errors.push(error),
      });

      const result = await handler.handle({ streamId, command: deposit(1), metadata: { actor: "ann" } });

      expect(result.state).toEqual(await fullFold(world.events, streamId));
      expect(errors).toHaveLength(1);
    });

    test("a state too large for one item is not snapshotted, and the command succeeds", async () => {
      const world = await openWorld();
      const streamId = `account-${newId()}`;
      const errors: unknown[] = [];
      // Random text does not compress: the state goes past the limit whatever the compression.
      const bulky = randomBytes(400_000).toString("base64");
      const { states, handler } = freshHandler(world.events, {
        store: world.snapshots,
        tag,
        every: 2,
        codec: { toJson: (account) => ({ ...account, bulky }), fromJson: (json) => json as Account },
        onError: (error) => errors.push(error),
      });

      await handler.handle({ streamId, command: { type: "Open", owner: "ann" }, metadata: { actor: "ann" } });
      const result = await handler.handle({ streamId, command: deposit(3), metadata: { actor: "ann" } });
      await states.snapshotsWritten();

      expect(result).toMatchObject({ version: 2, state: { balance: 3 } });
      expect(errors).toEqual([expect.any(SnapshotTooLarge)]);
      expect(await world.snapshots.latest(streamId)).toBeNull();
    });
  });
}

describe("snapshots through the command handler, property-style", () => {
  test("for random commands and intervals, a fresh handler decides as a full fold does", async () => {
    const command = fc.oneof(
      fc.integer({ min: 1, max: 50 }).map((amount): LedgerCommand => ({ type: "Deposit", amount })),
      fc.integer({ min: 1, max: 80 }).map((amount): LedgerCommand => ({ type: "Withdraw", amount })),
    );
    const database = openDatabase(":memory:");
    const events = sqliteEventStore(database, ledgerCatalog);
    const snapshots = sqliteSnapshotStore(database);
    await fc.assert(
      fc.asyncProperty(
        fc.array(command, { maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        command,
        async (commands, every, last) => {
          const streamId = `account-${newId()}`;
          const first = freshHandler(events, { store: snapshots, tag, every });
          for (const next of [{ type: "Open", owner: "ann" } as LedgerCommand, ...commands])
            await first.handler
              .handle({ streamId, command: next, metadata: { actor: "ann" } })
              .catch(() => {});
          await first.states.snapshotsWritten();

          const folded = await fullFold(events, streamId);
          const fresh = freshHandler(events, { store: snapshots, tag, every });
          expect((await fresh.states.current(streamId)).state).toStrictEqual(folded);
          const decided = await fresh.handler
            .handle({ streamId, command: last, metadata: { actor: "ann" } })
            .then(
              (result) => result.events.map(({ type, data }) => ({ type, data })),
              (error: { code?: string }) => error.code,
            );
          const expected = (() => {
            try {
              return ledgerDecider
                .decide({ ...last, metadata: { at: "2026-03-01T10:00:00.000Z", actor: "ann" } }, folded)
                .map(({ type, data }) => ({ type, data }));
            } catch (error) {
              return (error as { code?: string }).code;
            }
          })();
          expect(decided).toStrictEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("snapshot writes that fail", () => {
  test("a snapshot store that throws on every call (a wrapper of the SQLite one) never fails a command", async () => {
    const database = openDatabase(":memory:");
    const events = sqliteEventStore(database, ledgerCatalog);
    const broken: SnapshotStore = {
      latest: async () => {
        throw new Error("snapshot store unreachable");
      },
      save: async () => {
        throw new Error("snapshot store unreachable");
      },
    };
    const errors: unknown[] = [];
    const streamId = `account-${newId()}`;
    const { states, handler } = freshHandler(events, {
      store: broken,
      tag,
      every: 1,
      onError: (error) => {
        errors.push(error);
        throw new Error("and the report fails too");
      },
    });

    await handler.handle({ streamId, command: { type: "Open", owner: "ann" }, metadata: { actor: "ann" } });
    const result = await handler.handle({ streamId, command: deposit(4), metadata: { actor: "ann" } });
    await states.snapshotsWritten();

    expect(result).toMatchObject({ version: 2, state: { balance: 4 } });
    // The cold read of the first command, and the writes after both.
    expect(errors).toHaveLength(3);
  });

  test("snapshots are taken every whole number of events from 1", () => {
    const store = sqliteEventStore(openDatabase(":memory:"), ledgerCatalog);
    const snapshots = sqliteSnapshotStore(openDatabase(":memory:"));
    for (const every of [0, -1, 1.5, Number.NaN])
      expect(() =>
        streamStates({ store, decider: ledgerDecider, snapshots: { store: snapshots, tag, every } }),
      ).toThrow(RangeError);
  });

  test("a tag follows the name, the revision and the initial state's shape", () => {
    expect(snapshotTag("ledger", 1, { balance: 0 })).toBe(snapshotTag("ledger", 1, { balance: 0 }));
    expect(snapshotTag("ledger", 1, { balance: 0 })).not.toBe(snapshotTag("ledger", 2, { balance: 0 }));
    expect(snapshotTag("ledger", 1, { balance: 0 })).not.toBe(
      snapshotTag("ledger", 1, { balance: 0, owner: "" }),
    );
  });
});

streamSnapshotRules("SQLite", async () => {
  const database = openDatabase(":memory:");
  return { events: sqliteEventStore(database, ledgerCatalog), snapshots: sqliteSnapshotStore(database) };
});

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(async () => {
  await dynamo?.stop();
});

streamSnapshotRules("DynamoDB (dynalite)", async () => {
  const [eventsTable, idempotencyTable] = [uniqueTableName("events"), uniqueTableName("idempotency")];
  await createEventTable(dynamo.client, eventsTable);
  await createIdempotencyTable(dynamo.client, idempotencyTable);
  return {
    events: dynamoEventStore({ client: dynamo.client, tableName: eventsTable, catalog: ledgerCatalog }),
    snapshots: dynamoSnapshotStore({ client: dynamo.client, tableName: idempotencyTable }),
  };
});
