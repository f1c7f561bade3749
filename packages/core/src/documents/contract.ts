import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { maximumDocumentBytes } from "./document-encoding";
import type {
  DocumentKey,
  DocumentOverwrite,
  DocumentPage,
  DocumentQuery,
  DocumentStore,
  IndexName,
  SortRange,
  StoredDocument,
} from "./document-store";
import {
  DocumentTooLarge,
  DocumentVersionConflict,
  InvalidCursor,
  InvalidDocument,
  InvalidDocumentQuery,
} from "./errors";

export interface OpenedDocumentStore {
  store: DocumentStore;
  close(): Promise<void>;
}

type QueryIndex = "primary" | IndexName;

/** Both stores order strings by UTF-8 bytes; JavaScript's `<` (UTF-16 units) disagrees beyond the BMP. */
const byUtf8 = (left: string, right: string): number => Buffer.compare(Buffer.from(left), Buffer.from(right));

const keyText = (key: DocumentKey): string => `${key.partition} / ${key.sort}`;

function storedDocument(
  partition: string,
  sort: string,
  fields: Partial<Omit<StoredDocument, "key">> = {},
): StoredDocument {
  return { key: { partition, sort }, version: 1, body: { partition, sort }, indexes: {}, ...fields };
}

/** The sort value a document has in an index, where it has one. */
const sortIn = (document: StoredDocument, index: QueryIndex): string | undefined =>
  index === "primary" ? document.key.sort : document.indexes[index]?.sort;

async function allPages(
  read: (cursor: string | undefined) => Promise<DocumentPage>,
): Promise<DocumentPage[]> {
  const pages: DocumentPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push(page);
    cursor = page.cursor;
    if (pages.length > 10_000) throw new Error("paging does not end");
  } while (cursor);
  return pages;
}

const pagesOfQuery = (store: DocumentStore, index: QueryIndex, query: DocumentQuery) =>
  allPages((cursor) => store.query(index, { ...query, cursor }));

const scanAll = async (store: DocumentStore): Promise<StoredDocument[]> =>
  (await allPages((cursor) => store.scan({ cursor, limit: 1000 }))).flatMap((page) => page.documents);

/** What a range holds, worked out independently of the stores. */
function inRange(value: string, range: SortRange): boolean {
  if (range.beginsWith !== undefined) return value.startsWith(range.beginsWith);
  return (
    (range.from === undefined || byUtf8(value, range.from) >= 0) &&
    (range.to === undefined || byUtf8(value, range.to) <= 0)
  );
}

/**
 * Sort values chosen where naive code goes wrong: characters above "~" (a prefix bound written as
 * prefix + "~"), astral characters (UTF-16 order), U+10FFFF (the last code point, no successor),
 * prefixes of one another, and a value one character past a prefix.
 */
const trickySorts = [
  "a",
  "a~",
  "ab",
  "abc",
  "aé",
  "aéz",
  "a\uFFFF",
  "a😀",
  "a\u{10FFFF}",
  "a\u{10FFFF}b",
  "b",
  "ba",
  "c",
  "é",
  "😀",
];

const trickyRanges: SortRange[] = [
  {},
  { from: "a~" },
  { to: "aé" },
  { from: "ab", to: "a😀" },
  { from: "a", to: "a" },
  { from: "c", to: "b" },
  { from: "" },
  { to: "" },
  { beginsWith: "a" },
  { beginsWith: "aé" },
  { beginsWith: "a\u{10FFFF}" },
  { beginsWith: "a\uFFFF" },
  { beginsWith: "😀" },
  { beginsWith: "zzz" },
  { beginsWith: "" },
];

