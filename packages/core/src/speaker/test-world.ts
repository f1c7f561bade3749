/** A speaker context beside a member context, on real SQLite stores projected as appended, for this folder's tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BlobStore, folderBlobStore, type UploadsModule, uploadsModule } from "../blob/index";
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
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member";
import { projector } from "../projection/projector";
import { reactTo } from "../reactor/reactor";
import { openDatabase, type SqliteDatabase } from "../sqlite/database";
import { type SpeakerModule, speakerModule } from "./commands";
import { speakerProjections } from "./documents";
import { speakerEventTypes } from "./events";
import { speakerErasureReactor } from "./speaker-erasure";
import { inMemoryTalksGiven, type TalkGiven } from "./talks-given";

export interface SpeakerWorld {
  database: SqliteDatabase;
  /** The bare log: what is actually stored. */
  log: SqliteEventStore;
  store: EventStore;
  keys: KeyStore;
  documents: DocumentStore;
  members: MemberModule;
  speakers: SpeakerModule;
  /** Photos in a fresh data folder, as the local host keeps them. */
  blobs: BlobStore;
  uploads: UploadsModule;
  /** A member with this handle and display name. */
  register(handle: string): Promise<string>;
  close(): void;
}

export function speakerWorld(talks: Record<string, readonly TalkGiven[]> = {}): SpeakerWorld {
  const database = openDatabase(":memory:");
  const eventTypes = [...memberEventTypes, ...speakerEventTypes];
  const log = sqliteEventStore(database, eventCatalog(...eventTypes));
  const keys = sqliteKeyStore(database);
  const store = personalDataStore(log, keys, eventTypes);
  const documents = sqliteDocumentStore(database);
  const project = projector({ store, documents, projections: [...memberProjections, ...speakerProjections] });
  let reactors: Parameters<typeof reactTo>[0] = [];
  // As the local host's bus does: every append is projected, then reacted to, before it returns.
  const projected = (base: EventStore): EventStore => ({
    ...base,
    async append(streamId, events, options) {
      const result = await base.append(streamId, events, options);
      await project.handle({ streamId, version: result.nextExpectedVersion });
      for (const event of result.events) await reactTo(reactors, event);
      return result;
    },
  });
  const projecting = projected(store);
  const clock = fixedClock("2026-05-01T10:00:00.000Z");
  const idempotency = sqliteIdempotencyStore(database);
  const members = memberModule({
    store: projecting,
    documents,
    keys,
    clock,
    idempotency,
    emailSecret: "a server secret that is long enough to count",
  });
  const folder = mkdtempSync(join(tmpdir(), "meetstream-speaker-blobs-"));
  const blobs = folderBlobStore({ folder, origin: "http://127.0.0.1:4000" });
  const uploads = uploadsModule({ blobs });
  const speakers = speakerModule({
    uploads,
    store: projecting,
    documents,
    keys,
    members,
    talks: inMemoryTalksGiven(talks),
    clock,
    idempotency,
  });
  // On the bare log, as the hosts run reactors: the erasure's event holds nothing personal.
  reactors = [speakerErasureReactor({ store: projected(log), blobs, clock })];
  return {
    database,
    log,
    store,
    keys,
    documents,
    members,
    speakers,
    blobs,
    uploads,
    async register(handle) {
      const { memberId } = await members.signIn(`${handle}@example.com`);
      await members.updateProfile({ memberId, actor: memberId, input: { handle, displayName: handle } });
      return memberId;
    },
    close: () => {
      database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
