import type {
  DocumentKey,
  DocumentOverwrite,
  DocumentWrite,
  ExpectedDocumentVersion,
  IndexKey,
  IndexName,
  StoredDocument,
} from "./document-store";
import { DocumentTooLarge, InvalidDocument } from "./errors";

/**
 * One document fits one DynamoDB item (400 KB) with headroom for attribute names and the version;
 * SQLite holds the same line so that both stores accept exactly the same documents.
 * Counted: the UTF-8 bytes of the body's JSON, the key and the index keys.
 */
export const maximumDocumentBytes = 350 * 1024;

// DynamoDB's limits on key attributes (table and index keys alike), held on SQLite too.
export const maximumPartitionBytes = 2048;
export const maximumSortBytes = 1024;

export const indexNames: readonly IndexName[] = ["first", "second"];

/** A document checked and serialised, ready for any adapter to store. */
export interface EncodedDocument {
  partition: string;
  sort: string;
  version: number;
  /** The body as JSON text; "null" for a tombstone. */
  body: string;
  first: IndexKey | undefined;
  second: IndexKey | undefined;
}

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;

// With the u flag a well-formed surrogate pair is one code point, so only lone halves match.
const loneSurrogate = /[\uD800-\uDFFF]/u;

/**
 * Key strings must be non-empty (DynamoDB rejects empty key attributes) and well-formed Unicode
 * (both stores keep UTF-8, where a lone surrogate would silently become U+FFFD and two keys could collide).
 */
export function assertKeyString(value: unknown, name: string, maximumBytes: number): asserts value is string {
  if (typeof value !== "string")
    throw new InvalidDocument(`${name} must be a string, not ${describe(value)}`);
  if (value.length === 0) throw new InvalidDocument(`${name} must not be empty`);
  if (value.length * 3 > maximumBytes && Buffer.byteLength(value) > maximumBytes)
    throw new InvalidDocument(`${name} is longer than ${maximumBytes} bytes`);
  if (loneSurrogate.test(value)) throw new InvalidDocument(`${name} is not well-formed Unicode`);
}

export function assertDocumentKey(key: unknown, name = "key"): asserts key is DocumentKey {
  if (key === null || typeof key !== "object")
    throw new InvalidDocument(`${name} must be an object, not ${describe(key)}`);
  const { partition, sort } = key as Record<string, unknown>;
  assertKeyString(partition, `${name}.partition`, maximumPartitionBytes);
  assertKeyString(sort, `${name}.sort`, maximumSortBytes);
}

const isVersion = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

export function assertExpectedVersion(
  expectedVersion: unknown,
  options: { absentAllowed: boolean },
): asserts expectedVersion is ExpectedDocumentVersion {
  if (isVersion(expectedVersion)) return;
  if (options.absentAllowed && expectedVersion === "absent") return;
  throw new InvalidDocument(
    `expectedVersion must be a non-negative integer${options.absentAllowed ? ' or "absent"' : ""}, not ${JSON.stringify(expectedVersion) ?? String(expectedVersion)}`,
  );
}

function encodeIndexKey(indexes: Record<string, unknown>, name: IndexName): IndexKey | undefined {
  const indexKey = indexes[name];
  if (indexKey === undefined || indexKey === null) return undefined;
  if (typeof indexKey !== "object")
    throw new InvalidDocument(`indexes.${name} must be an object, not ${describe(indexKey)}`);
  const { partition, sort } = indexKey as Record<string, unknown>;
  assertKeyString(partition, `indexes.${name}.partition`, maximumPartitionBytes);
  assertKeyString(sort, `indexes.${name}.sort`, maximumSortBytes);
  return { partition, sort };
}

const maximumDepth = 1000;

interface NonJson {
  path: (string | number)[];
  problem: string;
}

/**
 * Finds the first value JSON would not give back as it was: non-finite numbers (stringified as null),
 * functions, symbols and bigints, class instances such as Date or Map (stringified to something else),
 * holes and undefined in arrays (null on the way back). An undefined object property is accepted: JSON
 * drops it, which is what an absent optional field means anyway. Depth stands in for cycle detection
 * (a set of ancestors would cost a third of a write), and nothing real nests a thousand levels deep.
 */
function findNonJson(value: unknown, depth: number): NonJson | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value)
        ? undefined
        : { path: [], problem: `is ${value}, which JSON cannot hold` };
    case "object": {
      if (value === null) return undefined;
      if (depth > maximumDepth)
        return { path: [], problem: `nests deeper than ${maximumDepth} levels, or refers back to itself` };
      return Array.isArray(value)
        ? findNonJsonInArray(value, depth + 1)
        : findNonJsonInObject(value, depth + 1);
    }
    default:
      return { path: [], problem: `is ${typeof value === "undefined" ? "undefined" : `a ${typeof value}`}` };
  }
}

function findNonJsonInArray(array: unknown[], depth: number): NonJson | undefined {
  for (let index = 0; index < array.length; index++) {
    const item = array[index];
    const found =
      item === undefined
        ? { path: [], problem: "is undefined (or a hole), which JSON turns into null" }
        : findNonJson(item, depth);
    if (found) {
      found.path.unshift(index);
      return found;
    }
  }
  return undefined;
}

function findNonJsonInObject(object: object, depth: number): NonJson | undefined {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null)
    return {
      path: [],
      problem: `is a ${prototype?.constructor?.name ?? "class instance"}; store plain data (e.g. an ISO string for a Date)`,
    };
  for (const name in object) {
    const property = (object as Record<string, unknown>)[name];
    if (property === undefined) continue;
    const found = findNonJson(property, depth);
    if (found) {
      found.path.unshift(name);
      return found;
    }
  }
  return undefined;
}

