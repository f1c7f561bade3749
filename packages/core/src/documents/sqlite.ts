import type { Statement } from "better-sqlite3";
import { deepFreeze } from "../objects/deep-freeze";
import { databaseChanges } from "../sqlite/changes";
import type { SqliteDatabase } from "../sqlite/database";
import {
  assertDocumentKey,
  assertExpectedVersion,
  decodeBody,
  type EncodedDocument,
  encodeDocument,
  encodeOverwrites,
  encodeWrites,
  keyIdentity,
} from "./document-encoding";
import {
  type CheckedQuery,
  checkQuery,
  checkScan,
  queryCursorAfter,
  scanCursorAfter,
} from "./document-query";
import type {
  DocumentKey,
  DocumentPage,
  DocumentStore,
  ExpectedDocumentVersion,
  IndexName,
  StoredDocument,
} from "./document-store";
import { DocumentVersionConflict, InvalidDocument } from "./errors";

/*
 * The secondary indexes end with the primary key so that documents with equal index sort values are
 * read in a fixed order straight from the index (no sort step), which is what makes cursors exact.
 * They are partial: documents outside a list take no room in it.
 */
const schema = `
  CREATE TABLE IF NOT EXISTS documents (
    partition TEXT NOT NULL,
    sort TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT,
    first_partition TEXT,
    first_sort TEXT,
    second_partition TEXT,
    second_sort TEXT,
    PRIMARY KEY (partition, sort)
  ) STRICT;
  CREATE INDEX IF NOT EXISTS documents_by_first
    ON documents (first_partition, first_sort, partition, sort) WHERE first_partition IS NOT NULL;
  CREATE INDEX IF NOT EXISTS documents_by_second
    ON documents (second_partition, second_sort, partition, sort) WHERE second_partition IS NOT NULL;
`;

const columns = "partition, sort, version, body, first_partition, first_sort, second_partition, second_sort";

interface DocumentRow {
  partition: string;
  sort: string;
  version: number;
  /** JSON; NULL for a tombstone. */
  body: string | null;
  first_partition: string | null;
  first_sort: string | null;
  second_partition: string | null;
  second_sort: string | null;
}

/**
 * Recent answers, kept until anything changes the database. Pages are read far more often than they
 * change (everyone opening a community's page asks the same queries), and each read is a statement with
 * its own read transaction. Any row this connection changes counts up total_changes(); data_version tells
 * of commits by other connections (another process on the same file, such as `pnpm cli rebuild`). Either
 * one empties the cache. What kept documents hold is frozen; each reader gets its own copy of the outer
 * objects, the document and its body (a library may mark the objects it is given), over the frozen inner
 * ones. The outer objects themselves stay unfrozen, as no reader ever holds them: V8 copies a frozen
 * object several times slower, and a board page copies fifty-odd documents per request.
 */
function recentReads(database: SqliteDatabase, maximumEntries: number) {
  const changes = databaseChanges(database);
  const answers = new Map<string, unknown>();
  let answeredAt = "";
  return <Answer>(question: string, answer: () => Answer): Answer => {
    const now = changes();
    if (now !== answeredAt) {
      answers.clear();
      answeredAt = now;
    }
    if (answers.has(question)) {
      const known = answers.get(question) as Answer;
      // Least recently used goes first: a hit moves to the back.
      answers.delete(question);
      answers.set(question, known);
      return known;
    }
    const fresh = answer();
    answers.set(question, fresh);
    if (answers.size > maximumEntries) answers.delete(answers.keys().next().value as string);
    return fresh;
  };
}

/** A document as the cache keeps it: everything inside it frozen, the document and its body not (see recentReads). */
function kept(document: StoredDocument): StoredDocument {
  deepFreeze(document.key);
  deepFreeze(document.indexes);
  const { body } = document;
  if (body !== null && typeof body === "object") for (const inner of Object.values(body)) deepFreeze(inner);
  return document;
}

/** A document a reader may mark: its own outer object and body, over the shared frozen insides. */
function readersCopy<Body>(document: StoredDocument<Body> | undefined): StoredDocument<Body> | undefined {
  if (!document) return document;
  const { body } = document;
  const copy =
    body === null || typeof body !== "object" ? body : Array.isArray(body) ? [...body] : { ...body };
  return { ...document, body: copy as Body };
}

function toDocument(row: DocumentRow): StoredDocument {
  const indexes: StoredDocument["indexes"] = {};
  if (row.first_partition !== null && row.first_sort !== null)
    indexes.first = { partition: row.first_partition, sort: row.first_sort };
  if (row.second_partition !== null && row.second_sort !== null)
    indexes.second = { partition: row.second_partition, sort: row.second_sort };
  return {
    key: { partition: row.partition, sort: row.sort },
    version: row.version,
    body: decodeBody(row.body),
    indexes,
  };
}

