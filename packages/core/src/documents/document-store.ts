import type { DocumentVersionConflict } from "./errors";

/** Where a document lives: a partition (e.g. "meetup#<id>") and a sort key within it. */
export interface DocumentKey {
  partition: string;
  sort: string;
}

/** A secondary key that puts a document in a list: the partition names the list, the sort orders it. */
export interface IndexKey {
  partition: string;
  sort: string;
}

export type IndexName = "first" | "second";

/**
 * A read-model record, owned by exactly one stream and carrying that stream's version; a projected
 * counter (projection/projected-counter.ts), which events of many streams change, carries a version of its
 * own that fences its writes.
 * A `null` body is a tombstone: the document was removed, its version stays so a late write cannot revive it.
 */
export interface StoredDocument<Body = unknown> {
  key: DocumentKey;
  version: number;
  body: Body | null;
  indexes: Partial<Record<IndexName, IndexKey>>;
}

/** The version the caller read, or "absent" when it read nothing. */
export type ExpectedDocumentVersion = number | "absent";

/** One conditional put of a batch. */
export interface DocumentWrite {
  document: StoredDocument;
  expectedVersion: ExpectedDocumentVersion;
}

/** One change of `overwriteMany`: a document written as given, or a document removed (leaving no tombstone). */
export type DocumentOverwrite = { document: StoredDocument } | { remove: DocumentKey };

export interface PutManyResult {
  /** The writes not applied because their document was not at the expected version; every other write was applied. */
  conflicts: DocumentVersionConflict[];
}

export interface SortRange {
  /** Inclusive lower bound. */
  from?: string;
  /** Inclusive upper bound. */
  to?: string;
  /** Only sort values starting with this; not combined with from/to. */
  beginsWith?: string;
}

export interface DocumentQuery {
  partition: string;
  range?: SortRange;
  /** An integer from 1 to 1,000 (default 50); anything else is an `InvalidDocumentQuery`, not a silent clamp. */
  limit?: number;
  /** From the previous page of this same query (index, partition, range and order); the limit may change. */
  cursor?: string;
  /** Sort values compare by Unicode code point (UTF-8 byte order) on every store. Default ascending. */
  order?: "ascending" | "descending";
}

export interface DocumentPage<Body = unknown> {
  documents: StoredDocument<Body>[];
  /** Opaque; pass it back for the next page. Absent on the last page, so a page with a cursor is never the end. */
  cursor?: string;
}

/**
 * Read models. Every adapter passes the contract suite in `contract.ts`.
 * Input is checked before anything is stored, the same way on every store: a malformed key, version or
 * body (anything JSON would not give back as it was) throws `InvalidDocument`, a document over
 * `maximumDocumentBytes` throws `DocumentTooLarge`, a malformed query `InvalidDocumentQuery`, and a
 * cursor not issued for the query `InvalidCursor`.
 */
export interface DocumentStore {
  get<Body = unknown>(key: DocumentKey): Promise<StoredDocument<Body> | undefined>;
  /** Many documents in one round trip, in the order of `keys` (undefined where none). */
  getMany<Body = unknown>(keys: readonly DocumentKey[]): Promise<(StoredDocument<Body> | undefined)[]>;
  /** Writes the document if it is still at `expectedVersion`; throws `DocumentVersionConflict` otherwise. */
  put(document: StoredDocument, options: { expectedVersion: ExpectedDocumentVersion }): Promise<void>;
  /**
   * Many puts, each checked on its own exactly as `put` checks it, in as few round trips as the store allows.
   * Conflicts are returned, not thrown, because the other writes were applied regardless.
   * Not a transaction: SQLite happens to apply the batch at once, DynamoDB writes in parallel, so a reader
   * may see part of a batch, and if the store fails midway any part may have been applied (each write
   * stays conditional, so repeating the batch applies nothing twice). Invalid input throws before
   * anything is written; a batch writes each document at most once.
   */
  putMany(writes: readonly DocumentWrite[]): Promise<PutManyResult>;
  /**
   * Writes each document as given and removes each key, whatever the store holds there: no version is
   * checked, so nothing is read first. For an offline rebuild alone, which no other writer runs beside (a
   * fold it overwrites would be lost). In as few round trips as the store allows (SQLite: one commit;
   * DynamoDB: BatchWriteItem), and no more a transaction than `putMany` is. Invalid input throws before
   * anything is written; a batch names each key at most once.
   */
  overwriteMany(changes: readonly DocumentOverwrite[]): Promise<void>;
  /** Removes the document if it is still at `expectedVersion`; throws `DocumentVersionConflict` otherwise. */
  delete(key: DocumentKey, options: { expectedVersion: number }): Promise<void>;
  /**
   * Documents of one partition of the primary key or of a secondary index, in sort order; documents with
   * equal index sort values come in a stable order, so paging returns each exactly once.
   */
  query<Body = unknown>(index: "primary" | IndexName, query: DocumentQuery): Promise<DocumentPage<Body>>;
  /** Every document, in pages and no particular order: for comparisons, exports and clean-ups. */
  scan(options?: { cursor?: string; limit?: number }): Promise<DocumentPage>;
  /** Lets go of what the store made itself; the database or client it was given stays open for its owner. */
  close(): Promise<void>;
}
