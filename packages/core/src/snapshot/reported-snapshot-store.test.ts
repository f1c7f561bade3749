import { expect, test } from "vitest";
import { openDatabase } from "../sqlite/database";
import { reportedSnapshotStore } from "./reported-snapshot-store";
import { maximumSnapshotBytes, SnapshotTooLarge } from "./snapshot-store";
import { sqliteSnapshotStore } from "./sqlite";

test("a snapshot the store refuses is reported with its stream and still rejected; one it keeps is not reported", async () => {
  const reports: { error: unknown; streamId: string }[] = [];
  const store = reportedSnapshotStore(sqliteSnapshotStore(openDatabase(":memory:")), (error, streamId) =>
    reports.push({ error, streamId }),
  );
  const snapshot = {
    streamId: "meetup-1",
    version: 100,
    lastEventId: "event-100",
    tag: "meetup/1",
    state: Uint8Array.of(1),
  };

  await store.save(snapshot);
  await expect(
    store.save({ ...snapshot, version: 200, state: new Uint8Array(maximumSnapshotBytes + 1) }),
  ).rejects.toBeInstanceOf(SnapshotTooLarge);

  expect(reports).toEqual([{ error: expect.any(SnapshotTooLarge), streamId: "meetup-1" }]);
  expect(await store.latest("meetup-1")).toEqual(snapshot);
});

test("a store that cannot be read is reported on every read", async () => {
  const database = openDatabase(":memory:");
  const store = sqliteSnapshotStore(database);
  const reports: string[] = [];
  const reported = reportedSnapshotStore(store, (_error, streamId) => reports.push(streamId));
  database.close();

  await expect(reported.latest("meetup-1")).rejects.toThrow();
  await expect(reported.latest("meetup-2")).rejects.toThrow();

  expect(reports).toEqual(["meetup-1", "meetup-2"]);
});
