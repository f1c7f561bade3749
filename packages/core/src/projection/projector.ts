import { inParallel } from "../concurrency/in-parallel";
import type { DocumentKey, DocumentStore, StoredDocument } from "../documents/document-store";
import { DocumentVersionConflict } from "../documents/errors";
import { categoryOf } from "../eventstore/append-encoding";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventStore } from "../eventstore/event-store";
import type { Projection, StreamNotification } from "./projection";

/**
 * Where the projector keeps how far it has folded a stream for one projection: the folded state (to go on
 * from there), the keys of the documents that state owns and of those it removed, and, as the document's
 * version, the stream version it folded to. It lives in the stream's own partition, beside its documents.
 *
 * The checkpoint is claimed before the documents are written and marked complete after: the claims form
 * one chain per stream (each conditional on the one before), so every fold knows exactly which documents
 * its predecessor owned, and a fold that loses the race writes nothing. A crash between claim and
 * completion is finished by the next notification.
 */
interface Checkpoint {
  state: unknown;
  keys: DocumentKey[];
  removed: DocumentKey[];
  complete: boolean;
}

export const checkpointKey = (projection: Pick<Projection, "name">, streamId: string): DocumentKey => ({
  partition: streamId,
  sort: `projection#${projection.name}`,
});

export const isCheckpoint = (document: StoredDocument): boolean =>
  document.key.sort.startsWith("projection#");

export interface RebuildProgress {
  streamsDone: number;
  streamsTotal: number;
  eventsDone: number;
}

export interface ProjectorOptions {
  store: EventStore;
  documents: DocumentStore;
  projections: readonly Projection[];
}

export interface Projector {
  /** Brings every projection of the notified stream up to at least the notified version. */
  handle(notification: StreamNotification): Promise<void>;
  /** Folds every stream the projections read again, from its first event, and rewrites their documents. */
  rebuild(options?: {
    concurrency?: number;
    onProgress?: (progress: RebuildProgress) => void;
  }): Promise<RebuildProgress>;
}

const keyOf = (key: DocumentKey): string => `${key.partition}\u0000${key.sort}`;

/** A projector gives up on a stream only when writers keep overtaking it, which means they did its work. */
const maximumAttempts = 10;

