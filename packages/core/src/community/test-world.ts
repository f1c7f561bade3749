/** A community context on real SQLite stores, projected as it is appended to, for this folder's tests. */
import { fixedClock } from "../clock/clock";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { type SqliteEventStore, sqliteEventStore } from "../eventstore/sqlite";
import { projector } from "../projection/projector";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";
import { type CommunityModule, communityModule } from "./commands";
import { communityProjections } from "./documents";
import { communityEventTypes } from "./events";

export interface CommunityWorld {
  database: SqliteDatabase;
  log: SqliteEventStore;
  documents: DocumentStore;
  communities: CommunityModule;
  clock: ReturnType<typeof fixedClock>;
  close(): void;
}

export function communityWorld(): CommunityWorld {
  const database = openDatabase(":memory:");
  const log = sqliteEventStore(database, eventCatalog(...communityEventTypes));
  const documents = sqliteDocumentStore(database);
  const project = projector({ store: log, documents, projections: communityProjections });
  // As the local host's bus does: every append is projected before it returns.
  const projecting: EventStore = {
    ...log,
    async append(streamId, events, options) {
      const result = await log.append(streamId, events, options);
      await project.handle({ streamId, version: result.nextExpectedVersion });
      return result;
    },
  };
  const clock = fixedClock("2026-05-01T10:00:00.000Z");
  const communities = communityModule({
    store: projecting,
    documents,
    clock,
    idempotency: sqliteIdempotencyStore(database),
  });
  return { database, log, documents, communities, clock, close: () => database.close() };
}