/** The contract every DocumentStore adapter passes; each test gets a store of its own from `open`. */
export function documentStoreContract(name: string, open: () => Promise<OpenedDocumentStore>) {
  describe(`${name} document store`, () => {
    let opened: OpenedDocumentStore;
    let store: DocumentStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(async () => {
      await opened.close();
    });

    const putAll = async (documents: readonly StoredDocument[]) => {
      for (const document of documents) await store.put(document, { expectedVersion: "absent" });
    };

    describe("put and get", () => {
      const bodies: [string, unknown][] = [
        [
          "nested objects and arrays with unicode",
          { title: "Rust ü 日本語 🦀", nested: { deeper: { list: [1, "two", null, { three: [] }] } } },
        ],
        ["an empty string", ""],
        ["a string with quotes, backslashes and new lines", 'say "hi"\\ \n\t\u0000 done'],
        ["zero", 0],
        ["numbers at the edges", [-1.5, 1e21, 5e-324, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]],
        ["false", false],
        ["an empty array", []],
        ["an empty object", {}],
        ["nulls nested in arrays and objects", { a: null, b: { c: null }, d: [null, [null]] }],
        ["unusual property names", { "": "empty name", "with space": 1, "ünï😀": "x", "1": "numeric" }],
        ["a long array", Array.from({ length: 2000 }, (_, position) => position)],
        ["deep nesting", JSON.parse(`${"[".repeat(60)}"bottom"${"]".repeat(60)}`)],
      ];

      test.each(bodies)("a body of %s reads back exactly as written", async (_, body) => {
        const document = storedDocument("meetup-1", "summary", {
          version: 3,
          body,
          indexes: { first: { partition: "community-1", sort: "2026-01-01" } },
        });
        await store.put(document, { expectedVersion: "absent" });
        expect(await store.get(document.key)).toStrictEqual(document);
      });

      test("a tombstone is a stored document: null body, its version kept", async () => {
        const tombstone = storedDocument("meetup-1", "summary", { version: 4, body: null });
        await store.put(tombstone, { expectedVersion: "absent" });
        expect(await store.get(tombstone.key)).toStrictEqual(tombstone);
        await expect(
          store.put(storedDocument("meetup-1", "summary", { version: 1 }), { expectedVersion: "absent" }),
        ).rejects.toBeInstanceOf(DocumentVersionConflict);
        expect(await store.get(tombstone.key)).toStrictEqual(tombstone);
      });

      test("a key never written reads as undefined", async () => {
        await store.put(storedDocument("meetup-1", "summary"), { expectedVersion: "absent" });
        expect(await store.get({ partition: "meetup-1", sort: "other" })).toBeUndefined();
        expect(await store.get({ partition: "meetup-2", sort: "summary" })).toBeUndefined();
      });

      test("keys are compared exactly: no case folding, no Unicode normalisation, no concatenation", async () => {
        const documents = [
          storedDocument("ab", "c"),
          storedDocument("a", "bc"),
          storedDocument("A", "bc"),
          storedDocument("caf\u00e9", "x"),
          storedDocument("cafe\u0301", "x"),
        ];
        await putAll(documents);
        for (const document of documents) expect(await store.get(document.key)).toStrictEqual(document);
      });

      test("only the indexes a document has read back", async () => {
        const document = storedDocument("meetup-1", "summary", {
          indexes: { second: { partition: "tag#rust", sort: "meetup-1" } },
        });
        await store.put(document, { expectedVersion: "absent" });
        const stored = await store.get(document.key);
        expect(Object.keys(stored?.indexes ?? {})).toEqual(["second"]);
        expect(stored?.indexes.second).toStrictEqual({ partition: "tag#rust", sort: "meetup-1" });
      });

      test("an undefined property is dropped, as JSON drops it", async () => {
        const key = { partition: "meetup-1", sort: "summary" };
        await store.put(
          { key, version: 1, body: { kept: 1, dropped: undefined }, indexes: {} },
          { expectedVersion: "absent" },
        );
        expect((await store.get(key))?.body).toStrictEqual({ kept: 1 });
      });

      test("a document just under the size limit is stored whole", async () => {
        // Multi-byte characters, so that a limit counted in UTF-16 units rather than bytes would show.
        const body = "é".repeat(Math.floor((maximumDocumentBytes - 200) / 2));
        const document = storedDocument("meetup-1", "summary", { body });
        await store.put(document, { expectedVersion: "absent" });
        expect(await store.get(document.key)).toStrictEqual(document);
      });
    });

    describe("conditional writes", () => {
      const original = storedDocument("meetup-1", "summary", {
        version: 1,
        body: { title: "original" },
        indexes: { first: { partition: "community-1", sort: "2026-01-01" } },
      });
      const listed = async () =>
        (await store.query("first", { partition: "community-1" })).documents.map((document) => document.body);

      test("creating a document that exists is a conflict and changes nothing", async () => {
        await store.put(original, { expectedVersion: "absent" });
        const attempt = store.put(
          { ...original, version: 2, body: { title: "intruder" }, indexes: {} },
          { expectedVersion: "absent" },
        );
        await expect(attempt).rejects.toBeInstanceOf(DocumentVersionConflict);
        await expect(attempt).rejects.toMatchObject({
          code: "DOCUMENT_VERSION_CONFLICT",
          key: original.key,
          expectedVersion: "absent",
        });
        expect(await store.get(original.key)).toStrictEqual(original);
        expect(await listed()).toEqual([{ title: "original" }]);
      });

      test("writing at a stale version is a conflict and changes nothing", async () => {
        await store.put(original, { expectedVersion: "absent" });
        const second = { ...original, version: 2, body: { title: "second" } };
        await store.put(second, { expectedVersion: 1 });
        await expect(
          store.put(
            { ...original, version: 3, body: { title: "stale" }, indexes: {} },
            { expectedVersion: 1 },
          ),
        ).rejects.toMatchObject({ key: original.key, expectedVersion: 1 });
        expect(await store.get(original.key)).toStrictEqual(second);
        expect(await listed()).toEqual([{ title: "second" }]);
      });

      test("writing at a version ahead of the stored one is a conflict", async () => {
        await store.put(original, { expectedVersion: "absent" });
        await expect(store.put({ ...original, version: 3 }, { expectedVersion: 2 })).rejects.toBeInstanceOf(
          DocumentVersionConflict,
        );
        expect(await store.get(original.key)).toStrictEqual(original);
      });

      test("writing at a version to a document that does not exist is a conflict and writes nothing", async () => {
        await expect(store.put(original, { expectedVersion: 1 })).rejects.toBeInstanceOf(
          DocumentVersionConflict,
        );
        expect(await store.get(original.key)).toBeUndefined();
        expect(await listed()).toEqual([]);
      });

      test("writing at the current version replaces the whole document", async () => {
        await store.put(original, { expectedVersion: "absent" });
        const replacement = storedDocument("meetup-1", "summary", {
          version: 2,
          body: ["replaced"],
          indexes: {},
        });
        await store.put(replacement, { expectedVersion: 1 });
        expect(await store.get(original.key)).toStrictEqual(replacement);
      });

      test("of concurrent writes at the same expected version, exactly one wins", async () => {
        await store.put(original, { expectedVersion: "absent" });
        const attempts = Array.from({ length: 20 }, (_, writer) => ({
          ...original,
          version: 2,
          body: { writer },
        }));
        const outcomes = await Promise.allSettled(
          attempts.map((attempt) => store.put(attempt, { expectedVersion: 1 })),
        );
        const winners = outcomes.flatMap((outcome, writer) =>
          outcome.status === "fulfilled" ? [writer] : [],
        );
        expect(winners).toHaveLength(1);
        for (const outcome of outcomes)
          if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(DocumentVersionConflict);
        expect((await store.get(original.key))?.body).toEqual({ writer: winners[0] });
      });

      test("of concurrent creations of one document, exactly one wins", async () => {
        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, writer) =>
            store.put({ ...original, body: { writer } }, { expectedVersion: "absent" }),
          ),
        );
        const winners = outcomes.flatMap((outcome, writer) =>
          outcome.status === "fulfilled" ? [writer] : [],
        );
        expect(winners).toHaveLength(1);
        expect((await store.get(original.key))?.body).toEqual({ writer: winners[0] });
      });

      test("a conflict rejects only its own write among writes issued together", async () => {
        await store.put(original, { expectedVersion: "absent" });
        const others = Array.from({ length: 10 }, (_, position) =>
          storedDocument("meetup-2", `item-${position}`),
        );
        const outcomes = await Promise.allSettled([
          store.put({ ...original, version: 5 }, { expectedVersion: 4 }),
          ...others.map((document) => store.put(document, { expectedVersion: "absent" })),
        ]);
        expect(outcomes.map((outcome) => outcome.status)).toEqual([
          "rejected",
          ...others.map(() => "fulfilled"),
        ]);
        expect(await store.getMany(others.map((document) => document.key))).toStrictEqual(others);
      });

      test("delete at the current version removes the document and its index entries", async () => {
        await store.put(original, { expectedVersion: "absent" });
        await store.delete(original.key, { expectedVersion: 1 });
        expect(await store.get(original.key)).toBeUndefined();
        expect(await listed()).toEqual([]);
        // Gone entirely, not a tombstone: it can be created again.
        await store.put(original, { expectedVersion: "absent" });
        expect(await store.get(original.key)).toStrictEqual(original);
      });

      test("delete at another version is a conflict and keeps the document", async () => {
        await store.put({ ...original, version: 2 }, { expectedVersion: "absent" });
        for (const expectedVersion of [1, 3]) {
          await expect(store.delete(original.key, { expectedVersion })).rejects.toMatchObject({
            code: "DOCUMENT_VERSION_CONFLICT",
            key: original.key,
            expectedVersion,
          });
        }
        expect(await store.get(original.key)).toStrictEqual({ ...original, version: 2 });
      });

      test("delete of a document that does not exist is a conflict", async () => {
        await expect(store.delete(original.key, { expectedVersion: 1 })).rejects.toBeInstanceOf(
          DocumentVersionConflict,
        );
      });

      test("a tombstone is deleted like any document", async () => {
        await store.put({ ...original, body: null, indexes: {} }, { expectedVersion: "absent" });
        await store.delete(original.key, { expectedVersion: 1 });
        expect(await store.get(original.key)).toBeUndefined();
      });
    });

    describe("putMany", () => {
      test("writes every document at its expected version and returns the others as conflicts, in order", async () => {
        await putAll([storedDocument("m", "a"), storedDocument("m", "b")]);
        const result = await store.putMany([
          { document: storedDocument("m", "a", { version: 2, body: "a2" }), expectedVersion: 1 },
          { document: storedDocument("m", "b", { version: 2, body: "b2" }), expectedVersion: 0 },
          { document: storedDocument("m", "c", { body: "c1" }), expectedVersion: "absent" },
          { document: storedDocument("m", "d", { version: 6 }), expectedVersion: 5 },
          { document: storedDocument("m", "e", { body: "e1" }), expectedVersion: "absent" },
        ]);
        expect(result.conflicts.map((conflict) => [conflict.key, conflict.expectedVersion])).toEqual([
          [{ partition: "m", sort: "b" }, 0],
          [{ partition: "m", sort: "d" }, 5],
        ]);
        for (const conflict of result.conflicts) expect(conflict).toBeInstanceOf(DocumentVersionConflict);
        const stored = await store.getMany(
          ["a", "b", "c", "d", "e"].map((sort) => ({ partition: "m", sort })),
        );
        expect(stored.map((document) => document && [document.version, document.body])).toEqual([
          [2, "a2"],
          [1, { partition: "m", sort: "b" }],
          [1, "c1"],
          undefined,
          [1, "e1"],
        ]);
      });

      test("an empty batch writes nothing", async () => {
        expect(await store.putMany([])).toEqual({ conflicts: [] });
        expect(await scanAll(store)).toEqual([]);
      });

      test("an invalid write anywhere in the batch throws and writes nothing", async () => {
        await expect(
          store.putMany([
            { document: storedDocument("m", "a"), expectedVersion: "absent" },
            { document: storedDocument("m", "b", { version: -1 }), expectedVersion: "absent" },
          ]),
        ).rejects.toBeInstanceOf(InvalidDocument);
        await expect(
          store.putMany([
            { document: storedDocument("m", "a"), expectedVersion: "absent" },
            {
              document: storedDocument("m", "b", { body: "x".repeat(maximumDocumentBytes) }),
              expectedVersion: "absent",
            },
          ]),
        ).rejects.toBeInstanceOf(DocumentTooLarge);
        expect(await scanAll(store)).toEqual([]);
      });

      test("a batch that writes one document twice is refused", async () => {
        await expect(
          store.putMany([
            { document: storedDocument("m", "a"), expectedVersion: "absent" },
            { document: storedDocument("m", "a", { version: 2 }), expectedVersion: 1 },
          ]),
        ).rejects.toBeInstanceOf(InvalidDocument);
        expect(await scanAll(store)).toEqual([]);
      });

      test("a large batch is written in full", async () => {
        const documents = Array.from({ length: 300 }, (_, position) =>
          storedDocument(`m-${position % 7}`, `item-${position}`, {
            indexes: { first: { partition: "everything", sort: String(position) } },
          }),
        );
        const result = await store.putMany(
          documents.map((document) => ({ document, expectedVersion: "absent" })),
        );
        expect(result.conflicts).toEqual([]);
        expect(await store.getMany(documents.map((document) => document.key))).toStrictEqual(documents);
      });
    });

    describe("overwriteMany", () => {
      test("writes each document as given, whatever version the store holds, and removes what it names", async () => {
        await putAll([
          storedDocument("m", "a", { version: 5 }),
          storedDocument("m", "b", { version: 2, indexes: { first: { partition: "list", sort: "b" } } }),
          storedDocument("m", "c"),
          storedDocument("m", "d", { version: 3, body: null }),
        ]);
        await store.overwriteMany([
          { document: storedDocument("m", "a", { version: 2, body: "older" }) },
          { document: storedDocument("m", "b", { version: 9, body: "moved", indexes: {} }) },
          { remove: { partition: "m", sort: "c" } },
          { remove: { partition: "m", sort: "d" } },
          { remove: { partition: "m", sort: "never" } },
          { document: storedDocument("m", "e", { version: 4, body: null }) },
          { document: storedDocument("n", "f", { indexes: { second: { partition: "list", sort: "f" } } }) },
        ]);
        const byKey = (left: StoredDocument, right: StoredDocument) =>
          `${left.key.partition}/${left.key.sort}` < `${right.key.partition}/${right.key.sort}` ? -1 : 1;
        expect((await scanAll(store)).sort(byKey)).toStrictEqual([
          storedDocument("m", "a", { version: 2, body: "older" }),
          storedDocument("m", "b", { version: 9, body: "moved", indexes: {} }),
          storedDocument("m", "e", { version: 4, body: null }),
          storedDocument("n", "f", { indexes: { second: { partition: "list", sort: "f" } } }),
        ]);
        expect((await store.query("first", { partition: "list" })).documents).toEqual([]);
        expect((await store.query("second", { partition: "list" })).documents.map((d) => d.key.sort)).toEqual(
          ["f"],
        );
      });

      test("an empty batch writes nothing", async () => {
        await store.overwriteMany([]);
        expect(await scanAll(store)).toEqual([]);
      });

      test("an invalid change anywhere in the batch throws and writes nothing", async () => {
        await putAll([storedDocument("m", "kept")]);
        const invalid: [DocumentOverwrite, typeof InvalidDocument | typeof DocumentTooLarge][] = [
          [{ document: storedDocument("m", "b", { version: -1 }) }, InvalidDocument],
          [
            { document: storedDocument("m", "b", { body: "x".repeat(maximumDocumentBytes) }) },
            DocumentTooLarge,
          ],
          [{ remove: { partition: "", sort: "b" } }, InvalidDocument],
        ];
        for (const [change, error] of invalid)
          await expect(
            store.overwriteMany([{ remove: { partition: "m", sort: "kept" } }, change]),
          ).rejects.toBeInstanceOf(error);
        expect(await scanAll(store)).toStrictEqual([storedDocument("m", "kept")]);
      });

      test("a batch that changes one document twice is refused", async () => {
        await expect(
          store.overwriteMany([
            { document: storedDocument("m", "a") },
            { remove: { partition: "m", sort: "a" } },
          ]),
        ).rejects.toBeInstanceOf(InvalidDocument);
        expect(await scanAll(store)).toEqual([]);
      });

      test("a large batch is written in full", async () => {
        const documents = Array.from({ length: 300 }, (_, position) =>
          storedDocument(`m-${position % 7}`, `item-${position}`, {
            indexes: { first: { partition: "everything", sort: String(position) } },
          }),
        );
        await store.overwriteMany(documents.map((document) => ({ document })));
        expect(await store.getMany(documents.map((document) => document.key))).toStrictEqual(documents);
        await store.overwriteMany(documents.slice(0, 120).map((document) => ({ remove: document.key })));
        expect(await scanAll(store)).toHaveLength(180);
      });
    });

    describe("getMany", () => {
      test("answers in the order asked, with undefined where nothing is stored", async () => {
        const a = storedDocument("m", "a");
        const tombstone = storedDocument("m", "t", { version: 7, body: null });
        const c = storedDocument("n", "c", { indexes: { first: { partition: "list", sort: "1" } } });
        await putAll([a, tombstone, c]);
        const keys = [
          c.key,
          { partition: "m", sort: "missing" },
          a.key,
          tombstone.key,
          c.key,
          { partition: "x", sort: "a" },
        ];
        expect(await store.getMany(keys)).toStrictEqual([c, undefined, a, tombstone, c, undefined]);
      });

      test("an empty list reads nothing", async () => {
        expect(await store.getMany([])).toEqual([]);
      });

      test("more keys than one round trip carries come back in order", async () => {
        const documents = Array.from({ length: 250 }, (_, position) =>
          storedDocument(`meetup-${position % 13}`, `rsvp-${String(position).padStart(3, "0")}`),
        );
        await store.putMany(documents.map((document) => ({ document, expectedVersion: "absent" })));
        const wanted = [...documents].reverse();
        expect(await store.getMany(wanted.map((document) => document.key))).toStrictEqual(wanted);
      });

      test("large documents all come back, however many round trips that takes", async () => {
        const documents = Array.from({ length: 8 }, (_, position) =>
          storedDocument("slides", `deck-${position}`, { body: String(position).repeat(300 * 1024) }),
        );
        await putAll(documents);
        expect(await store.getMany(documents.map((document) => document.key))).toStrictEqual(documents);
      });
    });

    describe("query", () => {
      const indexes: QueryIndex[] = ["primary", "first", "second"];

      /** Puts each sort value in the index under test, in partition "list", among neighbours that must not show. */
      async function seedList(index: QueryIndex, sorts: readonly string[]): Promise<StoredDocument[]> {
        const documents = sorts.map((sort, position) =>
          index === "primary"
            ? storedDocument("list", sort, { body: { position } })
            : storedDocument(`owner-${position}`, "summary", {
                body: { position },
                indexes: { [index]: { partition: "list", sort } },
              }),
        );
        const neighbours = ["lis", "list-2", "List"].map((partition) =>
          index === "primary"
            ? storedDocument(partition, "a")
            : storedDocument(`neighbour-${partition}`, "summary", {
                indexes: { [index]: { partition, sort: "a" } },
              }),
        );
        // The other index holds the same documents under the same partition name: it must not leak in.
        const otherIndex = index === "first" ? "second" : "first";
        const elsewhere = storedDocument("elsewhere", "summary", {
          indexes: { [otherIndex]: { partition: "list", sort: "a" } },
        });
        await store.putMany(
          [...documents, ...neighbours, elsewhere].map((document) => ({
            document,
            expectedVersion: "absent",
          })),
        );
        return documents;
      }

      const expected = (
        documents: StoredDocument[],
        index: QueryIndex,
        range: SortRange,
        descending: boolean,
      ) => {
        const sorted = documents
          .filter((document) => inRange(sortIn(document, index) as string, range))
          .sort((left, right) => byUtf8(sortIn(left, index) as string, sortIn(right, index) as string));
        return descending ? sorted.reverse() : sorted;
      };

      test.each(indexes)(
        "%s: every range in both orders holds exactly the documents it names",
        async (index) => {
          const documents = await seedList(index, trickySorts);
          for (const range of trickyRanges)
            for (const order of ["ascending", "descending"] as const) {
              const page = await store.query(index, { partition: "list", range, order });
              expect(page.documents, `${JSON.stringify(range)} ${order}`).toStrictEqual(
                expected(documents, index, range, order === "descending"),
              );
              expect(page.cursor, `${JSON.stringify(range)} ${order}`).toBeUndefined();
            }
        },
      );

      test.each(indexes)(
        "%s: pages of 5 over 37 documents return each exactly once, in order, ties included",
        async (index) => {
          // Seven distinct sort values in an index, so most documents share theirs with others.
          const sorts = Array.from({ length: 37 }, (_, position) =>
            index === "primary" ? `item-${String(position).padStart(2, "0")}` : `day-${position % 7}`,
          );
          const documents = await seedList(index, sorts);
          for (const order of ["ascending", "descending"] as const) {
            const pages = await pagesOfQuery(store, index, { partition: "list", limit: 5, order });
            expect(pages.map((page) => page.documents.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 2]);
            expect(pages.map((page) => page.cursor !== undefined)).toEqual([...Array(7).fill(true), false]);
            const paged = pages.flatMap((page) => page.documents);
            expect(new Set(paged.map((document) => keyText(document.key))).size).toBe(37);
            expect(paged.map((document) => sortIn(document, index))).toEqual(
              expected(documents, index, {}, order === "descending").map((document) =>
                sortIn(document, index),
              ),
            );
            // Ties come in a stable order: paging agrees with reading everything at once.
            const whole = await store.query(index, { partition: "list", limit: 1000, order });
            expect(paged).toStrictEqual(whole.documents);
          }
        },
      );

      test.each(indexes)("%s: paging within a range stays within it", async (index) => {
        // Repeats in an index; unique on the primary key, where a sort value names one document.
        const sorts = Array.from(
          { length: 40 },
          (_, position) =>
            `${position % 2 === 0 ? "even" : "odd"}-${position % 9}${index === "primary" ? `#${position}` : ""}`,
        );
        const documents = await seedList(index, sorts);
        for (const range of [{ beginsWith: "even" }, { from: "even-3", to: "odd-2" }] as SortRange[])
          for (const order of ["ascending", "descending"] as const) {
            const pages = await pagesOfQuery(store, index, { partition: "list", range, limit: 3, order });
            const paged = pages.flatMap((page) => page.documents);
            const wanted = expected(documents, index, range, order === "descending");
            expect(paged.map((document) => sortIn(document, index))).toEqual(
              wanted.map((document) => sortIn(document, index)),
            );
            expect(new Set(paged.map((document) => keyText(document.key))).size).toBe(wanted.length);
          }
      });

      test("a page of large documents is full while more remain", async () => {
        // About 2.4 MB in all: DynamoDB cuts its own pages at 1 MB, the store must not.
        const documents = Array.from({ length: 8 }, (_, position) =>
          storedDocument("slides", `deck-${position}`, {
            body: String(position).repeat(300 * 1024),
            indexes: { first: { partition: "decks", sort: "same" } },
          }),
        );
        await putAll(documents);
        for (const index of ["primary", "first"] as const) {
          const pages = await pagesOfQuery(store, index, {
            partition: index === "primary" ? "slides" : "decks",
            limit: 5,
          });
          expect(pages.map((page) => page.documents.length)).toEqual([5, 3]);
          expect(
            new Set(pages.flatMap((page) => page.documents.map((document) => document.key.sort))).size,
          ).toBe(8);
        }
        const scanned = await allPages((cursor) => store.scan({ cursor, limit: 6 }));
        expect(scanned.map((page) => page.documents.length)).toEqual([6, 2]);
      });

      test("a page that ends on the last document carries no cursor", async () => {
        await seedList(
          "first",
          Array.from({ length: 10 }, (_, position) => `s-${position}`),
        );
        const pages = await pagesOfQuery(store, "first", { partition: "list", limit: 5 });
        expect(pages.map((page) => [page.documents.length, page.cursor !== undefined])).toEqual([
          [5, true],
          [5, false],
        ]);
      });

      test("the limit defaults to 50, may be 1,000, and may change between pages", async () => {
        await seedList(
          "primary",
          Array.from({ length: 60 }, (_, position) => `s-${String(position).padStart(2, "0")}`),
        );
        const first = await store.query("primary", { partition: "list" });
        expect(first.documents).toHaveLength(50);
        expect(first.cursor).toBeDefined();
        const rest = await store.query("primary", { partition: "list", cursor: first.cursor, limit: 1000 });
        expect(rest.documents.map((document) => document.key.sort)).toEqual(
          Array.from({ length: 10 }, (_, position) => `s-${50 + position}`),
        );
        expect(rest.cursor).toBeUndefined();
      });

      test("a partition with no documents is one empty page", async () => {
        for (const index of indexes)
          expect(await store.query(index, { partition: "nothing-here" })).toEqual({ documents: [] });
      });

      test("a document without an index key is not in that index", async () => {
        const inFirst = storedDocument("a", "summary", {
          indexes: { first: { partition: "list", sort: "1" } },
        });
        const inSecond = storedDocument("b", "summary", {
          indexes: { second: { partition: "list", sort: "1" } },
        });
        const inNeither = storedDocument("list", "1");
        const tombstone = storedDocument("c", "summary", { body: null });
        await putAll([inFirst, inSecond, inNeither, tombstone]);
        expect((await store.query("first", { partition: "list" })).documents).toStrictEqual([inFirst]);
        expect((await store.query("second", { partition: "list" })).documents).toStrictEqual([inSecond]);
        expect((await store.query("primary", { partition: "list" })).documents).toStrictEqual([inNeither]);
      });

      test("changing a document's index key moves it between lists, and removing it takes it out", async () => {
        const key = { partition: "meetup-1", sort: "summary" };
        const at = (version: number, indexes: StoredDocument["indexes"]): StoredDocument => ({
          key,
          version,
          body: { version },
          indexes,
        });
        const list = async (index: IndexName, partition: string) =>
          (await store.query(index, { partition })).documents.map((document) => [
            document.version,
            sortIn(document, index),
          ]);

        await store.put(at(1, { first: { partition: "upcoming", sort: "2026-05-01" } }), {
          expectedVersion: "absent",
        });
        await store.put(
          at(2, {
            first: { partition: "past", sort: "2026-05-01" },
            second: { partition: "tag#rust", sort: "meetup-1" },
          }),
          { expectedVersion: 1 },
        );
        expect(await list("first", "upcoming")).toEqual([]);
        expect(await list("first", "past")).toEqual([[2, "2026-05-01"]]);
        expect(await list("second", "tag#rust")).toEqual([[2, "meetup-1"]]);

        await store.put(at(3, { first: { partition: "past", sort: "2026-04-01" } }), { expectedVersion: 2 });
        expect(await list("first", "past")).toEqual([[3, "2026-04-01"]]);
        expect(await list("second", "tag#rust")).toEqual([]);

        await store.put(at(4, {}), { expectedVersion: 3 });
        expect(await list("first", "past")).toEqual([]);
      });
    });

    describe("scan", () => {
      test("pages over every document exactly once, tombstones included", async () => {
        const documents = Array.from({ length: 37 }, (_, position) =>
          storedDocument(`stream-${position % 6}`, `document-${position}`, {
            body: position % 5 === 0 ? null : { position },
            indexes: position % 2 ? { first: { partition: "list", sort: "x" } } : {},
          }),
        );
        await store.putMany(documents.map((document) => ({ document, expectedVersion: "absent" })));
        const pages = await allPages((cursor) => store.scan({ cursor, limit: 5 }));
        expect(pages.map((page) => page.documents.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 2]);
        expect(pages.at(-1)?.cursor).toBeUndefined();
        const sortByKey = (list: StoredDocument[]) =>
          [...list].sort((left, right) => byUtf8(keyText(left.key), keyText(right.key)));
        expect(sortByKey(pages.flatMap((page) => page.documents))).toStrictEqual(sortByKey(documents));
      });

      test("an empty store scans as one empty page", async () => {
        expect(await store.scan()).toEqual({ documents: [] });
      });

      test("the limit defaults to 50", async () => {
        const documents = Array.from({ length: 55 }, (_, position) =>
          storedDocument("stream", `d-${position}`),
        );
        await store.putMany(documents.map((document) => ({ document, expectedVersion: "absent" })));
        const page = await store.scan();
        expect(page.documents).toHaveLength(50);
        expect((await store.scan({ cursor: page.cursor })).documents).toHaveLength(5);
      });
    });

    describe("bad input is refused with a typed error, and nothing is written", () => {
      const valid = storedDocument("meetup-1", "summary");
      const circular: Record<string, unknown> = { name: "loop" };
      circular.self = circular;
      const invalidDocuments: [string, unknown][] = [
        ["a partition that is not a string", { ...valid, key: { partition: 7, sort: "summary" } }],
        ["an empty partition", { ...valid, key: { partition: "", sort: "summary" } }],
        ["an empty sort", { ...valid, key: { partition: "meetup-1", sort: "" } }],
        ["no key", { ...valid, key: undefined }],
        ["a key with a lone surrogate", { ...valid, key: { partition: "meetup-\uD800", sort: "summary" } }],
        ["a sort key over 1,024 bytes", { ...valid, key: { partition: "meetup-1", sort: "é".repeat(513) } }],
        ["a negative version", { ...valid, version: -1 }],
        ["a fractional version", { ...valid, version: 1.5 }],
        ["a version that is not a number", { ...valid, version: "1" }],
        ["a NaN version", { ...valid, version: Number.NaN }],
        ["an undefined body", { ...valid, body: undefined }],
        ["a function in the body", { ...valid, body: { nested: { callback: () => 1 } } }],
        ["NaN in the body", { ...valid, body: { capacity: Number.NaN } }],
        ["Infinity in the body", { ...valid, body: [Number.POSITIVE_INFINITY] }],
        ["a bigint in the body", { ...valid, body: { count: 10n } }],
        ["a Date in the body", { ...valid, body: { startsAt: new Date(0) } }],
        ["a Map in the body", { ...valid, body: new Map([["a", 1]]) }],
        ["undefined in an array", { ...valid, body: [1, undefined, 3] }],
        ["a circular body", { ...valid, body: circular }],
        ["an unknown index", { ...valid, indexes: { third: { partition: "list", sort: "a" } } }],
        [
          "an index key with an empty partition",
          { ...valid, indexes: { first: { partition: "", sort: "a" } } },
        ],
        [
          "an index key with a sort that is not a string",
          { ...valid, indexes: { second: { partition: "list", sort: 3 } } },
        ],
        // A projection folding an event appended below the validation hands such keys on (issue #11).
        [
          "an index sort key with a lone surrogate",
          { ...valid, indexes: { second: { partition: "list", sort: "Poison \uD800 club" } } },
        ],
        [
          "an index partition with a lone surrogate",
          { ...valid, indexes: { first: { partition: "owner#\uDFFF", sort: "a" } } },
        ],
        [
          "an index sort key over 1,024 bytes",
          { ...valid, indexes: { first: { partition: "list", sort: "é".repeat(513) } } },
        ],
      ];

      test.each(invalidDocuments)("a document with %s", async (_, document) => {
        await expect(
          store.put(document as StoredDocument, { expectedVersion: "absent" }),
        ).rejects.toBeInstanceOf(InvalidDocument);
        await expect(
          store.putMany([{ document: document as StoredDocument, expectedVersion: "absent" }]),
        ).rejects.toBeInstanceOf(InvalidDocument);
        expect(await scanAll(store)).toEqual([]);
      });

      test("an invalid write to a stored document leaves it as it was", async () => {
        await store.put(valid, { expectedVersion: "absent" });
        await expect(
          store.put({ ...valid, version: 2, body: { at: new Date(0) } }, { expectedVersion: 1 }),
        ).rejects.toBeInstanceOf(InvalidDocument);
        expect(await store.get(valid.key)).toStrictEqual(valid);
      });

      test.each([-1, 2.5, "new", undefined, null])("an expected version of %s", async (expectedVersion) => {
        await expect(store.put(valid, { expectedVersion: expectedVersion as number })).rejects.toBeInstanceOf(
          InvalidDocument,
        );
        expect(await scanAll(store)).toEqual([]);
      });

      test("a document over the size limit, counted in UTF-8 bytes with its keys", async () => {
        const oversized: StoredDocument[] = [
          { ...valid, body: "x".repeat(maximumDocumentBytes) },
          // Under the limit in UTF-16 units, over it in bytes.
          { ...valid, body: "é".repeat(Math.ceil(maximumDocumentBytes / 2)) },
          // The body alone fits; with its index key it does not.
          {
            ...valid,
            body: "x".repeat(maximumDocumentBytes - 100),
            indexes: { first: { partition: "list", sort: "s".repeat(200) } },
          },
        ];
        for (const document of oversized) {
          const attempt = store.put(document, { expectedVersion: "absent" });
          await expect(attempt).rejects.toBeInstanceOf(DocumentTooLarge);
          await expect(attempt).rejects.toMatchObject({
            code: "DOCUMENT_TOO_LARGE",
            limit: maximumDocumentBytes,
          });
        }
        expect(await scanAll(store)).toEqual([]);
      });

      test("an invalid key or version to delete, get or getMany", async () => {
        await store.put(valid, { expectedVersion: "absent" });
        const invalidKey = { partition: "", sort: "summary" };
        await expect(store.delete(invalidKey, { expectedVersion: 1 })).rejects.toBeInstanceOf(
          InvalidDocument,
        );
        await expect(
          store.delete(valid.key, { expectedVersion: "absent" as unknown as number }),
        ).rejects.toBeInstanceOf(InvalidDocument);
        await expect(store.delete(valid.key, { expectedVersion: -1 })).rejects.toBeInstanceOf(
          InvalidDocument,
        );
        await expect(store.get(invalidKey)).rejects.toBeInstanceOf(InvalidDocument);
        await expect(store.getMany([valid.key, invalidKey])).rejects.toBeInstanceOf(InvalidDocument);
        expect(await store.get(valid.key)).toStrictEqual(valid);
      });

      const invalidQueries: [string, QueryIndex, unknown][] = [
        ["an empty partition", "primary", { partition: "" }],
        ["no partition", "first", {}],
        ["an unknown index", "third" as QueryIndex, { partition: "list" }],
        ["a limit of 0", "primary", { partition: "list", limit: 0 }],
        ["a limit over 1,000", "first", { partition: "list", limit: 1001 }],
        ["a fractional limit", "second", { partition: "list", limit: 2.5 }],
        ["a limit that is not a number", "primary", { partition: "list", limit: "10" }],
        ["an unknown order", "primary", { partition: "list", order: "up" }],
        ["beginsWith with from", "first", { partition: "list", range: { beginsWith: "a", from: "a" } }],
        ["a bound that is not a string", "first", { partition: "list", range: { from: 3 } }],
        ["a partition with a lone surrogate", "primary", { partition: "list-\uDC00" }],
        ["a partition over 2,048 bytes", "second", { partition: "p".repeat(2049) }],
        ["a bound over 1,024 bytes", "primary", { partition: "list", range: { to: "z".repeat(1025) } }],
      ];

      test.each(invalidQueries)("a query with %s", async (_, index, query) => {
        await expect(store.query(index, query as DocumentQuery)).rejects.toBeInstanceOf(InvalidDocumentQuery);
      });

      test("a scan with a limit out of range", async () => {
        for (const limit of [0, 1001, -5, 1.5])
          await expect(store.scan({ limit })).rejects.toBeInstanceOf(InvalidDocumentQuery);
      });

      test("a cursor the store did not issue for this query", async () => {
        const documents = Array.from({ length: 6 }, (_, position) =>
          storedDocument(`owner-${position}`, `s-${position}`, {
            indexes: {
              first: { partition: "list", sort: `s-${position}` },
              second: { partition: "list", sort: `s-${position}` },
            },
          }),
        );
        await putAll(documents);
        const fromFirst = (await store.query("first", { partition: "list", limit: 2 })).cursor as string;
        const fromScan = (await store.scan({ limit: 2 })).cursor as string;
        expect(fromFirst).toBeDefined();
        const foreign: [string, QueryIndex, DocumentQuery][] = [
          ["garbage", "first", { partition: "list", cursor: "not a cursor!" }],
          ["empty", "first", { partition: "list", cursor: "" }],
          ["not JSON", "first", { partition: "list", cursor: Buffer.from("{oops").toString("base64url") }],
          [
            "JSON of another shape",
            "first",
            { partition: "list", cursor: Buffer.from("[1,2]").toString("base64url") },
          ],
          ["tampered", "first", { partition: "list", cursor: `${fromFirst.slice(0, -3)}AAA` }],
          ["from another index", "second", { partition: "list", cursor: fromFirst }],
          ["from another partition", "first", { partition: "other", cursor: fromFirst }],
          ["from the other order", "first", { partition: "list", cursor: fromFirst, order: "descending" }],
          [
            "from another range",
            "first",
            { partition: "list", cursor: fromFirst, range: { beginsWith: "s" } },
          ],
          ["from a scan", "first", { partition: "list", cursor: fromScan }],
        ];
        for (const [description, index, query] of foreign)
          await expect(store.query(index, query), description).rejects.toBeInstanceOf(InvalidCursor);
        await expect(store.scan({ cursor: fromFirst })).rejects.toBeInstanceOf(InvalidCursor);
        await expect(store.scan({ cursor: "%%%" })).rejects.toBeInstanceOf(InvalidCursor);
      });
    });

    test("any documents, read in pages of any size in either order, come back each once and in order", async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<QueryIndex>("primary", "first", "second"),
          fc.array(fc.constantFrom("a", "b", "é", "😀", "\uFFFD", "a\u{10FFFF}"), {
            minLength: 1,
            maxLength: 40,
          }),
          fc.integer({ min: 1, max: 7 }),
          fc.constantFrom("ascending" as const, "descending" as const),
          async (index, sorts, limit, order) => {
            // Each run lists under a partition of its own, so earlier runs cannot interfere.
            const list = `list-${++run}`;
            const documents = sorts.map((sort, position) =>
              index === "primary"
                ? storedDocument(list, `${sort}-${position}`)
                : storedDocument(`${list}-owner-${position}`, "summary", {
                    indexes: { [index]: { partition: list, sort } },
                  }),
            );
            await store.putMany(documents.map((document) => ({ document, expectedVersion: "absent" })));
            const paged = (await pagesOfQuery(store, index, { partition: list, limit, order })).flatMap(
              (page) => page.documents,
            );
            expect(new Set(paged.map((document) => keyText(document.key))).size).toBe(documents.length);
            const sortsRead = paged.map((document) => sortIn(document, index) as string);
            const sortsWanted = documents.map((document) => sortIn(document, index) as string).sort(byUtf8);
            expect(sortsRead).toEqual(order === "ascending" ? sortsWanted : sortsWanted.reverse());
          },
        ),
        { numRuns: 30 },
      );
    });
  });
}
