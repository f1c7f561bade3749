import { InvalidSubjectId } from "./errors";

/** AES-256 keys: 32 bytes. */
export const keyBytes = 32;

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
}

const maximumSubjectIdLength = 200;

export function assertSubjectId(subjectId: string): void {
  if (typeof subjectId !== "string" || subjectId.length === 0 || subjectId.length > maximumSubjectIdLength)
    throw new InvalidSubjectId(subjectId);
}
