import { inParallel } from "../concurrency/in-parallel";
import { KeyConflict } from "./errors";
import { allKeys, type KeyStore, type StoredKey } from "./key-store";

export interface KeysRestored {
  /** Keys put back (or found there already, the same). */
  restored: number;
  /** Keys of the backup left out, and keys deleted from the store, because the log says their subject was erased. */
  erasedAgain: number;
}

/**
 * Refuses, before anything is written, a key backup that holds a different key for a subject than the
 * store does: putting it back would fail halfway (see `KeyStore.restore`).
 */
export async function assertKeysRestorable(store: KeyStore, backedUp: readonly StoredKey[]): Promise<void> {
  const wanted = new Map(backedUp.map(({ subjectId, key }) => [subjectId, key]));
  for await (const { subjectId, key } of allKeys(store)) {
    const backedUpKey = wanted.get(subjectId);
    if (backedUpKey && !backedUpKey.equals(key)) throw new KeyConflict(subjectId);
  }
}

/**
 * Puts back the backed-up keys, except those of subjects the log says were erased, and deletes any key
 * such a subject still has: a key backup older than an erasure must not bring the subject back. The
 * erased subjects' keys are left out rather than put back and deleted, so that no moment (and no crash)
 * leaves them in the store.
 */
export async function restoreKeys(
  store: KeyStore,
  backedUp: readonly StoredKey[],
  erased: ReadonlySet<string>,
  concurrency = 8,
): Promise<KeysRestored> {
  const kept = backedUp.filter(({ subjectId }) => !erased.has(subjectId));
  await inParallel(kept, concurrency, ({ subjectId, key }) => store.restore(subjectId, key));
  const erasedAgain = new Set(
    backedUp.map(({ subjectId }) => subjectId).filter((subjectId) => erased.has(subjectId)),
  );
  for (const subjectId of erased)
    if (await store.get(subjectId)) {
      await store.delete(subjectId);
      erasedAgain.add(subjectId);
    }
  return { restored: kept.length, erasedAgain: erasedAgain.size };
}
