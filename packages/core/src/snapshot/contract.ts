import { describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import {
  InvalidSnapshot,
  maximumSnapshotBytes,
  type Snapshot,
  type SnapshotStore,
  SnapshotTooLarge,
} from "./snapshot-store";

const snapshotOf = (
  streamId: string,
  version: number,
  tag = "ledger/1",
  text = `at ${version}`,
): Snapshot => ({
  streamId,
  version,
  lastEventId: newId(),
  tag,
  state: new TextEncoder().encode(text),
});

const textOf = (snapshot: Snapshot | null) => (snapshot ? new TextDecoder().decode(snapshot.state) : null);

/** The rules every snapshot store keeps, run against each adapter (imported by its test file). */
export function snapshotStoreContract(name: string, open: () => Promise<SnapshotStore>) {
  describe(`${name} snapshot store`, () => {
    test("a saved snapshot reads back as it was saved; a stream without one reads as null", async () => {
      const store = await open();
      const streamId = `ledger-${newId()}`;
      const saved = { ...snapshotOf(streamId, 100), state: Uint8Array.from([0, 255, 7, 0, 128]) };

      await store.save(saved);

      expect(await store.latest(streamId)).toEqual(saved);
      expect(await store.latest(`ledger-${newId()}`)).toBeNull();
    });

    test("a newer snapshot replaces an older one; an older one arriving late changes nothing", async () => {
      const store = await open();
      const streamId = `ledger-${newId()}`;

      await store.save(snapshotOf(streamId, 100));
      await store.save(snapshotOf(streamId, 200));
      await store.save(snapshotOf(streamId, 150));
      await store.save(snapshotOf(streamId, 200, "ledger/1", "again at 200"));

      const latest = await store.latest(streamId);
      expect(latest?.version).toBe(200);
      expect(textOf(latest)).toBe("at 200");
    });

    test("a snapshot under another tag replaces the stream's, even at an older version", async () => {
      const store = await open();
      const streamId = `ledger-${newId()}`;

      await store.save(snapshotOf(streamId, 300, "ledger/1"));
      await store.save(snapshotOf(streamId, 100, "ledger/2"));

      const latest = await store.latest(streamId);
      expect(latest).toMatchObject({ version: 100, tag: "ledger/2" });
      expect(textOf(latest)).toBe("at 100");
    });

    test("streams keep snapshots of their own", async () => {
      const store = await open();
      const [first, second] = [`ledger-${newId()}`, `ledger-${newId()}`];

      await store.save(snapshotOf(first, 10));
      await store.save(snapshotOf(second, 20));

      expect((await store.latest(first))?.version).toBe(10);
      expect((await store.latest(second))?.version).toBe(20);
    });

    test("a state of the largest size is kept; one byte more is refused and changes nothing", async () => {
      const store = await open();
      const streamId = `ledger-${newId()}`;
      const largest = { ...snapshotOf(streamId, 10), state: new Uint8Array(maximumSnapshotBytes).fill(7) };
      await store.save(largest);

      const tooLarge = { ...snapshotOf(streamId, 20), state: new Uint8Array(maximumSnapshotBytes + 1) };
      const refused = store.save(tooLarge);

      await expect(refused).rejects.toBeInstanceOf(SnapshotTooLarge);
      await expect(refused).rejects.toMatchObject({
        code: "SNAPSHOT_TOO_LARGE",
        bytes: maximumSnapshotBytes + 1,
      });
      const kept = await store.latest(streamId);
      expect(kept?.version).toBe(10);
      // Compared as buffers: a deep comparison of 350,000 elements takes a second.
      expect(Buffer.from(kept?.state ?? []).equals(largest.state)).toBe(true);
    });

    test("a snapshot without a stream, a version from 1, its last event or a tag is refused", async () => {
      const store = await open();
      const streamId = `ledger-${newId()}`;
      const valid = snapshotOf(streamId, 5);

      for (const invalid of [
        { ...valid, streamId: "" },
        { ...valid, version: 0 },
        { ...valid, version: 2.5 },
        { ...valid, version: Number.NaN },
        { ...valid, lastEventId: "" },
        { ...valid, tag: "" },
        { ...valid, state: "not bytes" as unknown as Uint8Array },
      ])
        await expect(store.save(invalid)).rejects.toBeInstanceOf(InvalidSnapshot);

      expect(await store.latest(streamId)).toBeNull();
      expect(await store.latest("")).toBeNull();
    });
  });
}
