import { describe, expect, test } from "vitest";
import { fixedClock } from "../clock/clock";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { idempotencyStoreContract } from "./idempotency-contract";
import { releaseInProgressIdempotency, sqliteIdempotencyStore } from "./idempotency-sqlite";
import { IdempotencyInProgress } from "./idempotency-store";

idempotencyStoreContract("SQLite", async () => sqliteIdempotencyStore(openDatabase(":memory:")));

describe("SQLite idempotency store", () => {
  test("a result is remembered until it expires, then the key is free again", async () => {
    const clock = fixedClock("2026-05-01T10:00:00.000Z");
    const store = sqliteIdempotencyStore(openDatabase(":memory:"), { expiresAfterSeconds: 60, clock });
    const key = newId();
    let runs = 0;
    const work = async () => ++runs;

    await store.once(key, "payload", work);
    clock.advance(59_999);
    await expect(store.once(key, "payload", work)).resolves.toBe(1);
    clock.advance(1);
    await expect(store.once(key, "payload", work)).resolves.toBe(2);
    expect(runs).toBe(2);
  });

  test("a run that never finished stops holding its key after the in-progress window", async () => {
    const clock = fixedClock("2026-05-01T10:00:00.000Z");
    const database = openDatabase(":memory:");
    const options = { inProgressExpiresAfterSeconds: 30, clock };
    const key = newId();
    // The first process dies mid-run: its work never settles.
    void sqliteIdempotencyStore(database, options).once(key, "payload", () => new Promise<never>(() => {}));
    const restarted = sqliteIdempotencyStore(database, options);

    await expect(restarted.once(key, "payload", async () => "again")).rejects.toBeInstanceOf(
      IdempotencyInProgress,
    );
    clock.advance(30_000);
    await expect(restarted.once(key, "payload", async () => "again")).resolves.toBe("again");
  });

  test("at the next start, runs a dead process left in progress are released and finished ones kept", async () => {
    const database = openDatabase(":memory:");
    const [finished, cutOff] = [newId(), newId()];
    const before = sqliteIdempotencyStore(database);
    await before.once(finished, "payload", async () => "done");
    // The process dies mid-run: this work never settles.
    void before.once(cutOff, "payload", () => new Promise<never>(() => {}));

    expect(releaseInProgressIdempotency(database)).toBe(1);
    const restarted = sqliteIdempotencyStore(database);

    await expect(restarted.once(cutOff, "payload", async () => "ran again")).resolves.toBe("ran again");
    await expect(restarted.once(finished, "payload", async () => "twice")).resolves.toBe("done");
    expect(releaseInProgressIdempotency(database)).toBe(0);
  });

  test("releasing on a database that never held a key releases nothing", () => {
    expect(releaseInProgressIdempotency(openDatabase(":memory:"))).toBe(0);
  });

  test("records survive reopening the database file", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const folder = mkdtempSync(join(tmpdir(), "idempotency-"));
    try {
      const path = join(folder, "meetstream.db");
      const key = newId();
      const first = openDatabase(path);
      await sqliteIdempotencyStore(first).once(key, "payload", async () => "first");
      first.close();
      const reopened = openDatabase(path);
      await expect(sqliteIdempotencyStore(reopened).once(key, "payload", async () => "second")).resolves.toBe(
        "first",
      );
      reopened.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