/** The values after the key, in the order of the columns list. */
const valuesOf = (document: EncodedDocument) =>
  [
    document.version,
    document.body === "null" ? null : document.body,
    document.first?.partition ?? null,
    document.first?.sort ?? null,
    document.second?.partition ?? null,
    document.second?.sort ?? null,
  ] as const;

/**
 * The smallest string above every string that starts with `prefix`, in code point order; undefined when
 * there is none (the prefix is all U+10FFFF). Lets SQLite read a prefix as an index range.
 */
function afterPrefix(prefix: string): string | undefined {
  const codePoints = Array.from(prefix, (character) => character.codePointAt(0) as number);
  while (codePoints.length > 0) {
    const last = (codePoints.pop() as number) + 1;
    if (last <= 0x10ffff) {
      // No well-formed string holds a surrogate code point, so skipping them skips nothing.
      codePoints.push(last >= 0xd800 && last <= 0xdfff ? 0xe000 : last);
      return String.fromCodePoint(...codePoints);
    }
  }
  return undefined;
}

const indexColumns: Record<"primary" | IndexName, { partition: string; sort: string }> = {
  primary: { partition: "partition", sort: "sort" },
  first: { partition: "first_partition", sort: "first_sort" },
  second: { partition: "second_partition", sort: "second_sort" },
};

/**
 * The bounds a query's SQL uses. Past a cursor, the cursor replaces the bound on its side (it lies inside
 * the range), because SQLite seeks by one bound per side and a cursor that only filtered would make
 * every later page rescan the pages before it.
 */
interface QueryBounds {
  lower?: string;
  upper?: { value: string; inclusive: boolean };
}

function boundsOf(query: CheckedQuery): QueryBounds {
  const bounds: QueryBounds = {};
  const lower = query.from ?? query.beginsWith;
  if (lower !== undefined && !(query.after && !query.descending)) bounds.lower = lower;
  const upper =
    query.beginsWith !== undefined
      ? { value: afterPrefix(query.beginsWith), inclusive: false }
      : { value: query.to, inclusive: true };
  if (upper.value !== undefined && !(query.after && query.descending))
    bounds.upper = { value: upper.value, inclusive: upper.inclusive };
  return bounds;
}

function querySql(query: CheckedQuery, bounds: QueryBounds): string {
  const { partition, sort } = indexColumns[query.index];
  const conditions = [`${partition} = @partition`];
  if (bounds.lower !== undefined) conditions.push(`${sort} >= @lower`);
  if (bounds.upper) conditions.push(`${sort} ${bounds.upper.inclusive ? "<=" : "<"} @upper`);
  const direction = query.descending ? "DESC" : "ASC";
  const comparison = query.descending ? "<" : ">";
  if (query.index === "primary") {
    if (query.after) conditions.push(`sort ${comparison} @afterSort`);
    return `SELECT ${columns} FROM documents WHERE ${conditions.join(" AND ")}
      ORDER BY sort ${direction} LIMIT @limit`;
  }
  // Row values let SQLite seek straight to the position in the index, ties included.
  if (query.after)
    conditions.push(
      `(${sort}, partition, sort) ${comparison} (@afterIndexSort, @afterPartition, @afterSort)`,
    );
  return `SELECT ${columns} FROM documents WHERE ${conditions.join(" AND ")}
    ORDER BY ${sort} ${direction}, partition ${direction}, sort ${direction} LIMIT @limit`;
}

/**
 * The embedded DocumentStore. better-sqlite3 runs each statement to completion before any other code,
 * so a conditional write is atomic within the process, and SQLite's write lock makes it so across
 * processes sharing the file. The database belongs to the caller, who opens and closes it.
 */
export interface SqliteDocumentStore extends DocumentStore {
  /** How many documents are stored, tombstones (removed documents that keep their version) among them. */
  statistics(): { documents: number; tombstones: number };
}

