import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { type Projector, projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { accountsProjection, ledgerCatalog } from "@meetstream/core/testing/ledger";
import { describe, expect, test } from "vitest";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { inProcessBus } from "./in-process-bus";
import { projectorHealth } from "./projector-health";

const opened = (owner: string) => ({
  id: newId(),
  type: "AccountOpened",
  data: { owner },
  meta: { actor: "test", occurredAt: "2026-03-01T10:00:00.000Z", correlationId: newId(), causationId: null },
});

function setUp(failing: { now: boolean }) {
  const database = openDatabase(":memory:");
  const events = sqliteEventStore(database, ledgerCatalog);
  const documents = sqliteDocumentStore(database);
  const accounts = projector({ store: events, documents, projections: [accountsProjection] });
  const flaky: Projector = {
    ...accounts,
    handle: (notification) =>
      failing.now ? Promise.reject(new Error("database is locked")) : accounts.handle(notification),
  };
  const position = sqliteProjectorPosition(database);
  const bus = inProcessBus({ log: events, projector: flaky, position, onError: () => {} });
  return {
    store: bus.notifying(events),
    bus,
    health: projectorHealth({ log: events, position, bus, documents }),
  };
}

describe("the projector's health", () => {
  test("is ok when the projector has handled the whole log and set nothing aside", async () => {
    const { store, health } = setUp({ now: false });
    await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    expect(await health()).toEqual({
      ok: true,
      lastPosition: 1,
      projectorPosition: 1,
      lagging: false,
      quarantined: [],
    });
  });

  test("is not ok while the projector is idle behind the log, until a drain catches up", async () => {
    const failing = { now: true };
    const { store, bus, health } = setUp(failing);
    await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    expect(await health()).toMatchObject({ ok: false, lastPosition: 1, projectorPosition: 0, lagging: true });

    failing.now = false;
    await bus.catchUp();
    expect(await health()).toMatchObject({ ok: true, projectorPosition: 1, lagging: false });
  });

  test("lists a quarantined stream, and is not ok while it is", async () => {
    const { store, health } = setUp({ now: false });
    await store.append("account-1", [opened("Poison \uD800")], { expectedVersion: "no stream" });
    expect(await health()).toMatchObject({
      ok: false,
      lagging: false,
      quarantined: [
        {
          projection: "accounts",
          streamId: "account-1",
          version: 1,
          eventType: "AccountOpened",
          error: "INVALID_DOCUMENT",
        },
      ],
    });
  });
});
