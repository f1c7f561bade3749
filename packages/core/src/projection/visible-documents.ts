import type { DocumentStore, StoredDocument } from "../documents/document-store";
import { isCounterBody } from "./projected-counter";
import { isQuarantineRecord } from "./quarantine";

/** Every document the store holds, tombstones and bookkeeping included, read page by page. */
export async function everyDocument(documents: DocumentStore): Promise<StoredDocument[]> {
  const all: StoredDocument[] = [];
  let cursor: string | undefined;
  do {
    const page = await documents.scan({ cursor, limit: 500 });
    all.push(...page.documents);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

/**
 * Everything a reader can see, in key order: live documents, and the checkpoints' versions. Tombstones
 * are invisible, and so are quarantine records, which say when and how a fold failed (a rebuild that meets
 * the same poison records it at another moment). Of a projected counter a reader sees its count, and an
 * absent counter counts 0: its fence and the writes it holds depend on how the writes came.
 */
export async function visibleDocuments(documents: DocumentStore): Promise<StoredDocument[]> {
  return (await everyDocument(documents))
    .filter((document) => document.body !== null && !isQuarantineRecord(document))
    .flatMap(({ key, version, body, indexes }) =>
      isCounterBody(body)
        ? body.count === 0
          ? []
          : [{ key, version: 0, body: { count: body.count }, indexes: {} }]
        : [{ key, version, body, indexes }],
    )
    .sort((left, right) =>
      `${left.key.partition}\u0000${left.key.sort}` < `${right.key.partition}\u0000${right.key.sort}`
        ? -1
        : 1,
    );
}
