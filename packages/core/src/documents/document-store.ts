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
 * A read-model record, owned by exactly one stream and carrying that stream's version.
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
  /** Default 50, at most 1,000. */
  limit?: number;
  cursor?: string;
  order?: "ascending" | "descending";
}

export interface DocumentPage<Body = unknown> {
  documents: StoredDocument<Body>[];
  /** Opaque; pass it back for the next page. Absent on the last page. */
  cursor?: string;
}

/** Read models. Every adapter passes the contract suite in `contract.ts`. */
export interface DocumentStore {
  get<Body = unknown>(key: DocumentKey): Promise<StoredDocument<Body> | undefined>;
  /** Many documents in one round trip, in the order of `keys` (undefined where none). */
  getMany<Body = unknown>(keys: readonly DocumentKey[]): Promise<(StoredDocument<Body> | undefined)[]>;
  /** Writes the document if it is still at `expectedVersion`; throws `DocumentVersionConflict` otherwise. */
  put(document: StoredDocument, options: { expectedVersion: ExpectedDocumentVersion }): Promise<void>;
  /** Removes the document if it is still at `expectedVersion`; throws `DocumentVersionConflict` otherwise. */
  delete(key: DocumentKey, options: { expectedVersion: number }): Promise<void>;
  /** Documents of one partition of the primary key or of a secondary index, in sort order. */
  query<Body = unknown>(index: "primary" | IndexName, query: DocumentQuery): Promise<DocumentPage<Body>>;
  /** Every document, in pages and no particular order: for comparisons, exports and clean-ups. */
  scan(options?: { cursor?: string; limit?: number }): Promise<DocumentPage>;
  close(): Promise<void>;
}