export function projector({ store, documents, projections }: ProjectorOptions): Projector {
  const names = new Set<string>();
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`projection ${projection.name} is registered twice`);
    names.add(projection.name);
  }
  const projectionsOf = (streamId: string) =>
    projections.filter((projection) => projection.categories.includes(categoryOf(streamId)));

  /**
   * Writes the document unless the store already holds it at a version at least as new: a slow worker
   * holding an older fold can never overwrite a newer one, whatever order notifications arrive in.
   * `replaceEqual` lets a rebuild rewrite documents at the same version (the projection's code may have changed).
   */
  async function writeIfNewer(document: StoredDocument, replaceEqual: boolean): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const current = await documents.get(document.key);
      if (
        current &&
        (current.version > document.version || (current.version === document.version && !replaceEqual))
      )
        return;
      try {
        await documents.put(document, { expectedVersion: current ? current.version : "absent" });
        return;
      } catch (error) {
        if (!(error instanceof DocumentVersionConflict) || attempt >= maximumAttempts) throw error;
      }
    }
  }

  /** Writes the documents a checkpoint's state owns, and tombstones for those it removed. */
  async function writeDocuments(
    projection: Projection,
    streamId: string,
    checkpoint: Checkpoint,
    version: number,
    replaceEqual: boolean,
  ): Promise<void> {
    await Promise.all([
      ...projection
        .documents(checkpoint.state, streamId)
        .map((document) =>
          writeIfNewer(
            { key: document.key, version, body: document.body, indexes: document.indexes ?? {} },
            replaceEqual,
          ),
        ),
      // A removed document stays as a tombstone at this version, so a late fold of an older version cannot revive it.
      ...checkpoint.removed.map((key) =>
        writeIfNewer({ key, version, body: null, indexes: {} }, replaceEqual),
      ),
    ]);
  }

  /** Folds `events` on from `previous` and describes the result as the next checkpoint in the chain. */
  function nextCheckpoint(
    projection: Projection,
    streamId: string,
    previous: Checkpoint | null | undefined,
    events: readonly EventEnvelope[],
  ): Checkpoint {
    const state = events.reduce(
      (current, event) => projection.evolve(current, event),
      previous ? previous.state : projection.initialState,
    );
    const keys = projection.documents(state, streamId).map((document) => document.key);
    const owned = new Set(keys.map(keyOf));
    // Removals an unfinished predecessor never wrote are carried on, so a crash cannot leave them live.
    const before = previous ? [...previous.keys, ...(previous.complete ? [] : previous.removed)] : [];
    const removed = [
      ...new Map(before.filter((key) => !owned.has(keyOf(key))).map((key) => [keyOf(key), key])).values(),
    ];
    return { state, keys, removed, complete: false };
  }

  async function complete(projection: Projection, streamId: string, checkpoint: Checkpoint, version: number) {
    try {
      await documents.put(
        {
          key: checkpointKey(projection, streamId),
          version,
          body: { ...checkpoint, complete: true },
          indexes: {},
        },
        { expectedVersion: version },
      );
    } catch (error) {
      // A newer fold already moved the checkpoint on: it owns completion now.
      if (!(error instanceof DocumentVersionConflict)) throw error;
    }
  }

  async function catchUp(projection: Projection, streamId: string, version: number): Promise<void> {
    const key = checkpointKey(projection, streamId);
    for (let attempt = 0; attempt < maximumAttempts; attempt++) {
      const stored = await documents.get<Checkpoint>(key);
      const previous = stored?.body;
      const folded = stored?.version ?? 0;
      if (stored && previous && folded >= version) {
        if (previous.complete) return;
        await writeDocuments(projection, streamId, previous, folded, false);
        await complete(projection, streamId, previous, folded);
        return;
      }
      const events = await store.readStream(streamId, { after: folded });
      const last = events.at(-1);
      if (!last) return;
      const checkpoint = nextCheckpoint(projection, streamId, previous, events);
      try {
        await documents.put(
          { key, version: last.version, body: checkpoint, indexes: {} },
          { expectedVersion: stored ? stored.version : "absent" },
        );
      } catch (error) {
        // Another fold claimed the next link first: look again, it may already cover this version.
        if (error instanceof DocumentVersionConflict) continue;
        throw error;
      }
      await writeDocuments(projection, streamId, checkpoint, last.version, false);
      await complete(projection, streamId, checkpoint, last.version);
      return;
    }
  }

  async function refold(streamId: string, events: readonly EventEnvelope[]): Promise<void> {
    const last = events.at(-1);
    if (!last) return;
    await Promise.all(
      projectionsOf(streamId).map(async (projection) => {
        const key = checkpointKey(projection, streamId);
        const previous = await documents.get<Checkpoint>(key);
        const folded = nextCheckpoint(projection, streamId, null, events);
        const owned = new Set(folded.keys.map(keyOf));
        const before = previous?.body ? [...previous.body.keys, ...previous.body.removed] : [];
        const checkpoint = { ...folded, removed: before.filter((stale) => !owned.has(keyOf(stale))) };
        await writeIfNewer({ key, version: last.version, body: checkpoint, indexes: {} }, true);
        await writeDocuments(projection, streamId, checkpoint, last.version, true);
        await complete(projection, streamId, checkpoint, last.version);
      }),
    );
  }

  return {
    async handle(notification) {
      await Promise.all(
        projectionsOf(notification.streamId).map((projection) =>
          catchUp(projection, notification.streamId, notification.version),
        ),
      );
    },

    async rebuild({ concurrency = 8, onProgress } = {}) {
      const categories = [...new Set(projections.flatMap((projection) => projection.categories))];
      const streamIds: string[] = [];
      for (const category of categories) {
        let cursor: string | undefined;
        do {
          const page = await store.listStreams({ prefix: `${category}-`, limit: 1000, cursor });
          streamIds.push(...page.streamIds);
          cursor = page.cursor;
        } while (cursor);
      }
      const progress: RebuildProgress = { streamsDone: 0, streamsTotal: streamIds.length, eventsDone: 0 };
      onProgress?.({ ...progress });
      await inParallel(streamIds, concurrency, async (streamId) => {
        const events = await store.readStream(streamId);
        await refold(streamId, events);
        progress.streamsDone++;
        progress.eventsDone += events.length;
        onProgress?.({ ...progress });
      });
      return progress;
    },
  };
}
