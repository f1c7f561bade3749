/** A member context on real SQLite stores, projected as it is appended to, for this folder's tests. */
import type { fixedClock } from "../clock/clock";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import type { SqliteEventStore } from "../eventstore/sqlite";
import type { KeyStore } from "../keys/key-store";
import type { SqliteDatabase } from "../sqlite/database";
import { projectedWorld } from "../testing/projected-world";
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
  const { database, log, unprojected, store, keys, documents, clock, idempotency, close } = projectedWorld({
    eventTypes: memberEventTypes,
    projections: memberProjections,
    now: "2026-05-01T10:00:00.000Z",
  });
  const members = memberModule({ store, documents, keys, clock, idempotency, emailSecret });
  return {
    database,
    log,
    store: unprojected,
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
    close,
  };
}
