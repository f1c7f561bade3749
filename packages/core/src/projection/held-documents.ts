import type { DocumentKey, DocumentStore } from "../documents/document-store";
import { keyOf } from "./document-changes";

/** A document the store held, as far as a rebuild needs it: where it is and at which version. */
export interface HeldDocument {
  key: DocumentKey;
  version: number;
}

/**
 * The key and version of every document the store holds, tombstones and bookkeeping included, by
 * `keyOf` their key: what an offline rebuild replaces. Bodies are not kept, so a store of a million
 * documents costs a map of a million keys.
 */
export async function heldDocuments(documents: DocumentStore): Promise<Map<string, HeldDocument>> {
  const stored = new Map<string, HeldDocument>();
  let cursor: string | undefined;
  do {
    const page = await documents.scan({ cursor, limit: 1000 });
    for (const { key, version } of page.documents) stored.set(keyOf(key), { key, version });
    cursor = page.cursor;
  } while (cursor);
  return stored;
}
