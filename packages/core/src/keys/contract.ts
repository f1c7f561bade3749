import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { InvalidSubjectId } from "./errors";
import { type KeyStore, keyBytes } from "./key-store";

export interface OpenedKeyStore {
  keys: KeyStore;
  close(): Promise<void>;
}

/** How every key store behaves: imported by `sqlite.test.ts` and `dynamodb.test.ts`. */
export function keyStoreContract(name: string, open: () => Promise<OpenedKeyStore>) {
  describe(`${name} key store`, () => {
    let opened: OpenedKeyStore;
    let keys: KeyStore;

    beforeAll(async () => {
      opened = await open();
      keys = opened.keys;
    });
    afterAll(async () => {
      await opened.close();
    });

    test("a new subject gets a random 32-byte key, and reads it back", async () => {
      const subject = newId();
      const key = await keys.create(subject);
      expect(Buffer.isBuffer(key)).toBe(true);
      expect(key).toHaveLength(keyBytes);
      expect(await keys.get(subject)).toEqual(key);
    });

    test("creating again returns the key the subject already has", async () => {
      const subject = newId();
      const first = await keys.create(subject);
      expect(await keys.create(subject)).toEqual(first);
    });

    test("concurrent creates for one subject all get the one key that is stored", async () => {
      const subject = newId();
      const created = await Promise.all(Array.from({ length: 8 }, () => keys.create(subject)));
      const stored = await keys.get(subject);
      for (const key of created) expect(key).toEqual(stored);
    });

    test("every subject has a key of its own", async () => {
      const [left, right] = await Promise.all([keys.create(newId()), keys.create(newId())]);
      expect(left).not.toEqual(right);
    });

    test("a subject that never had a key has none", async () => {
      expect(await keys.get(newId())).toBeUndefined();
    });

    test("a deleted key is gone; a key made afterwards is a different one", async () => {
      const subject = newId();
      const before = await keys.create(subject);
      await keys.delete(subject);
      expect(await keys.get(subject)).toBeUndefined();
      const after = await keys.create(subject);
      expect(after).not.toEqual(before);
    });

    test("deleting a key leaves the keys of other subjects alone", async () => {
      const [kept, deleted] = [newId(), newId()];
      const key = await keys.create(kept);
      await keys.create(deleted);
      await keys.delete(deleted);
      expect(await keys.get(kept)).toEqual(key);
    });

    test("deleting a key that is not there does nothing", async () => {
      await expect(keys.delete(newId())).resolves.toBeUndefined();
    });

    test("an empty subject id is refused", async () => {
      await expect(keys.create("")).rejects.toBeInstanceOf(InvalidSubjectId);
      await expect(keys.get("")).rejects.toBeInstanceOf(InvalidSubjectId);
      await expect(keys.delete("")).rejects.toBeInstanceOf(InvalidSubjectId);
    });
  });
}
