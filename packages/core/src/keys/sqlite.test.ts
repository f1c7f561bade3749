import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { newId } from "../ids/new-id";
import { openDatabase } from "../sqlite/database";
import { keyStoreContract } from "./contract";
import { sqliteKeyStore } from "./sqlite";

keyStoreContract("SQLite", async () => {
  const database = openDatabase(":memory:");
  return {
    keys: sqliteKeyStore(database),
    async close() {
      database.close();
    },
  };
});

describe("SQLite key store on a file", () => {
  test("a deleted key is found in no file of the database, log included", async () => {
    const folder = mkdtempSync(join(tmpdir(), "meetstream-keys-"));
    const database = openDatabase(join(folder, "meetstream.sqlite"));
    try {
      const keys = sqliteKeyStore(database);
      const subject = newId();
      const key = await keys.create(subject);
      for (let other = 0; other < 20; other++) await keys.create(newId());
      await keys.delete(subject);

      for (const file of readdirSync(folder))
        expect(readFileSync(join(folder, file)).includes(key), `${file} still holds the key`).toBe(false);
      expect(database.pragma("secure_delete", { simple: true })).toBe(0);
    } finally {
      database.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test("keys outlive the connection that made them", async () => {
    const folder = mkdtempSync(join(tmpdir(), "meetstream-keys-"));
    const file = join(folder, "meetstream.sqlite");
    try {
      const subject = newId();
      const writing = openDatabase(file);
      const key = await sqliteKeyStore(writing).create(subject);
      writing.close();
      const reading = openDatabase(file);
      expect(await sqliteKeyStore(reading).get(subject)).toEqual(key);
      reading.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
