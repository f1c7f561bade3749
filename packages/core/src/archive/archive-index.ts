import type { EventStore } from "../eventstore/event-store";
import type { ArchivedEvent } from "./archived-event";
import { ArchiveConflict, ArchiveIncomplete, RestoreNotResumable } from "./errors";

/**
 * What the check keeps of the archive: each stream's event ids by version (at index version - 1). Enough to
 * refuse a gap or two events at one version before anything is written, and to tell a repeat (the same
 * event archived by the archiver and by an export) from a conflict, without holding the events.
 */
export type ArchiveIndex = Map<string, string[]>;

export function indexEvent(index: ArchiveIndex, event: ArchivedEvent): void {
  const ids = index.get(event.streamId) ?? [];
  index.set(event.streamId, ids);
  const there = ids[event.version - 1];
  if (there !== undefined && there !== event.id)
    throw new ArchiveConflict(event.streamId, event.version, [there, event.id]);
  ids[event.version - 1] = event.id;
}

/** Every stream's versions from 1 without a gap. */
export function assertComplete(index: ArchiveIndex): void {
  for (const [streamId, ids] of index)
    for (let version = 1; version <= ids.length; version++)
      if (ids[version - 1] === undefined) throw new ArchiveIncomplete(streamId, version);
}

/**
 * Where each stream of a store that a restore of this archive stopped in is: its version, once every
 * event it holds is checked to be the archive's at the same place.
 */
export async function restoredVersions(store: EventStore, index: ArchiveIndex): Promise<Map<string, number>> {
  const versions = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await store.listStreams({ limit: 1000, cursor });
    for (const streamId of page.streamIds) {
      const ids = index.get(streamId);
      if (!ids) throw new RestoreNotResumable(streamId, "the archive holds no such stream");
      let version = 0;
      for (let batch = await store.readStream(streamId, { limit: 1000 }); batch.length > 0; ) {
        for (const event of batch)
          if (ids[event.version - 1] !== event.id)
            throw new RestoreNotResumable(
              streamId,
              `event ${event.id} is not the archive's at version ${event.version}`,
            );
        version = batch.at(-1)?.version ?? version;
        batch = await store.readStream(streamId, { after: version, limit: 1000 });
      }
      versions.set(streamId, version);
    }
    cursor = page.cursor;
  } while (cursor);
  return versions;
}
