import type { DocumentStore } from "@meetstream/core/documents";
import { isCheckpoint, isFoldedState, type Projector } from "@meetstream/core/projection/projector";
import type { ProjectorPosition } from "../stores/projector-position";

/**
 * Refolds every stream whose checkpoint still holds the folded state the projector kept before documents
 * carried their own versions. The projector refolds such a stream when its next event comes; until then
 * its documents are in the old shapes, and what now lives in documents of its own (a meetup's waitlist,
 * its timeline) is missing: a store written by the old code would show wrong pages. The local host runs it
 * once per data folder (`done` is 1 then, so later starts do not scan the documents again); `pnpm cli
 * migrate` runs it on DynamoDB tables, where no host starts.
 *
 * Returns how many streams were refolded.
 */
export async function refoldFoldedCheckpoints(options: {
  documents: DocumentStore;
  projector: Projector;
  done?: ProjectorPosition;
}): Promise<number> {
  if ((options.done?.read() ?? 0) >= 1) return 0;
  const streams = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await options.documents.scan({ cursor, limit: 500 });
    for (const document of page.documents)
      if (isCheckpoint(document) && isFoldedState(document.body))
        streams.set(
          document.key.partition,
          Math.max(streams.get(document.key.partition) ?? 0, document.version),
        );
    cursor = page.cursor;
  } while (cursor);
  for (const [streamId, version] of streams) await options.projector.handle({ streamId, version });
  options.done?.write(1);
  return streams.size;
}
