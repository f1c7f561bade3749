import { InvalidKey, InvalidSubjectId } from "./errors";

/** AES-256 keys: 32 bytes. */
export const keyBytes = 32;

/** A subject's key as a backup holds it. */
export interface StoredKey {
  subjectId: string;
  key: Buffer;
}

export interface KeyPage {
  keys: StoredKey[];
  /** Pass back to get the next page; absent on the last page. */
  cursor?: string;
}

/**
 * Keeps one secret key per data subject (a member), outside the event log: the log holds only what
 * that key encrypted, so deleting the key is what erases the subject's personal data from every copy of
 * the log at once (crypto-shredding). Every adapter passes the suite in `contract.ts`.
 */
export interface KeyStore {
  /** The subject's key, made now if it has none. Concurrent calls for one subject all get the same key. */
  create(subjectId: string): Promise<Buffer>;
  get(subjectId: string): Promise<Buffer | undefined>;
  /** Forgets the key for good; deleting a key that is not there does nothing. */
  delete(subjectId: string): Promise<void>;
  /** Every key, in pages of at most `limit` (default and at most 1,000), for backups. */
  list(options?: { cursor?: string; limit?: number }): Promise<KeyPage>;
  /**
   * Puts back a key as a backup holds it. The same key already there is left as it is; a different one
   * is never overwritten (`KeyConflict`): it seals data the backed-up key cannot open.
   */
  restore(subjectId: string, key: Buffer): Promise<void>;
}

export const maximumKeyPageSize = 1000;

export function keyPageSize(limit: number | undefined): number {
  if (limit === undefined) return maximumKeyPageSize;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`a key page holds at least 1 key, not ${limit}`);
  return Math.min(limit, maximumKeyPageSize);
}

/** Every key of the store, page by page. */
export async function* allKeys(keys: KeyStore): AsyncIterable<StoredKey> {
  let cursor: string | undefined;
  do {
    const page = await keys.list({ cursor });
    yield* page.keys;
    cursor = page.cursor;
  } while (cursor);
}

export function assertKey(subjectId: string, key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== keyBytes) throw new InvalidKey(subjectId);
}

const maximumSubjectIdLength = 200;

export function assertSubjectId(subjectId: string): void {
  if (typeof subjectId !== "string" || subjectId.length === 0 || subjectId.length > maximumSubjectIdLength)
    throw new InvalidSubjectId(subjectId);
}
