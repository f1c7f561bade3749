import { createHash } from "node:crypto";
import { assertKeyString, indexNames, maximumPartitionBytes, maximumSortBytes } from "./document-encoding";
import type { DocumentQuery, IndexName, StoredDocument } from "./document-store";
import { InvalidCursor, InvalidDocumentQuery } from "./errors";

export type QueryIndex = "primary" | IndexName;

export const defaultPageLimit = 50;
export const maximumPageLimit = 1000;

/**
 * Where the previous page stopped: the last document's sort value in the queried index, then (on a
 * secondary index, where sort values repeat) its primary key, which makes the position unique.
 */
export type QueryPosition =
  | { index: "primary"; sort: string }
  | { index: IndexName; indexSort: string; partition: string; sort: string };

/** A query checked and brought to one form, ready for any adapter to run. */
export interface CheckedQuery {
  index: QueryIndex;
  partition: string;
  /** Inclusive; absent when every sort value qualifies. */
  from?: string;
  /** Inclusive. */
  to?: string;
  beginsWith?: string;
  descending: boolean;
  limit: number;
  /** True when the range can hold nothing (e.g. from after to), so no store needs asking. */
  empty: boolean;
  after?: QueryPosition;
  /** Identifies the query a cursor belongs to, so a cursor cannot be replayed against another one. */
  fingerprint: string;
}

/**
 * Orders strings by Unicode code point, which is the UTF-8 byte order both SQLite and DynamoDB use.
 * JavaScript's `<` compares UTF-16 units instead, and puts U+E000..U+FFFF after every astral character.
 */
export function compareCodePoints(left: string, right: string): number {
  const length = Math.min(left.length, right.length);
  for (let position = 0; position < length; position++) {
    const leftUnit = left.charCodeAt(position);
    const rightUnit = right.charCodeAt(position);
    if (leftUnit !== rightUnit) return codePointOrder(leftUnit) - codePointOrder(rightUnit);
  }
  return left.length - right.length;
}

// Moves surrogates above the rest of the BMP, which is where the astral characters they encode belong.
const codePointOrder = (unit: number): number =>
  unit >= 0xd800 ? (unit >= 0xe000 ? unit - 0x800 : unit + 0x2000) : unit;

export function checkLimit(limit: unknown): number {
  if (limit === undefined) return defaultPageLimit;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > maximumPageLimit)
    throw new InvalidDocumentQuery(
      `limit must be an integer from 1 to ${maximumPageLimit}, not ${JSON.stringify(limit) ?? String(limit)}`,
    );
  return limit;
}

/** Query strings meet the key rules (see `assertKeyString`), but break them as a query, not as a document. */
function checkKeyString(value: unknown, name: string, maximumBytes: number): string {
  try {
    assertKeyString(value, name, maximumBytes);
  } catch (error) {
    throw new InvalidDocumentQuery((error as Error).message);
  }
  return value;
}

/** A bound may be empty (see `checkRange` for what that means); otherwise it obeys the rules of the values it bounds. */
const checkBound = (value: unknown, name: string): string | undefined =>
  value === undefined || value === ""
    ? (value as "" | undefined)
    : checkKeyString(value, name, maximumSortBytes);

function checkRange(query: DocumentQuery) {
  const range = query.range ?? {};
  if (typeof range !== "object" || range === null) throw new InvalidDocumentQuery("range must be an object");
  // Every stored sort value is non-empty, so an empty `from` or prefix excludes nothing and an empty `to`
  // excludes everything; neither reaches DynamoDB, which rejects empty key values in a condition.
  const from = checkBound(range.from, "range.from") || undefined;
  const to = checkBound(range.to, "range.to");
  const beginsWith = checkBound(range.beginsWith, "range.beginsWith") || undefined;
  if (range.beginsWith !== undefined && (range.from !== undefined || range.to !== undefined))
    throw new InvalidDocumentQuery("range.beginsWith cannot be combined with range.from or range.to");
  const empty = to === "" || (from !== undefined && to !== undefined && compareCodePoints(from, to) > 0);
  return { from, to: to || undefined, beginsWith, empty };
}

const inRange = (value: string, query: CheckedQuery): boolean =>
  (query.from === undefined || compareCodePoints(value, query.from) >= 0) &&
  (query.to === undefined || compareCodePoints(value, query.to) <= 0) &&
  (query.beginsWith === undefined || value.startsWith(query.beginsWith));

