import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { projector } from "@meetstream/core/projection/projector";
import { quarantinedStreams } from "@meetstream/core/projection/quarantine";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { accountsProjection, deposit, ledgerCatalog, opened } from "@meetstream/core/testing/ledger";
import { describe, expect, test } from "vitest";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { inProcessBus } from "./in-process-bus";

function setUp() {
  const database = openDatabase(":memory:");
  const events = sqliteEventStore(database, ledgerCatalog);
  const documents = sqliteDocumentStore(database);
  const errors: unknown[] = [];
  const bus = inProcessBus({
    log: events,
    projector: projector({ store: events, documents, projections: [accountsProjection] }),
    position: sqliteProjectorPosition(database),
    onError: (error) => errors.push(error),
  });
  const summary = async (streamId: string) =>
    (await documents.get({ partition: streamId, sort: "summary" }))?.body as { balance: number } | undefined;
  return { database, events, documents, errors, bus, summary };
}

describe("in-process bus and a poisoned stream", () => {
  test("a stream the projector sets aside does not hold the position back, and the other streams go on", async () => {
    const { database, events, documents, errors, bus, summary } = setUp();
    const store = bus.notifying(events);
    // An owner that is no well-formed Unicode cannot be an index key: the account is quarantined.
    await store.append("account-1", [opened("Poison \uD800")], { expectedVersion: "no stream" });
    await store.append("account-2", [opened("bob"), deposit(3)], { expectedVersion: "no stream" });
    await store.append("account-1", [deposit(9)], { expectedVersion: 1 });

    expect(errors).toEqual([]);
    expect(await summary("account-2")).toMatchObject({ balance: 3 });
    expect(await summary("account-1")).toBeUndefined();
    expect((await quarantinedStreams(documents)).map((record) => record.streamId)).toEqual(["account-1"]);
    expect(sqliteProjectorPosition(database).read()).toBe(await events.lastPosition());
    expect(bus.busy()).toBe(false);
  });

  test("it is busy from before an append commits until its drain is done", async () => {
    const { events, bus } = setUp();
    const appending = bus
      .notifying(events)
      .append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    expect(bus.busy()).toBe(true);
    await appending;
    expect(bus.busy()).toBe(false);
  });
});
