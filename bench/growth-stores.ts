import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IdempotencyStore } from "@meetstream/core/decider";
import type { DocumentStore } from "@meetstream/core/documents";
import { documentBytes } from "@meetstream/core/documents";
import type { EventStore } from "@meetstream/core/eventstore";
import { eventCatalog } from "@meetstream/core/eventstore";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { projector } from "@meetstream/core/projection/projector";
import type { SnapshotStore } from "@meetstream/core/snapshot/snapshot-store";
import { inProcessBus } from "@meetstream/functions/local/in-process-bus";
import { openLocalStores } from "@meetstream/functions/stores/local-stores";
import { sqliteProjectorPosition } from "@meetstream/functions/stores/projector-position";

/** What the stores were asked to write, in items (a batch of ten documents is ten items, as DynamoDB bills it). */
export interface WriteCounts {
  events: number;
  documents: number;
  snapshots: number;
  idempotencyRecords: number;
  /** The largest document or snapshot written, in bytes (body and keys, as the limit counts them). */
  largestItemBytes: number;
}

export const nothingWritten = (): WriteCounts => ({
  events: 0,
  documents: 0,
  snapshots: 0,
  idempotencyRecords: 0,
  largestItemBytes: 0,
});

export interface GrowthStores {
  /** The event store whose appends are projected before they return, as the local host wires it. */
  store: EventStore;
  documents: DocumentStore;
  snapshots: SnapshotStore;
  idempotency: IdempotencyStore;
  /** Everything written so far; subtract two readings for what happened between them. */
  written(): WriteCounts;
  /** Projections and snapshots that failed: the host logs them and goes on, a benchmark must not. */
  failures(): string[];
  close(): void;
}

/**
 * The local host's stores and in-process bus (one SQLite file in a temporary folder; every append projected
 * before it returns), with every write counted: events appended, documents put or deleted, snapshots saved
 * and idempotency records kept.
 */
export async function growthStores(): Promise<GrowthStores> {
  const folder = mkdtempSync(join(tmpdir(), "meetstream-growth-"));
  const stores = openLocalStores(folder, eventCatalog(...meetstreamEventTypes));
  const counts = nothingWritten();
  const failures: string[] = [];
  const noteItem = (bytes: number) => {
    counts.largestItemBytes = Math.max(counts.largestItemBytes, bytes);
  };

  const documents: DocumentStore = {
    ...stores.documents,
    async put(document, options) {
      await stores.documents.put(document, options);
      counts.documents++;
      noteItem(documentBytes(document));
    },
    async putMany(writes) {
      const result = await stores.documents.putMany(writes);
      counts.documents += writes.length - result.conflicts.length;
      for (const { document } of writes) noteItem(documentBytes(document));
      return result;
    },
    async delete(key, options) {
      await stores.documents.delete(key, options);
      counts.documents++;
    },
  };
  const counted: EventStore = {
    ...stores.events,
    async append(streamId, events, options) {
      const result = await stores.events.append(streamId, events, options);
      counts.events += events.length;
      return result;
    },
  };
  const snapshots: SnapshotStore = {
    latest: (streamId) => stores.snapshots.latest(streamId),
    async save(snapshot) {
      try {
        await stores.snapshots.save(snapshot);
      } catch (error) {
        failures.push(`snapshot of ${snapshot.streamId} at ${snapshot.version}: ${String(error)}`);
        throw error;
      }
      counts.snapshots++;
      noteItem(snapshot.state.byteLength);
    },
  };
  const idempotency: IdempotencyStore = {
    once(key, payload, work) {
      counts.idempotencyRecords++;
      return stores.idempotency.once(key, payload, work);
    },
  };

  const bus = inProcessBus({
    log: stores.events,
    projector: projector({ store: stores.events, documents, projections: meetstreamProjections }),
    position: sqliteProjectorPosition(stores.database),
    onError: (error) => failures.push(`projection: ${String(error)}`),
  });
  return {
    store: bus.notifying(counted),
    documents,
    snapshots,
    idempotency,
    written: () => ({ ...counts }),
    failures: () => [...failures],
    close() {
      stores.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** What was written between two readings, per command. */
export function writesPer(before: WriteCounts, after: WriteCounts, commands: number) {
  const per = (field: keyof Omit<WriteCounts, "largestItemBytes">) =>
    Math.round(((after[field] - before[field]) / commands) * 100) / 100;
  return {
    events: per("events"),
    documents: per("documents"),
    snapshots: per("snapshots"),
    idempotencyRecords: per("idempotencyRecords"),
  };
}