const formatPath = (path: readonly (string | number)[]): string =>
  `body${path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("")}`;

function encodeBody(body: unknown): string {
  if (body === null) return "null";
  if (body === undefined) throw new InvalidDocument("body is undefined; a tombstone's body is null");
  const found = findNonJson(body, 0);
  if (found) throw new InvalidDocument(`${formatPath(found.path)} ${found.problem}`);
  return JSON.stringify(body);
}

/**
 * The document's size in UTF-8 bytes when it is over the limit, else undefined. Counting bytes costs
 * as much as validating the body, so it is done only when the UTF-16 length (a unit is at most
 * 3 bytes) says the limit is within reach.
 */
function bytesOverLimit(parts: readonly string[]): number | undefined {
  let units = 0;
  for (const part of parts) units += part.length;
  if (units * 3 <= maximumDocumentBytes) return undefined;
  let bytes = 0;
  for (const part of parts) bytes += Buffer.byteLength(part);
  return bytes > maximumDocumentBytes ? bytes : undefined;
}

/** The bytes the document limit counts: the body's JSON and every key string, as `encodeDocument` counts them. */
export function documentBytes(document: StoredDocument): number {
  const encoded = encodeDocument(document);
  return [encoded.body, encoded.partition, encoded.sort, encoded.first, encoded.second]
    .flatMap((part) =>
      part === undefined ? [] : typeof part === "string" ? [part] : [part.partition, part.sort],
    )
    .reduce((sum, part) => sum + Buffer.byteLength(part), 0);
}

/**
 * Validates a document before any adapter touches storage, so bad input is rejected the same way
 * everywhere and nothing is written.
 */
export function encodeDocument(document: StoredDocument): EncodedDocument {
  if (document === null || typeof document !== "object")
    throw new InvalidDocument(`a document must be an object, not ${describe(document)}`);
  const { key, version } = document;
  assertDocumentKey(key);
  if (!isVersion(version))
    throw new InvalidDocument(
      `version must be a non-negative integer, not ${JSON.stringify(version) ?? String(version)}`,
    );
  const indexes = (document.indexes ?? {}) as Record<string, unknown>;
  if (typeof indexes !== "object" || Array.isArray(indexes))
    throw new InvalidDocument(`indexes must be an object, not ${describe(indexes)}`);
  for (const name of Object.keys(indexes))
    if (!indexNames.includes(name as IndexName))
      throw new InvalidDocument(
        `${JSON.stringify(name)} is not an index; the indexes are ${indexNames.join(", ")}`,
      );
  const first = encodeIndexKey(indexes, "first");
  const second = encodeIndexKey(indexes, "second");
  const body = encodeBody(document.body);
  const parts = [body, key.partition, key.sort];
  if (first) parts.push(first.partition, first.sort);
  if (second) parts.push(second.partition, second.sort);
  const bytes = bytesOverLimit(parts);
  if (bytes !== undefined) throw new DocumentTooLarge(key, bytes, maximumDocumentBytes);
  return { partition: key.partition, sort: key.sort, version, body, first, second };
}

/** Checks a whole batch first, so that one bad write leaves the store untouched. */
export function encodeWrites(
  writes: readonly DocumentWrite[],
): { encoded: EncodedDocument; expectedVersion: ExpectedDocumentVersion }[] {
  if (!Array.isArray(writes)) throw new InvalidDocument(`writes must be an array, not ${describe(writes)}`);
  const seen = new Set<string>();
  return writes.map((write) => {
    if (write === null || typeof write !== "object")
      throw new InvalidDocument(`a write must be an object, not ${describe(write)}`);
    assertExpectedVersion(write.expectedVersion, { absentAllowed: true });
    const encoded = encodeDocument(write.document);
    // Two writes to one document would race on DynamoDB, where the batch runs in parallel.
    const identity = keyIdentity(write.document.key);
    if (seen.has(identity))
      throw new InvalidDocument(
        `document ${encoded.partition}/${encoded.sort} is written twice in one batch; write it once`,
      );
    seen.add(identity);
    return { encoded, expectedVersion: write.expectedVersion };
  });
}

/** A checked change of `overwriteMany`: a document to write, or a key to remove. */
export type EncodedOverwrite = { encoded: EncodedDocument } | { remove: DocumentKey };

/** Checks a whole batch of overwrites first, as `encodeWrites` checks writes. */
export function encodeOverwrites(changes: readonly DocumentOverwrite[]): EncodedOverwrite[] {
  if (!Array.isArray(changes))
    throw new InvalidDocument(`changes must be an array, not ${describe(changes)}`);
  const seen = new Set<string>();
  return changes.map((change): EncodedOverwrite => {
    if (change === null || typeof change !== "object")
      throw new InvalidDocument(`a change must be an object, not ${describe(change)}`);
    let encoded: EncodedOverwrite;
    if ("remove" in change) {
      assertDocumentKey(change.remove, "remove");
      encoded = { remove: { partition: change.remove.partition, sort: change.remove.sort } };
    } else encoded = { encoded: encodeDocument(change.document) };
    const key = "remove" in encoded ? encoded.remove : encoded.encoded;
    // As for putMany: DynamoDB refuses one key twice in a batch.
    const identity = keyIdentity(key);
    if (seen.has(identity))
      throw new InvalidDocument(
        `document ${key.partition}/${key.sort} is changed twice in one batch; change it once`,
      );
    seen.add(identity);
    return encoded;
  });
}

/** A string that tells keys apart, for maps and sets: the length prefix keeps ("ab","c") and ("a","bc") apart. */
export const keyIdentity = (key: DocumentKey): string =>
  `${key.partition.length}:${key.partition}${key.sort}`;

export function decodeBody(json: string | null): unknown {
  return json === null ? null : JSON.parse(json);
}
