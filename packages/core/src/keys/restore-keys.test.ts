import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { KeyConflict } from "./errors";
import { allKeys, type KeyStore, keyBytes, type StoredKey } from "./key-store";
import { assertKeysRestorable, restoreKeys } from "./restore-keys";
import { sqliteKeyStore } from "./sqlite";

const backedUp = (count: number): StoredKey[] =>
  Array.from({ length: count }, () => ({ subjectId: newId(), key: randomBytes(keyBytes) }));

async function everyKey(keys: KeyStore): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for await (const { subjectId, key } of allKeys(keys)) found.set(subjectId, key);
  return found;
}

describe("restoring keys", () => {
  let keys: KeyStore;
  beforeEach(() => {
    keys = sqliteKeyStore(openDatabase(":memory:"));
  });

  test("puts back every key but those of subjects the log says were erased", async () => {
    const [kept, alsoKept, erased] = backedUp(3) as [StoredKey, StoredKey, StoredKey];
    const result = await restoreKeys(keys, [kept, alsoKept, erased], new Set([erased.subjectId]));
    expect(result).toEqual({ restored: 2, erasedAgain: 1 });
    expect(await everyKey(keys)).toEqual(
      new Map([
        [kept.subjectId, kept.key],
        [alsoKept.subjectId, alsoKept.key],
      ]),
    );
  });

  test("deletes the key an erased subject still has in the store", async () => {
    const erased = newId();
    await keys.create(erased);
    expect(await restoreKeys(keys, [], new Set([erased]))).toEqual({ restored: 0, erasedAgain: 1 });
    expect(await keys.get(erased)).toBeUndefined();
  });

  test("a subject erased before the backup was taken is not counted as erased again", async () => {
    const [kept] = backedUp(1) as [StoredKey];
    expect(await restoreKeys(keys, [kept], new Set([newId()]))).toEqual({ restored: 1, erasedAgain: 0 });
  });

  test("restoring the same keys again (a resumed restore) changes nothing", async () => {
    const keysBackedUp = backedUp(4);
    await restoreKeys(keys, keysBackedUp, new Set());
    await assertKeysRestorable(keys, keysBackedUp);
    expect(await restoreKeys(keys, keysBackedUp, new Set())).toEqual({ restored: 4, erasedAgain: 0 });
    expect((await everyKey(keys)).size).toBe(4);
  });

  test("a backup holding another key for a subject than the store does is refused by the check", async () => {
    const [other] = backedUp(1) as [StoredKey];
    const key = await keys.create(other.subjectId);
    await expect(assertKeysRestorable(keys, backedUp(3).concat(other))).rejects.toBeInstanceOf(KeyConflict);
    expect(await everyKey(keys)).toEqual(new Map([[other.subjectId, key]]));
  });
});