export function sqliteDocumentStore(database: SqliteDatabase): SqliteDocumentStore {
  database.exec(schema);

  const selectOne = database.prepare<[string, string], DocumentRow>(
    `SELECT ${columns} FROM documents WHERE partition = ? AND sort = ?`,
  );
  // One statement for any number of keys: the keys travel as one JSON array and join on the primary key.
  const selectMany = database.prepare<[string], DocumentRow>(
    `SELECT ${columns} FROM json_each(?) AS wanted
      JOIN documents ON documents.partition = wanted.value ->> 0 AND documents.sort = wanted.value ->> 1`,
  );
  const insert = database.prepare(
    `INSERT INTO documents (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const update = database.prepare(
    `UPDATE documents SET version = ?, body = ?, first_partition = ?, first_sort = ?, second_partition = ?, second_sort = ?
      WHERE partition = ? AND sort = ? AND version = ?`,
  );
  const remove = database.prepare("DELETE FROM documents WHERE partition = ? AND sort = ? AND version = ?");
  const overwrite = database.prepare(
    `INSERT INTO documents (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (partition, sort) DO UPDATE SET version = excluded.version, body = excluded.body,
        first_partition = excluded.first_partition, first_sort = excluded.first_sort,
        second_partition = excluded.second_partition, second_sort = excluded.second_sort`,
  );
  const removeAny = database.prepare("DELETE FROM documents WHERE partition = ? AND sort = ?");
  const scanFirst = database.prepare<[number], DocumentRow>(
    `SELECT ${columns} FROM documents ORDER BY partition, sort LIMIT ?`,
  );
  const scanAfter = database.prepare<[string, string, number], DocumentRow>(
    `SELECT ${columns} FROM documents WHERE (partition, sort) > (?, ?) ORDER BY partition, sort LIMIT ?`,
  );
  const counts = database.prepare<[], { documents: number; tombstones: number | null }>(
    "SELECT count(*) AS documents, sum(body IS NULL) AS tombstones FROM documents",
  );
  const queries = new Map<string, Statement<[Record<string, unknown>], DocumentRow>>();
  const recent = recentReads(database, 2_000);

  /** Applies one write if the document is at the expected version; false when it is not. */
  function write(document: EncodedDocument, expectedVersion: ExpectedDocumentVersion): boolean {
    const values = valuesOf(document);
    const result =
      expectedVersion === "absent"
        ? insert.run(document.partition, document.sort, ...values)
        : update.run(...values, document.partition, document.sort, expectedVersion);
    return result.changes === 1;
  }

  /*
   * Group commit. A commit costs far more than a row (WAL frames for the table and three indexes), and a
   * rebuild issues thousands of writes at once, so writes issued together wait for the end of the current
   * microtask run and commit in one transaction. Each keeps its own outcome: a conflict rejects only its
   * own write. A write's promise settles only after its commit, so whatever a caller has seen written,
   * every later read sees: reads need not wait for the queue.
   */
  let queue: QueuedWrite[] = [];

  function enqueue<Result>(apply: () => Result): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      queue.push({ apply, resolve: resolve as (result: unknown) => void, reject });
      if (queue.length === 1) queueMicrotask(commitQueue);
    });
  }

  const applyAll = database.transaction((writes: QueuedWrite[]) =>
    writes.map((queued): WriteOutcome => {
      try {
        return { applied: true, result: queued.apply() };
      } catch (error) {
        // Only a rule rejection stays with its own write; anything else rolls the batch back.
        if (error instanceof DocumentVersionConflict) return { applied: false, error };
        throw error;
      }
    }),
  );

  function commitQueue(): void {
    if (queue.length === 0) return;
    const writes = queue;
    queue = [];
    let outcomes: WriteOutcome[];
    try {
      // Immediate: take the write lock up front (waiting out another connection's), rather than fail
      // to upgrade a read halfway through the batch.
      outcomes = applyAll.immediate(writes);
    } catch (error) {
      for (const queued of writes) queued.reject(error);
      return;
    }
    writes.forEach((queued, position) => {
      const outcome = outcomes[position] as WriteOutcome;
      if (outcome.applied) queued.resolve(outcome.result);
      else queued.reject(outcome.error);
    });
  }

  /** Each shape of query is prepared once, on first use. */
  function statementFor(query: CheckedQuery, bounds: QueryBounds) {
    const shape = [
      query.index,
      query.descending,
      bounds.lower !== undefined,
      bounds.upper?.inclusive,
      query.after !== undefined,
    ].join();
    let statement = queries.get(shape);
    if (!statement) {
      statement = database.prepare<[Record<string, unknown>], DocumentRow>(querySql(query, bounds));
      queries.set(shape, statement);
    }
    return statement;
  }

  return {
    async get<Body>(key: DocumentKey) {
      assertDocumentKey(key);
      return readersCopy(
        recent(`get\u0000${keyIdentity(key)}`, () => {
          const row = selectOne.get(key.partition, key.sort);
          return row && kept(toDocument(row));
        }) as StoredDocument<Body> | undefined,
      );
    },

    async getMany<Body>(keys: readonly DocumentKey[]) {
      if (!Array.isArray(keys)) throw new InvalidDocument("keys must be an array");
      keys.forEach((key, position) => {
        assertDocumentKey(key, `keys[${position}]`);
      });
      if (keys.length === 0) return [];
      const question = `getMany\u0000${JSON.stringify(keys.map((key) => [key.partition, key.sort]))}`;
      return recent(question, () => {
        const found = new Map<string, StoredDocument>();
        for (const row of selectMany.all(question.slice("getMany\u0000".length)))
          found.set(keyIdentity(row), kept(toDocument(row)));
        return keys.map((key) => found.get(keyIdentity(key)));
      }).map((document) => readersCopy(document as StoredDocument<Body> | undefined));
    },

    async put(document, options) {
      const expectedVersion = options?.expectedVersion;
      assertExpectedVersion(expectedVersion, { absentAllowed: true });
      const encoded = encodeDocument(document);
      return enqueue(() => {
        if (!write(encoded, expectedVersion))
          throw new DocumentVersionConflict(document.key, expectedVersion);
      });
    },

    async putMany(writes) {
      const encoded = encodeWrites(writes);
      if (encoded.length === 0) return { conflicts: [] };
      return enqueue(() => {
        const conflicts: DocumentVersionConflict[] = [];
        for (const { encoded: document, expectedVersion } of encoded)
          if (!write(document, expectedVersion))
            conflicts.push(
              new DocumentVersionConflict(
                { partition: document.partition, sort: document.sort },
                expectedVersion,
              ),
            );
        return { conflicts };
      });
    },

    async overwriteMany(changes) {
      const encoded = encodeOverwrites(changes);
      if (encoded.length === 0) return;
      return enqueue(() => {
        for (const change of encoded)
          if ("remove" in change) removeAny.run(change.remove.partition, change.remove.sort);
          else overwrite.run(change.encoded.partition, change.encoded.sort, ...valuesOf(change.encoded));
      });
    },

    async delete(key, options) {
      assertDocumentKey(key);
      const expectedVersion = options?.expectedVersion;
      assertExpectedVersion(expectedVersion, { absentAllowed: false });
      return enqueue(() => {
        if (remove.run(key.partition, key.sort, expectedVersion).changes !== 1)
          throw new DocumentVersionConflict(key, expectedVersion);
      });
    },

    async query<Body>(index: "primary" | IndexName, documentQuery: Parameters<DocumentStore["query"]>[1]) {
      const query = checkQuery(index, documentQuery);
      if (query.empty) return { documents: [] };
      const bounds = boundsOf(query);
      // One row more than asked tells whether another page exists, so the last page carries no cursor.
      const parameters: Record<string, unknown> = { partition: query.partition, limit: query.limit + 1 };
      if (bounds.lower !== undefined) parameters.lower = bounds.lower;
      if (bounds.upper) parameters.upper = bounds.upper.value;
      if (query.after?.index === "primary") parameters.afterSort = query.after.sort;
      else if (query.after) {
        parameters.afterIndexSort = query.after.indexSort;
        parameters.afterPartition = query.after.partition;
        parameters.afterSort = query.after.sort;
      }
      const statement = statementFor(query, bounds);
      const page = recent(`query\u0000${statement.source}\u0000${JSON.stringify(parameters)}`, () =>
        keptPage(pageOf(statement.all(parameters), query.limit, (last) => queryCursorAfter(query, last))),
      ) as DocumentPage<Body>;
      return {
        ...page,
        documents: page.documents.map((document) => readersCopy(document) as StoredDocument<Body>),
      };
    },

    async scan(options) {
      const scan = checkScan(options);
      const rows = scan.after
        ? scanAfter.all(scan.after.partition, scan.after.sort, scan.limit + 1)
        : scanFirst.all(scan.limit + 1);
      // Scans read everything once (rebuilds, exports): nothing worth keeping.
      return pageOf(rows, scan.limit, scanCursorAfter);
    },

    statistics() {
      const { documents, tombstones } = counts.get() ?? { documents: 0, tombstones: 0 };
      return { documents, tombstones: tombstones ?? 0 };
    },

    async close() {
      commitQueue();
    },
  };
}

interface QueuedWrite {
  apply(): unknown;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

type WriteOutcome = { applied: true; result: unknown } | { applied: false; error: DocumentVersionConflict };

function keptPage(page: DocumentPage): DocumentPage {
  for (const document of page.documents) kept(document);
  return page;
}

function pageOf(
  rows: DocumentRow[],
  limit: number,
  cursorAfter: (last: StoredDocument) => string,
): DocumentPage {
  const documents = rows.slice(0, limit).map(toDocument);
  const last = documents[documents.length - 1];
  return rows.length > limit && last ? { documents, cursor: cursorAfter(last) } : { documents };
}
