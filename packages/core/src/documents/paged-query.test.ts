import { afterEach, beforeEach, expect, test } from "vitest";
import { openDatabase } from "../sqlite/database";
import type { DocumentStore } from "./document-store";
import { listCursor } from "./list-cursor";
import { checkLimit, getMany, pageOf } from "./paged-query";
import { sqliteDocumentStore } from "./sqlite";

let database: ReturnType<typeof openDatabase>;
let documents: DocumentStore;
const sorts = ["a", "b", "c", "d", "e"];

beforeEach(async () => {
  database = openDatabase(":memory:");
  documents = sqliteDocumentStore(database);
  await documents.putMany(
    sorts.map((sort) => ({
      document: {
        key: { partition: `item#${sort}`, sort: "item" },
        version: 1,
        body: { sort },
        indexes: { first: { partition: "items", sort } },
      },
      expectedVersion: "absent" as const,
    })),
  );
});
afterEach(() => database.close());

const query = { index: "first", partition: "items" } as const;
const shown = (rows: { body: { sort: string } }[]) => rows.map((row) => row.body.sort);

test("a limit is an integer from 1 to 100, 20 when not given", () => {
  expect(checkLimit(undefined)).toBe(20);
  expect(checkLimit(100)).toBe(100);
  for (const limit of [0, 101, 1.5, Number.NaN])
    expect(() => checkLimit(limit)).toThrow(`limit must be an integer from 1 to 100, not ${limit}`);
});

test("pages follow one another by cursor, and the last has none", async () => {
  const first = await pageOf<{ sort: string }>(documents, query, { limit: 2 });
  expect(shown(first.rows)).toEqual(["a", "b"]);
  const second = await pageOf<{ sort: string }>(documents, query, { limit: 2, cursor: first.cursor });
  expect(shown(second.rows)).toEqual(["c", "d"]);
  const last = await pageOf<{ sort: string }>(documents, query, { limit: 2, cursor: second.cursor });
  expect(last).toEqual({ rows: [{ body: { sort: "e" }, sort: "e" }] });
});

test("descending from a bound, and on from any item's cursor", async () => {
  const down = await pageOf<{ sort: string }>(documents, { ...query, order: "descending", bound: "c" });
  expect(shown(down.rows)).toEqual(["c", "b", "a"]);
  const fromItem = await pageOf<{ sort: string }>(documents, query, { cursor: listCursor("b") });
  expect(shown(fromItem.rows)).toEqual(["c", "d", "e"]);
});

test("many keys are read in batches, in the order asked", async () => {
  const keys = Array.from({ length: 250 }, (_, index) => ({
    partition: `item#${sorts[index % 7] ?? "none"}`,
    sort: "item",
  }));
  const bodies = await getMany<{ sort: string }>(documents, keys);
  expect(bodies).toHaveLength(250);
  expect(bodies.slice(0, 7).map((body) => body?.sort)).toEqual([
    "a",
    "b",
    "c",
    "d",
    "e",
    undefined,
    undefined,
  ]);
});
