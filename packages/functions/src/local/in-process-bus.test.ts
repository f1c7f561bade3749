import { commandHandler } from "@meetstream/core/decider/command-handler";
import { sqliteDocumentStore } from "@meetstream/core/documents/sqlite";
import { sqliteEventStore } from "@meetstream/core/eventstore/sqlite";
import { newId } from "@meetstream/core/ids/new-id";
import { type Projector, projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { accountsProjection, ledgerCatalog, ledgerDecider } from "@meetstream/core/testing/ledger";
import { describe, expect, test } from "vitest";
import { inProcessBus } from "./in-process-bus";
import { sqliteProjectorPosition } from "./projector-position";

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

const open = (owner: string) => ({ id: newId(), type: "AccountOpened", data: { owner }, meta });
const deposit = (amount: number) => ({ id: newId(), type: "Deposited", data: { amount, memo: "" }, meta });
const meta = {
  actor: "test",
  occurredAt: "2026-03-01T10:00:00.000Z",
  correlationId: newId(),
  causationId: null,
};

describe("in-process bus", () => {
  test("when an append returns, its documents are readable", async () => {
    const { events, busOver, summary } = setUp();
    const ledger = commandHandler({ store: busOver().notifying(events), decider: ledgerDecider });

    await ledger.handle({ streamId: "account-1", command: { type: "Open", owner: "ann" }, actor: "ann" });
    await ledger.handle({ streamId: "account-1", command: { type: "Deposit", amount: 30 }, actor: "ann" });

    expect(await summary("account-1")).toMatchObject({ balance: 30 });
  });

  test("events committed while nothing projected them (a crash) are projected at the next start", async () => {
    const { database, events, busOver, summary } = setUp();
    await busOver()
      .notifying(events)
      .append("account-1", [open("ann")], { expectedVersion: "no stream" });
    // Committed straight to the store: the process died before the bus could hand them on.
    await events.append("account-1", [deposit(10), deposit(5)], { expectedVersion: 1 });
    await events.append("account-2", [open("bob")], { expectedVersion: "no stream" });
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

    const appended = await store.append("account-1", [open("ann")], { expectedVersion: "no stream" });
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
        store.append(`account-${index}`, [open(`owner${index}`), deposit(index + 1)], {
          expectedVersion: "no stream",
        }),
      ),
    );

    for (let index = 0; index < 20; index++)
      expect(await summary(`account-${index}`)).toMatchObject({ balance: index + 1 });
    expect(sqliteProjectorPosition(database).read()).toBe(40);
  });
});
