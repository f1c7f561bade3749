/** A speaker context beside a member context, on real SQLite stores projected as appended, for this folder's tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BlobStore, folderBlobStore, type UploadsModule, uploadsModule } from "../blob/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import type { SqliteEventStore } from "../eventstore/sqlite";
import type { KeyStore } from "../keys/key-store";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member";
import { type Reactor, reactTo } from "../reactor/reactor";
import type { SqliteDatabase } from "../sqlite/database";
import { projectedWorld } from "../testing/projected-world";
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
  let reactors: Reactor[] = [];
  const stores = projectedWorld({
    eventTypes: [...memberEventTypes, ...speakerEventTypes],
    projections: [...memberProjections, ...speakerProjections],
    now: "2026-05-01T10:00:00.000Z",
    // As the local host's bus does: every append is reacted to once it is projected.
    afterProjecting: async (events) => {
      for (const event of events) await reactTo(reactors, event);
    },
  });
  const { database, log, unprojected, store: projecting, keys, documents, clock, idempotency } = stores;
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
  reactors = [speakerErasureReactor({ store: stores.projecting(log), blobs, clock })];
  return {
    database,
    log,
    store: unprojected,
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
      stores.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
