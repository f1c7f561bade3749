import { describe, expect, test } from "vitest";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import { IdempotencyKeyReused } from "../decider/idempotency-store";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { PersonalDataErased } from "./errors";
import { sealedIdempotencyStore } from "./sealed-idempotency-store";
import { sqliteKeyStore } from "./sqlite";

function world() {
  const database = openDatabase(":memory:");
  return { database, keys: sqliteKeyStore(database), idempotency: sqliteIdempotencyStore(database) };
}

describe("sealed idempotency store", () => {
  test("a repeat returns the first result, which is stored sealed", async () => {
    const { database, keys, idempotency } = world();
    const subject = newId();
    await keys.create(subject);
    const store = sealedIdempotencyStore(idempotency, keys, subject);
    let runs = 0;
    const work = async () => ({ run: ++runs, name: "Ann Lovelace" });

    const first = await store.once("k", { displayName: "Ann Lovelace" }, work);
    const repeat = await store.once("k", { displayName: "Ann Lovelace" }, work);

    expect(repeat).toEqual(first);
    expect(runs).toBe(1);
    const rows = JSON.stringify(database.prepare("SELECT * FROM idempotency").all());
    expect(rows).not.toContain("Ann");
  });

  test("the same key for another request is still refused", async () => {
    const { keys, idempotency } = world();
    const subject = newId();
    await keys.create(subject);
    const store = sealedIdempotencyStore(idempotency, keys, subject);
    await store.once("k", { displayName: "Ann" }, async () => 1);
    await expect(store.once("k", { displayName: "Bob" }, async () => 2)).rejects.toBeInstanceOf(
      IdempotencyKeyReused,
    );
  });

  test("once the subject is erased, what was remembered about them cannot be read", async () => {
    const { keys, idempotency } = world();
    const subject = newId();
    await keys.create(subject);
    const store = sealedIdempotencyStore(idempotency, keys, subject);
    await store.once("k", "payload", async () => "result");
    await keys.delete(subject);
    await expect(store.once("k", "payload", async () => "again")).rejects.toBeInstanceOf(PersonalDataErased);
  });
});
