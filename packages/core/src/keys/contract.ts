import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { InvalidKey, InvalidSubjectId, KeyConflict } from "./errors";
import { allKeys, type KeyStore, keyBytes, type StoredKey } from "./key-store";

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
      await expect(keys.restore("", randomBytes(keyBytes))).rejects.toBeInstanceOf(InvalidSubjectId);
    });

    const everyKey = async (): Promise<Map<string, Buffer>> => {
      const found = new Map<string, Buffer>();
      for await (const { subjectId, key } of allKeys(keys)) {
        expect(found.has(subjectId), `${subjectId} listed twice`).toBe(false);
        found.set(subjectId, key);
      }
      return found;
    };

    test("listing in pages gives every key once, deleted keys not at all", async () => {
      const made: StoredKey[] = [];
      for (let index = 0; index < 7; index++) {
        const subjectId = newId();
        made.push({ subjectId, key: await keys.create(subjectId) });
      }
      const [deleted] = made.splice(3, 1) as [StoredKey];
      await keys.delete(deleted.subjectId);

      const pages: StoredKey[][] = [];
      let cursor: string | undefined;
      do {
        const page = await keys.list({ limit: 2, cursor });
        expect(page.keys.length).toBeLessThanOrEqual(2);
        pages.push(page.keys);
        cursor = page.cursor;
      } while (cursor);
      const listed = new Map(pages.flat().map(({ subjectId, key }) => [subjectId, key]));
      expect(listed.size).toBe(pages.flat().length);
      for (const { subjectId, key } of made) expect(listed.get(subjectId)).toEqual(key);
      expect(listed.has(deleted.subjectId)).toBe(false);
      expect(await everyKey()).toEqual(listed);
    });

    test("a listing cursor the store did not issue is refused", async () => {
      await expect(keys.list({ cursor: "not-a-cursor" })).rejects.toThrow(/cursor/);
    });

    test("a key put back reads as it was, and is listed", async () => {
      const subject = newId();
      const key = randomBytes(keyBytes);
      await keys.restore(subject, key);
      expect(await keys.get(subject)).toEqual(key);
      expect(await keys.create(subject)).toEqual(key);
      expect((await everyKey()).get(subject)).toEqual(key);
    });

    test("putting back the key a subject already has changes nothing", async () => {
      const subject = newId();
      const key = await keys.create(subject);
      await keys.restore(subject, Buffer.from(key));
      expect(await keys.get(subject)).toEqual(key);
    });

    test("a different key is never put over the one a subject has", async () => {
      const subject = newId();
      const key = await keys.create(subject);
      await expect(keys.restore(subject, randomBytes(keyBytes))).rejects.toBeInstanceOf(KeyConflict);
      expect(await keys.get(subject)).toEqual(key);
    });

    test("a key that is not 32 bytes is not put back", async () => {
      const subject = newId();
      await expect(keys.restore(subject, randomBytes(16))).rejects.toBeInstanceOf(InvalidKey);
      await expect(keys.restore(subject, "a".repeat(32) as unknown as Buffer)).rejects.toBeInstanceOf(
        InvalidKey,
      );
      expect(await keys.get(subject)).toBeUndefined();
    });
  });
}
