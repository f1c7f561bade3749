import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import { createEventTable, dynamoEventStore } from "../eventstore/dynamodb";
import { VersionConflict } from "../eventstore/errors";
import type { EventStore } from "../eventstore/event-store";
import { sqliteEventStore } from "../eventstore/sqlite";
import { isUuid, newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { type LocalDynamo, startDynalite, uniqueTableName } from "../testing/dynalite";
import {
  AccountNotOpen,
  Deposited,
  InsufficientFunds,
  type LedgerCommand,
  ledgerCatalog,
  ledgerDecider,
} from "../testing/ledger";
import { commandHandler, IdempotencyStoreMissing } from "./command-handler";
import { fold, type WithMetadata } from "./decider";
import { createIdempotencyTable, dynamoIdempotencyStore } from "./idempotency-dynamodb";
import { sqliteIdempotencyStore } from "./idempotency-sqlite";
import { IdempotencyKeyReused, type IdempotencyStore } from "./idempotency-store";

interface CommandWorld {
  store: EventStore;
  idempotency: IdempotencyStore;
  close(): Promise<void>;
}

const open: LedgerCommand = { type: "Open", owner: "ann" };
const deposit = (amount: number, memo = ""): LedgerCommand => ({ type: "Deposit", amount, memo });
const withdraw = (amount: number): LedgerCommand => ({ type: "Withdraw", amount });

/** The ledger decider, counting how often it is asked to decide. */
function countingDecider() {
  const counter = { decisions: 0 };
  const decider = {
    ...ledgerDecider,
    decide(command: WithMetadata<LedgerCommand>, state: Parameters<typeof ledgerDecider.decide>[1]) {
      counter.decisions++;
      return ledgerDecider.decide(command, state);
    },
  };
  return { decider, counter };
}

/**
 * The real store, with another writer that appends a deposit of 7 right after each of the first `times`
 * reads: the command handler's append then meets a stream that moved on since it read.
 */
function withAnotherWriter(store: EventStore, times: number): EventStore {
  let remaining = times;
  return {
    append: (streamId, events, options) => store.append(streamId, events, options),
    async readStream(streamId, options) {
      const events = await store.readStream(streamId, options);
      if (remaining > 0) {
        remaining--;
        const version = events.at(-1)?.version ?? 0;
        const meta = {
          actor: "other-writer",
          occurredAt: new Date().toISOString(),
          correlationId: newId(),
          causationId: null,
        };
        await store.append(streamId, [{ id: newId(), ...Deposited({ amount: 7, memo: "other" }), meta }], {
          expectedVersion: version,
        });
      }
      return events;
    },
    listStreams: (options) => store.listStreams(options),
    readStreams: (options) => store.readStreams(options),
    close: () => store.close(),
  };
}

/** The store, counting the appends that met a stream that had moved on. */
function countingAppends(store: EventStore) {
  const counted = {
    conflicts: 0,
    store: {
      ...store,
      append: async (...parameters: Parameters<EventStore["append"]>) => {
        try {
          return await store.append(...parameters);
        } catch (error) {
          if (error instanceof VersionConflict) counted.conflicts++;
          throw error;
        }
      },
      readStream: (...parameters: Parameters<EventStore["readStream"]>) => store.readStream(...parameters),
    } satisfies EventStore,
  };
  return counted;
}

const balanceOf = async (store: EventStore, streamId: string) =>
  fold(ledgerDecider, (await store.readStream(streamId)) as never[]).balance;

/** How the command handler behaves on any event store: one suite, run against every adapter. */
function commandHandlerContract(name: string, openWorld: () => Promise<CommandWorld>) {
  describe(`command handler on ${name}`, () => {
    let world: CommandWorld;
    const clock = fixedClock("2026-05-01T10:00:00.000Z");
    const streamId = () => `account-${newId()}`;

    beforeAll(async () => {
      world = await openWorld();
    });
    afterAll(async () => {
      await world.close();
    });

    test("decides, appends at the version read and returns the new state", async () => {
      const handler = commandHandler({ store: world.store, decider: ledgerDecider, clock });
      const account = streamId();
      const correlationId = newId();
      const causationId = newId();

      const opened = await handler.handle({
        streamId: account,
        command: open,
        metadata: { actor: "ann", correlationId },
      });
      clock.advance(1000);
      const deposited = await handler.handle({
        streamId: account,
        command: deposit(5, "first"),
        metadata: { actor: "ann", correlationId, causationId },
      });

      expect(opened).toMatchObject({ streamId: account, version: 1, state: { status: "open", balance: 0 } });
      expect(deposited).toMatchObject({
        streamId: account,
        version: 2,
        state: { status: "open", balance: 5 },
      });
      expect(deposited.events).toEqual([
        {
          id: expect.any(String),
          streamId: account,
          version: 2,
          type: "Deposited",
          schemaVersion: 2,
          data: { amount: 5, memo: "first" },
          meta: { actor: "ann", occurredAt: "2026-05-01T10:00:01.000Z", correlationId, causationId },
        },
      ]);
      expect(opened.events[0]?.meta).toEqual({
        actor: "ann",
        occurredAt: "2026-05-01T10:00:00.000Z",
        correlationId,
        causationId: null,
      });
      expect(await world.store.readStream(account)).toEqual([...opened.events, ...deposited.events]);
    });

    test("the decider is told when and by whom beside the command's data: the instant its events occurred", async () => {
      const told: unknown[] = [];
      const decider = {
        ...ledgerDecider,
        decide(command: WithMetadata<LedgerCommand>, state: Parameters<typeof ledgerDecider.decide>[1]) {
          told.push(command);
          return ledgerDecider.decide(command, state);
        },
      };
      const handler = commandHandler({ store: world.store, decider, clock });
      const account = streamId();

      const { events } = await handler.handle({
        streamId: account,
        command: open,
        metadata: { actor: "ann", correlationId: newId() },
      });

      expect(told).toEqual([{ ...open, metadata: { at: clock.now().toISOString(), actor: "ann" } }]);
      expect(events[0]?.meta.occurredAt).toBe(clock.now().toISOString());
    });

    test("a request without a correlation id gets a new one", async () => {
      const handler = commandHandler({ store: world.store, decider: ledgerDecider });
      const account = streamId();

      const opened = await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      const deposited = await handler.handle({
        streamId: account,
        command: deposit(1),
        metadata: { actor: "ann" },
      });

      const [first, second] = [opened.events[0]?.meta.correlationId, deposited.events[0]?.meta.correlationId];
      expect(isUuid(first ?? "")).toBe(true);
      expect(isUuid(second ?? "")).toBe(true);
      expect(first).not.toBe(second);
    });

    test("a command that decides nothing appends nothing and returns the current state", async () => {
      const handler = commandHandler({ store: world.store, decider: ledgerDecider });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });

      const again = await handler.handle({
        streamId: account,
        command: { type: "Open", owner: "bob" },
        metadata: { actor: "bob" },
      });

      expect(again).toEqual({
        streamId: account,
        version: 1,
        state: { status: "open", owner: "ann", balance: 0 },
        events: [],
      });
      expect(await world.store.readStream(account)).toHaveLength(1);
    });

    test("a command the rules reject appends nothing, and the rule's error reaches the caller", async () => {
      const handler = commandHandler({ store: world.store, decider: ledgerDecider });
      const account = streamId();

      await expect(
        handler.handle({ streamId: account, command: deposit(5), metadata: { actor: "ann" } }),
      ).rejects.toBeInstanceOf(AccountNotOpen);
      expect(await world.store.readStream(account)).toEqual([]);

      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      await handler.handle({ streamId: account, command: deposit(5), metadata: { actor: "ann" } });
      await expect(
        handler.handle({ streamId: account, command: withdraw(10), metadata: { actor: "ann" } }),
      ).rejects.toBeInstanceOf(InsufficientFunds);
      expect(await world.store.readStream(account)).toHaveLength(2);
    });

    test("after another writer appends between its read and its append, it decides again on the newer state", async () => {
      const account = streamId();
      await commandHandler({ store: world.store, decider: ledgerDecider }).handle({
        streamId: account,
        command: open,
        metadata: { actor: "ann" },
      });
      const { decider, counter } = countingDecider();
      const handler = commandHandler({ store: withAnotherWriter(world.store, 1), decider });

      const result = await handler.handle({
        streamId: account,
        command: deposit(5),
        metadata: { actor: "ann" },
      });

      expect(counter.decisions).toBe(2);
      expect(result).toMatchObject({ version: 3, state: { balance: 12 } });
      const stream = await world.store.readStream(account);
      expect(stream.map((event) => [event.version, event.type, event.meta.actor])).toEqual([
        [1, "AccountOpened", "ann"],
        [2, "Deposited", "other-writer"],
        [3, "Deposited", "ann"],
      ]);
    });

    test("a conflict on every attempt reaches the caller after the last attempt, and the handler appended nothing", async () => {
      const account = streamId();
      await commandHandler({ store: world.store, decider: ledgerDecider }).handle({
        streamId: account,
        command: open,
        metadata: { actor: "ann" },
      });
      const { decider, counter } = countingDecider();
      const handler = commandHandler({
        store: withAnotherWriter(world.store, 3),
        decider,
        maximumAttempts: 3,
        randomDelay: () => 0,
      });

      await expect(
        handler.handle({ streamId: account, command: deposit(1), metadata: { actor: "ann" } }),
      ).rejects.toBeInstanceOf(VersionConflict);

      expect(counter.decisions).toBe(3);
      const stream = await world.store.readStream(account);
      expect(stream.map((event) => event.meta.actor)).toEqual([
        "ann",
        "other-writer",
        "other-writer",
        "other-writer",
      ]);
    });

    test("a repeated request with the same idempotency key returns the first result and appends nothing", async () => {
      const { decider, counter } = countingDecider();
      const handler = commandHandler({ store: world.store, decider, idempotency: world.idempotency });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      const request = {
        streamId: account,
        command: deposit(5),
        metadata: { actor: "ann", idempotencyKey: "deposit-1" },
      };

      const first = await handler.handle(request);
      const repeat = await handler.handle(request);
      const repeatWithAnotherCorrelation = await handler.handle({
        ...request,
        metadata: { ...request.metadata, correlationId: newId() },
      });

      expect(repeat).toEqual(first);
      expect(repeatWithAnotherCorrelation).toEqual(first);
      expect(counter.decisions).toBe(2);
      expect(await world.store.readStream(account)).toHaveLength(2);
      expect(await balanceOf(world.store, account)).toBe(5);
    });

    test("with an answer, the answer is what a retry gets back, and an answer that fails is not remembered", async () => {
      const handler = commandHandler({
        store: world.store,
        decider: ledgerDecider,
        idempotency: world.idempotency,
      });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      const request = {
        streamId: account,
        command: deposit(5),
        metadata: { actor: "ann", idempotencyKey: "a" },
      };
      let answers = 0;
      const failingOnce = async ({ version, state }: { version: number; state: { balance: number } }) => {
        if (++answers === 1) throw new Error("the answer could not be read");
        return { version, balance: state.balance };
      };

      await expect(handler.handle(request, failingOnce)).rejects.toThrow("the answer could not be read");
      const first = await handler.handle(request, failingOnce);
      const repeat = await handler.handle(request, failingOnce);

      // The first attempt's deposit stands: the retry deposits again, as any unremembered request would.
      expect(first).toEqual({ version: 3, balance: 10 });
      expect(repeat).toEqual(first);
      expect(answers).toBe(2);
    });

    test("an idempotency key reused for another command is rejected and appends nothing", async () => {
      const handler = commandHandler({
        store: world.store,
        decider: ledgerDecider,
        idempotency: world.idempotency,
      });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      await handler.handle({
        streamId: account,
        command: deposit(5),
        metadata: { actor: "ann", idempotencyKey: "k" },
      });

      await expect(
        handler.handle({
          streamId: account,
          command: deposit(6),
          metadata: { actor: "ann", idempotencyKey: "k" },
        }),
      ).rejects.toBeInstanceOf(IdempotencyKeyReused);
      expect(await balanceOf(world.store, account)).toBe(5);
    });

    test("idempotency keys are scoped by actor and stream", async () => {
      const handler = commandHandler({
        store: world.store,
        decider: ledgerDecider,
        idempotency: world.idempotency,
      });
      const [first, second] = [streamId(), streamId()];
      for (const account of [first, second])
        await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });

      await handler.handle({
        streamId: first,
        command: deposit(5),
        metadata: { actor: "ann", idempotencyKey: "k" },
      });
      await handler.handle({
        streamId: first,
        command: deposit(5),
        metadata: { actor: "bob", idempotencyKey: "k" },
      });
      await handler.handle({
        streamId: second,
        command: deposit(5),
        metadata: { actor: "ann", idempotencyKey: "k" },
      });

      expect(await balanceOf(world.store, first)).toBe(10);
      expect(await balanceOf(world.store, second)).toBe(5);
    });

    test("a rejected idempotent command is not remembered: the retry is decided again", async () => {
      const handler = commandHandler({
        store: world.store,
        decider: ledgerDecider,
        idempotency: world.idempotency,
      });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      const request = {
        streamId: account,
        command: withdraw(5),
        metadata: { actor: "ann", idempotencyKey: "w" },
      };

      await expect(handler.handle(request)).rejects.toBeInstanceOf(InsufficientFunds);
      await handler.handle({ streamId: account, command: deposit(8), metadata: { actor: "ann" } });
      const retried = await handler.handle(request);

      expect(retried).toMatchObject({ version: 3, state: { balance: 3 } });
    });

    test("an idempotency key without an idempotency store is refused before anything runs", async () => {
      const handler = commandHandler({ store: world.store, decider: ledgerDecider });
      const account = streamId();

      await expect(
        handler.handle({ streamId: account, command: open, metadata: { actor: "ann", idempotencyKey: "k" } }),
      ).rejects.toBeInstanceOf(IdempotencyStoreMissing);
      expect(await world.store.readStream(account)).toEqual([]);
    });

    test("50 concurrent writers on one stream, through five handlers as five processes would: every accepted command's events exactly once, versions contiguous", async () => {
      const writers = 50;
      const account = streamId();
      const counted = countingAppends(world.store);
      // Enough attempts that every writer gets through: the point is that none is lost or doubled.
      const handlers = Array.from({ length: 5 }, () =>
        commandHandler({ store: counted.store, decider: ledgerDecider, maximumAttempts: 500 }),
      );
      const handlerOf = (writer: number) => handlers[writer % handlers.length] as (typeof handlers)[number];
      await handlerOf(0).handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      const amounts = Array.from({ length: writers }, (_, index) => index + 1);

      const outcomes = await Promise.allSettled(
        amounts.map((amount) =>
          handlerOf(amount).handle({
            streamId: account,
            command: deposit(amount, `writer ${amount}`),
            metadata: { actor: `writer-${amount}` },
          }),
        ),
      );

      const accepted = outcomes.flatMap((outcome, index) =>
        outcome.status === "fulfilled" ? [{ amount: amounts[index] ?? 0, result: outcome.value }] : [],
      );
      const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      for (const reason of rejected) expect(reason).toBeInstanceOf(VersionConflict);
      expect(accepted).toHaveLength(writers);

      const stream = await world.store.readStream(account);
      expect(stream.map((event) => event.version)).toEqual(
        Array.from({ length: accepted.length + 1 }, (_, index) => index + 1),
      );
      const storedIds = stream.map((event) => event.id);
      expect(new Set(storedIds).size).toBe(stream.length);
      for (const { amount, result } of accepted) {
        const [event] = result.events;
        expect(result.events).toHaveLength(1);
        expect(storedIds.filter((id) => id === event?.id)).toHaveLength(1);
        expect(stream.find((stored) => stored.id === event?.id)).toMatchObject({
          version: result.version,
          data: { amount, memo: `writer ${amount}` },
          meta: { actor: `writer-${amount}` },
        });
      }
      const acceptedSum = accepted.reduce((sum, { amount }) => sum + amount, 0);
      expect(await balanceOf(world.store, account)).toBe(acceptedSum);
      expect(Math.max(...accepted.map(({ result }) => result.state.balance))).toBe(acceptedSum);
      // The handlers raced each other for the stream's next version, and the losers decided again.
      expect(counted.conflicts).toBeGreaterThan(0);
    });

    test("one handler runs concurrent commands on one stream in turn: none conflicts, none waits on another stream", async () => {
      const counted = countingAppends(world.store);
      const handler = commandHandler({ store: counted.store, decider: ledgerDecider, maximumAttempts: 1 });
      const [busy, quiet] = [streamId(), streamId()];
      await handler.handle({ streamId: busy, command: open, metadata: { actor: "ann" } });
      await handler.handle({ streamId: quiet, command: open, metadata: { actor: "ann" } });

      const deposits = Array.from({ length: 30 }, (_, index) =>
        handler.handle({ streamId: busy, command: deposit(index + 1), metadata: { actor: "ann" } }),
      );
      // Started behind thirty commands on another stream, it finishes before the last of them.
      const order: string[] = [];
      const last = deposits.at(-1)?.then(() => order.push("busy"));
      await handler
        .handle({ streamId: quiet, command: deposit(1), metadata: { actor: "ann" } })
        .then(() => order.push("quiet"));
      await Promise.all([...deposits, last]);

      expect(counted.conflicts).toBe(0);
      expect(order).toEqual(["quiet", "busy"]);
      expect(await balanceOf(world.store, busy)).toBe((30 * 31) / 2);
    });

    test("a handler reads a stream it knows only from the version it has folded, and still sees other writers", async () => {
      const reads: (number | undefined)[] = [];
      const store: EventStore = {
        ...world.store,
        append: (id, events, options) => world.store.append(id, events, options),
        readStream(id, options) {
          reads.push(options?.after);
          return world.store.readStream(id, options);
        },
      };
      const handler = commandHandler({ store, decider: ledgerDecider });
      const account = streamId();
      await handler.handle({ streamId: account, command: open, metadata: { actor: "ann" } });
      await handler.handle({ streamId: account, command: deposit(5), metadata: { actor: "ann" } });
      // Another process appends a deposit of 7: the next command folds it in before deciding.
      await commandHandler({ store: world.store, decider: ledgerDecider }).handle({
        streamId: account,
        command: deposit(7),
        metadata: { actor: "bob" },
      });
      const result = await handler.handle({
        streamId: account,
        command: withdraw(12),
        metadata: { actor: "ann" },
      });

      expect(reads).toEqual([undefined, 1, 2]);
      expect(result).toMatchObject({ version: 4, state: { balance: 0 } });
    });
  });
}

commandHandlerContract("SQLite", async () => {
  const database = openDatabase(":memory:");
  const store = sqliteEventStore(database, ledgerCatalog);
  return { store, idempotency: sqliteIdempotencyStore(database), close: () => store.close() };
});

describe("on DynamoDB (dynalite)", () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(async () => {
    await dynamo.stop();
  });

  commandHandlerContract("DynamoDB", async () => {
    const [events, idempotency] = [uniqueTableName("events"), uniqueTableName("idempotency")];
    await Promise.all([
      createEventTable(dynamo.client, events),
      createIdempotencyTable(dynamo.client, idempotency),
    ]);
    const store = dynamoEventStore({ client: dynamo.client, tableName: events, catalog: ledgerCatalog });
    return {
      store,
      idempotency: dynamoIdempotencyStore({ client: dynamo.client, tableName: idempotency }),
      close: () => store.close(),
    };
  });
});
