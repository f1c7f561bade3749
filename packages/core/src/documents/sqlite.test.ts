import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openDatabase } from "../sqlite/database";
import { documentStoreContract } from "./contract";
import { sqliteDocumentStore } from "./sqlite";

documentStoreContract("SQLite", async () => {
  const database = openDatabase(":memory:");
  const store = sqliteDocumentStore(database);
  return {
    store,
    async close() {
      await store.close();
      database.close();
    },
  };
});

describe("SQLite document store on a file", () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "meetstream-documents-"));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test("documents and their indexes outlive the process that wrote them", async () => {
    const file = join(folder, "data", "documents.sqlite");
    const document = {
      key: { partition: "meetup-1", sort: "summary" },
      version: 3,
      body: { title: "Rust ü 🦀" },
      indexes: { first: { partition: "community-1", sort: "2026-05-01" } },
    };
    const writing = openDatabase(file);
    await sqliteDocumentStore(writing).put(document, { expectedVersion: "absent" });
    writing.close();

    const reading = openDatabase(file);
    const store = sqliteDocumentStore(reading);
    expect(await store.get(document.key)).toStrictEqual(document);
    expect((await store.query("first", { partition: "community-1" })).documents).toStrictEqual([document]);
    await expect(store.put(document, { expectedVersion: "absent" })).rejects.toMatchObject({
      code: "DOCUMENT_VERSION_CONFLICT",
    });
    reading.close();
  });

  test("an answer read again comes from memory until anything changes the database, from this connection or another", async () => {
    const file = join(folder, "documents.sqlite");
    const [serving, other] = [openDatabase(file), openDatabase(file)];
    const store = sqliteDocumentStore(serving);
    const key = { partition: "meetup-1", sort: "summary" };
    const indexes = { first: { partition: "community-1", sort: "2026-05-01" } };
    await store.put({ key, version: 1, body: { title: "First" }, indexes }, { expectedVersion: "absent" });
    const titles = async () => [
      (await store.get<{ title: string }>(key))?.body?.title,
      ...(await store.query<{ title: string }>("first", { partition: "community-1" })).documents.map(
        (document) => document.body?.title,
      ),
    ];
    expect(await titles()).toEqual(["First", "First"]);

    // Another process on the same file (a rebuild from the CLI, say).
    await sqliteDocumentStore(other).put(
      { key, version: 2, body: { title: "Second" }, indexes },
      { expectedVersion: 1 },
    );
    expect(await titles()).toEqual(["Second", "Second"]);

    // This connection, around the store (a restore that wipes the table).
    serving.exec('UPDATE documents SET body = \'{"title":"Third"}\'');
    expect(await titles()).toEqual(["Third", "Third"]);

    // Readers may mark what they get without reaching what the next reader gets.
    const marked = await store.get<{ title: string }>(key);
    (marked?.body as Record<string, unknown>).title = "Marked";
    expect(await titles()).toEqual(["Third", "Third"]);
    for (const connection of [serving, other]) connection.close();
  });

  test("two connections to one file never both win a conditional write", async () => {
    const file = join(folder, "documents.sqlite");
    const connections = [openDatabase(file), openDatabase(file)];
    const stores = connections.map(sqliteDocumentStore);
    const key = { partition: "meetup-1", sort: "summary" };
    const outcomes = await Promise.allSettled(
      stores.map((store, writer) =>
        store.put({ key, version: 1, body: { writer }, indexes: {} }, { expectedVersion: "absent" }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const connection of connections) connection.close();
  });

  test("a failed commit rejects every write that shared it, and none of them is stored", async () => {
    const database = openDatabase(join(folder, "documents.sqlite"));
    const store = sqliteDocumentStore(database);
    // A trigger stands in for a failing disk: the second insert of the batch aborts the transaction.
    database.exec(`CREATE TRIGGER refuse AFTER INSERT ON documents WHEN NEW.sort = 'refused'
      BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const outcomes = await Promise.allSettled(
      ["accepted", "refused"].map((sort) =>
        store.put(
          { key: { partition: "m", sort }, version: 1, body: {}, indexes: {} },
          { expectedVersion: "absent" },
        ),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
    expect((await store.scan()).documents).toEqual([]);
    database.close();
  });
});
