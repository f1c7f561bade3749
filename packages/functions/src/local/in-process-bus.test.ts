import { commandHandler } from "@meetstream/core/decider";
import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { type Projector, projector } from "@meetstream/core/projection/projector";
import type { Reactor } from "@meetstream/core/reactor/reactor";
import { openDatabase } from "@meetstream/core/sqlite/database";
import {
  accountsProjection,
  deposit,
  ledgerCatalog,
  ledgerDecider,
  opened,
} from "@meetstream/core/testing/ledger";
import { describe, expect, test } from "vitest";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { inProcessBus } from "./in-process-bus";

function setUp() {
  const database = openDatabase(":memory:");
  const events = sqliteEventStore(database, ledgerCatalog);
  const documents = sqliteDocumentStore(database);
  const accounts = projector({ store: events, documents, projections: [accountsProjection] });
  const errors: unknown[] = [];
  const busOver = (projecting: Projector = accounts) =>
    inProcessBus({
      log: events,
      projector: projecting,
      position: sqliteProjectorPosition(database),
      onError: (error) => errors.push(error),
    });
  const summary = async (streamId: string) =>
    (await documents.get({ partition: streamId, sort: "summary" }))?.body as { balance: number } | undefined;
  return { database, events, documents, accounts, errors, busOver, summary };
}

describe("in-process bus", () => {
  test("when an append returns, its documents are readable", async () => {
    const { events, busOver, summary } = setUp();
    const ledger = commandHandler({ store: busOver().notifying(events), decider: ledgerDecider });

    await ledger.handle({
      streamId: "account-1",
      command: { type: "Open", owner: "ann" },
      metadata: { actor: "ann" },
    });
    await ledger.handle({
      streamId: "account-1",
      command: { type: "Deposit", amount: 30 },
      metadata: { actor: "ann" },
    });

    expect(await summary("account-1")).toMatchObject({ balance: 30 });
  });

  test("events committed while nothing projected them (a crash) are projected at the next start", async () => {
    const { database, events, busOver, summary } = setUp();
    await busOver()
      .notifying(events)
      .append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    // Committed straight to the store: the process died before the bus could hand them on.
    await events.append("account-1", [deposit(10), deposit(5)], { expectedVersion: 1 });
    await events.append("account-2", [opened("bob")], { expectedVersion: "no stream" });
    expect(await summary("account-1")).toMatchObject({ balance: 0 });

    await busOver().catchUp();

    expect(await summary("account-1")).toMatchObject({ balance: 15 });
    expect(await summary("account-2")).toMatchObject({ balance: 0 });
    expect(sqliteProjectorPosition(database).read()).toBe(await events.lastPosition());
  });

  test("a projection that fails leaves the append committed and is retried by the next one", async () => {
    const { events, accounts, errors, busOver, summary } = setUp();
    let failing = true;
    const flaky: Projector = {
      ...accounts,
      handle: (notification) =>
        failing ? Promise.reject(new Error("disk full")) : accounts.handle(notification),
    };
    const store = busOver(flaky).notifying(events);

    const appended = await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    expect(appended.nextExpectedVersion).toBe(1);
    expect(errors).toHaveLength(1);
    expect(await summary("account-1")).toBeUndefined();

    failing = false;
    await store.append("account-1", [deposit(7)], { expectedVersion: 1 });
    expect(await summary("account-1")).toMatchObject({ balance: 7 });
  });

  test("concurrent appends to many streams all end up projected, and the position covers them all", async () => {
    const { database, events, busOver, summary } = setUp();
    const store = busOver().notifying(events);

    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.append(`account-${index}`, [opened(`owner${index}`), deposit(index + 1)], {
          expectedVersion: "no stream",
        }),
      ),
    );

    for (let index = 0; index < 20; index++)
      expect(await summary(`account-${index}`)).toMatchObject({ balance: index + 1 });
    expect(sqliteProjectorPosition(database).read()).toBe(40);
  });

  test("reactors get each committed event after its projection, from a position of their own: one that fails holds back no projection and gets the event again, and what they append is projected before the causing append returns", async () => {
    const { database, events, accounts, summary } = setUp();
    const seen: string[] = [];
    let failures = 2;
    const welcome: Reactor = {
      name: "welcome-bonus",
      eventTypes: ["AccountOpened"],
      async react(event) {
        seen.push(event.id);
        if (failures-- > 0) throw new Error("the bonus service is down");
        // The bare store: appending through the bus it runs in would wait for itself.
        await commandHandler({ store: events, decider: ledgerDecider }).handle({
          streamId: event.streamId,
          command: { type: "Deposit", amount: 10 },
          metadata: { actor: "welcome-bonus" },
        });
      },
    };
    const errors: unknown[] = [];
    const reactorPosition = sqliteProjectorPosition(database, "reactors");
    const store = inProcessBus({
      log: events,
      projector: accounts,
      position: sqliteProjectorPosition(database),
      reacting: { reactors: [welcome], position: reactorPosition },
      onError: (error) => errors.push(error),
    }).notifying(events);

    await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    await store.append("account-1", [deposit(5)], { expectedVersion: 1 });
    expect(errors).toHaveLength(2);
    expect(await summary("account-1")).toMatchObject({ balance: 5 });
    expect(sqliteProjectorPosition(database).read()).toBe(await events.lastPosition());
    expect(reactorPosition.read()).toBe(0);

    await store.append("account-1", [deposit(5)], { expectedVersion: 2 });
    expect(await summary("account-1")).toMatchObject({ balance: 20 });
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
    expect(reactorPosition.read()).toBe(await events.lastPosition());
    expect(sqliteProjectorPosition(database).read()).toBe(await events.lastPosition());
  });

  test("messaging reactors run after the append has answered, on projected events, from a position of their own, retried after a failure", async () => {
    const { database, events, accounts, summary } = setUp();
    const messagingPosition = sqliteProjectorPosition(database, "messaging");
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const told: { id: string; balance: number | undefined }[] = [];
    let failures = 1;
    const mailer: Reactor = {
      name: "mailer",
      eventTypes: ["AccountOpened", "Deposited"],
      async react(event) {
        await held;
        if (failures-- > 0) throw new Error("the mail server is down");
        // What it reads of documents is projected at least as far as the event.
        told.push({ id: event.id, balance: (await summary(event.streamId))?.balance });
      },
    };
    const errors: unknown[] = [];
    const bus = inProcessBus({
      log: events,
      projector: accounts,
      position: sqliteProjectorPosition(database),
      messaging: { reactors: [mailer], position: messagingPosition },
      onError: (error) => errors.push(error),
    });
    const store = bus.notifying(events);

    // Both appends answer while the mailer is still held: nothing waits for it.
    await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    await store.append("account-1", [deposit(5)], { expectedVersion: 1 });
    expect(told).toEqual([]);
    release();
    await bus.messagingSettled();
    // The first try failed; the turn the second append asked for tried again from the same event.
    expect(errors).toHaveLength(1);
    expect(told).toHaveLength(2);
    expect(messagingPosition.read()).toBe(2);

    await store.append("account-1", [deposit(7)], { expectedVersion: 2 });
    await bus.messagingSettled();
    expect(new Set(told.map((entry) => entry.id)).size).toBe(3);
    expect(told.at(-1)?.balance).toBe(12);
    expect(messagingPosition.read()).toBe(await events.lastPosition());
  });
});
