/** A community context on real SQLite stores, projected as it is appended to, for this folder's tests. */
import type { fixedClock } from "../clock/clock";
import type { DocumentStore } from "../documents/document-store";
import type { SqliteEventStore } from "../eventstore/sqlite";
import type { SqliteDatabase } from "../sqlite/database";
import { projectedWorld } from "../testing/projected-world";
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
  const { database, log, store, documents, clock, idempotency, close } = projectedWorld({
    eventTypes: communityEventTypes,
    projections: communityProjections,
    now: "2026-05-01T10:00:00.000Z",
  });
  const communities = communityModule({ store, documents, clock, idempotency });
  return { database, log, documents, communities, clock, close };
}
