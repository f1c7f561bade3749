import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { openDatabase } from "../sqlite/database";
import { snapshotStoreContract } from "./contract";
import { sqliteSnapshotStore } from "./sqlite";

snapshotStoreContract("SQLite (in memory)", async () => sqliteSnapshotStore(openDatabase(":memory:")));

describe("SQLite snapshot store", () => {
  test("snapshots survive reopening the database file", async () => {
    const folder = mkdtempSync(join(tmpdir(), "snapshots-"));
    try {
      const path = join(folder, "meetstream.db");
      const snapshot = {
        streamId: "ledger-1",
        version: 3,
        lastEventId: "event-3",
        tag: "ledger/1",
        state: Uint8Array.of(1, 2, 3),
      };
      const first = openDatabase(path);
      await sqliteSnapshotStore(first).save(snapshot);
      first.close();
      const reopened = openDatabase(path);
      expect(await sqliteSnapshotStore(reopened).latest("ledger-1")).toEqual(snapshot);
      reopened.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
