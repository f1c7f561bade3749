import { sqliteDocumentStore } from "@meetstream/core/documents";
import { sqliteEventStore } from "@meetstream/core/eventstore";
import { newId } from "@meetstream/core/ids/new-id";
import { projector } from "@meetstream/core/projection/projector";
import { openDatabase } from "@meetstream/core/sqlite/database";
import {
  accountsProjection,
  deposit,
  ledgerCatalog,
  ledgerMeta,
  opened,
} from "@meetstream/core/testing/ledger";
import { describe, expect, test } from "vitest";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { inProcessBus } from "./in-process-bus";
import { readableLog, UnreadableLogEvent } from "./readable-log";

describe("the log as the local bus reads it", () => {
  test("an event no code can read (a type of a newer release) is stepped over and reported; the bus goes on", async () => {
    const database = openDatabase(":memory:");
    const events = sqliteEventStore(database, ledgerCatalog);
    const documents = sqliteDocumentStore(database);
    const unreadable: UnreadableLogEvent[] = [];
    const errors: unknown[] = [];
    const store = inProcessBus({
      log: readableLog(events, (error) => unreadable.push(error)),
      projector: projector({ store: events, documents, projections: [accountsProjection] }),
      position: sqliteProjectorPosition(database),
      onError: (error) => errors.push(error),
    }).notifying(events);
    await store.append("account-1", [opened("ann")], { expectedVersion: "no stream" });
    // Written by a release this one does not know, straight into the table.
    database
      .prepare(
        "INSERT INTO events (id, stream_id, version, type, schema_version, data, meta) VALUES (?, 'account-9', 1, 'AccountFrozen', 1, '{}', ?)",
      )
      .run(newId(), JSON.stringify(ledgerMeta));
    const frozen = await events.lastPosition();
    await store.append("account-1", [deposit(4)], { expectedVersion: 1 });

    expect(errors).toEqual([]);
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]).toBeInstanceOf(UnreadableLogEvent);
    expect(unreadable[0]).toMatchObject({ position: frozen, cause: { code: "UNKNOWN_EVENT_TYPE" } });
    expect((await documents.get({ partition: "account-1", sort: "summary" }))?.body).toMatchObject({
      balance: 4,
    });
    expect(sqliteProjectorPosition(database).read()).toBe(await events.lastPosition());
  });

  test("a read that fails for a moment is thrown as it was", async () => {
    const failing = readableLog(
      {
        readAll: () => Promise.reject(new Error("database is locked")),
        lastPosition: async () => 0,
      },
      () => {},
    );
    await expect(failing.readAll({ after: 0, limit: 10 })).rejects.toThrow("database is locked");
  });
});