export function checkQuery(index: QueryIndex, query: DocumentQuery): CheckedQuery {
  if (index !== "primary" && !indexNames.includes(index))
    throw new InvalidDocumentQuery(
      `${JSON.stringify(index)} is not an index; query "primary" or one of ${indexNames.join(", ")}`,
    );
  if (query === null || typeof query !== "object")
    throw new InvalidDocumentQuery("the query must be an object");
  checkKeyString(query.partition, "partition", maximumPartitionBytes);
  if (query.order !== undefined && query.order !== "ascending" && query.order !== "descending")
    throw new InvalidDocumentQuery(
      `order must be "ascending" or "descending", not ${JSON.stringify(query.order)}`,
    );
  const { from, to, beginsWith, empty } = checkRange(query);
  const descending = query.order === "descending";
  const checked: CheckedQuery = {
    index,
    partition: query.partition,
    from,
    to,
    beginsWith,
    descending,
    limit: checkLimit(query.limit),
    empty,
    fingerprint: fingerprintOf([index, query.partition, from, to, beginsWith, descending]),
  };
  if (query.cursor !== undefined)
    checked.after = positionOf(readCursor(query.cursor, checked.fingerprint), checked);
  return checked;
}

/** Fingerprints of recent queries: a page asked again (every request for a board) hashes nothing. */
const fingerprints = new Map<string, string>();
const maximumFingerprints = 1_000;

function fingerprintOf(parts: readonly unknown[]): string {
  const text = JSON.stringify(parts);
  let fingerprint = fingerprints.get(text);
  if (fingerprint === undefined) {
    fingerprint = createHash("sha256").update(text).digest("base64url").slice(0, 16);
    if (fingerprints.size >= maximumFingerprints) fingerprints.clear();
    fingerprints.set(text, fingerprint);
  }
  return fingerprint;
}

const scanFingerprint = "scan";

interface CursorContent {
  /** The fingerprint of the query that issued the cursor. */
  query: string;
  position: string[];
}

function writeCursor(content: CursorContent): string {
  return Buffer.from(JSON.stringify(content)).toString("base64url");
}

/** Decodes a cursor, rejecting anything this module did not write for this very query. */
function readCursor(cursor: unknown, fingerprint: string): string[] {
  // Buffer's decoder skips characters outside the alphabet, so check the text before trusting it.
  if (typeof cursor !== "string" || !/^[A-Za-z0-9_-]{1,12000}$/.test(cursor)) throw new InvalidCursor();
  let content: unknown;
  try {
    content = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    throw new InvalidCursor();
  }
  const { query, position } = (content ?? {}) as Partial<CursorContent>;
  if (query !== fingerprint || !Array.isArray(position)) throw new InvalidCursor();
  for (const part of position) {
    try {
      assertKeyString(part, "cursor", maximumPartitionBytes);
    } catch {
      throw new InvalidCursor();
    }
  }
  return position;
}

function positionOf(parts: string[], query: CheckedQuery): QueryPosition {
  if (query.index === "primary") {
    const [sort] = parts;
    if (parts.length !== 1 || sort === undefined || !inRange(sort, query)) throw new InvalidCursor();
    return { index: "primary", sort };
  }
  const [indexSort, partition, sort] = parts;
  if (parts.length !== 3 || indexSort === undefined || partition === undefined || sort === undefined)
    throw new InvalidCursor();
  // A position outside the range would make DynamoDB refuse the query, so refuse it the same way everywhere.
  if (!inRange(indexSort, query)) throw new InvalidCursor();
  return { index: query.index, indexSort, partition, sort };
}

/** The cursor that continues `query` after `document`, the last one on the page. */
export function queryCursorAfter(query: CheckedQuery, document: StoredDocument): string {
  if (query.index === "primary")
    return writeCursor({ query: query.fingerprint, position: [document.key.sort] });
  const indexKey = document.indexes[query.index];
  if (!indexKey)
    throw new Error(`document ${document.key.partition}/${document.key.sort} is not in the index`);
  return writeCursor({
    query: query.fingerprint,
    position: [indexKey.sort, document.key.partition, document.key.sort],
  });
}

export interface CheckedScan {
  limit: number;
  after?: { partition: string; sort: string };
}

export function checkScan(options: { cursor?: string; limit?: number } | undefined): CheckedScan {
  const limit = checkLimit(options?.limit);
  if (options?.cursor === undefined) return { limit };
  const parts = readCursor(options.cursor, scanFingerprint);
  const [partition, sort] = parts;
  if (parts.length !== 2 || partition === undefined || sort === undefined) throw new InvalidCursor();
  return { limit, after: { partition, sort } };
}

export function scanCursorAfter(document: StoredDocument): string {
  return writeCursor({ query: scanFingerprint, position: [document.key.partition, document.key.sort] });
}
