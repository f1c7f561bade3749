import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { StoredDocument } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import { openDatabase, type SqliteDatabase } from "./database";
import { inOneTransaction } from "./one-transaction";

let folder: string;
let database: SqliteDatabase;
let other: SqliteDatabase;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "meetstream-transaction-"));
  database = openDatabase(join(folder, "data.sqlite"));
  other = openDatabase(join(folder, "data.sqlite"));
  other.pragma("busy_timeout = 0");
});
afterEach(() => {
  other.close();
  database.close();
  rmSync(folder, { recursive: true, force: true });
});

const document = (sort: string): StoredDocument => ({
  key: { partition: "p", sort },
  version: 1,
  body: { sort },
  indexes: {},
});

test("writes through a store on the connection commit together at the end, and another connection sees none before", async () => {
  const documents = sqliteDocumentStore(database);
  const seen = sqliteDocumentStore(other);
  await inOneTransaction(database, async () => {
    await documents.overwriteMany([{ document: document("a") }]);
    await documents.put(document("b"), { expectedVersion: "absent" });
    expect(await documents.get({ partition: "p", sort: "a" })).toEqual(document("a"));
    expect((await seen.scan()).documents).toEqual([]);
    // The write lock is held: another connection's write waits, here not at all.
    expect(() => other.exec("INSERT INTO documents (partition, sort, version) VALUES ('p', 'c', 1)")).toThrow(
      /database is locked/,
    );
  });
  expect((await seen.scan()).documents).toEqual([document("a"), document("b")]);
});

test("when the work fails, every write it made is rolled back", async () => {
  const documents = sqliteDocumentStore(database);
  await documents.put(document("kept"), { expectedVersion: "absent" });
  await expect(
    inOneTransaction(database, async () => {
      await documents.overwriteMany([
        { remove: { partition: "p", sort: "kept" } },
        { document: document("a") },
      ]);
      throw new Error("the disk is full");
    }),
  ).rejects.toThrow("the disk is full");
  expect(database.inTransaction).toBe(false);
  expect((await documents.scan()).documents).toEqual([document("kept")]);
});
