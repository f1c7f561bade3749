/** A member context on real SQLite stores, projected as it is appended to, for this folder's tests. */
import { fixedClock } from "../clock/clock";
import { sqliteIdempotencyStore } from "../decider/idempotency-sqlite";
import type { DocumentStore } from "../documents/document-store";
import { sqliteDocumentStore } from "../documents/sqlite";
import { eventCatalog } from "../eventstore/event-catalog";
import type { EventStore } from "../eventstore/event-store";
import { type SqliteEventStore, sqliteEventStore } from "../eventstore/sqlite";
import type { KeyStore } from "../keys/key-store";
import { personalDataStore } from "../keys/personal-data-store";
import { sqliteKeyStore } from "../keys/sqlite";
import { projector } from "../projection/projector";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";
import { type MemberModule, memberModule } from "./commands";
import { memberProjections } from "./documents";
import { memberEventTypes } from "./events";

export interface MemberWorld {
  database: SqliteDatabase;
  /** The bare log: what is actually stored. */
  log: SqliteEventStore;
  /** The log as the application reads it, personal data decrypted. */
  store: EventStore;
  keys: KeyStore;
  documents: DocumentStore;
  members: MemberModule;
  clock: ReturnType<typeof fixedClock>;
  /** Every stream id in the log. */
  streamIds(prefix?: string): Promise<string[]>;
  close(): void;
}

export const emailSecret = "a server secret that is long enough to count";

export function memberWorld(): MemberWorld {
  const database = openDatabase(":memory:");
  const log = sqliteEventStore(database, eventCatalog(...memberEventTypes));
  const keys = sqliteKeyStore(database);
  const store = personalDataStore(log, keys, memberEventTypes);
  const documents = sqliteDocumentStore(database);
  const project = projector({ store, documents, projections: memberProjections });
  // As the local host's bus does: every append is projected before it returns.
  const projecting: EventStore = {
    ...store,
    async append(streamId, events, options) {
      const result = await store.append(streamId, events, options);
      await project.handle({ streamId, version: result.nextExpectedVersion });
      return result;
    },
  };
  const clock = fixedClock("2026-05-01T10:00:00.000Z");
  const members = memberModule({
    store: projecting,
    documents,
    keys,
    clock,
    idempotency: sqliteIdempotencyStore(database),
    emailSecret,
  });
  return {
    database,
    log,
    store,
    keys,
    documents,
    members,
    clock,
    async streamIds(prefix) {
      const streamIds: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await log.listStreams({ prefix, cursor });
        streamIds.push(...page.streamIds);
        cursor = page.cursor;
      } while (cursor);
      return streamIds;
    },
    close: () => database.close(),
  };
}
