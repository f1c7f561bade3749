import { inParallel } from "../concurrency/in-parallel";
import type { EventStore } from "../eventstore/event-store";
import type { EventType } from "../eventstore/event-type";
import { subjectOfStream } from "./personal-data-store";
import { personalFieldsOf } from "./personal-field";

export interface SubjectsInLog {
  /** Every subject whose stream holds personal data, erased or not. */
  subjects: Set<string>;
  /** Those of them whose stream records their erasure. */
  erased: Set<string>;
}

/**
 * The data subjects the log knows of, and which of them it says were erased: what a restore needs to
 * delete again the keys of erased subjects and to count the subjects that would read as erased. Reads
 * every stream starting with `prefix` (e.g. "member-"), so give the narrowest prefix the subjects share.
 */
export async function subjectsInLog(
  store: EventStore,
  options: {
    /** The event types of the log: those with personal fields mark a stream as a subject's. */
    types: readonly EventType[];
    /** The events that record a subject's erasure. */
    erasureTypes: readonly EventType[];
    prefix?: string;
    concurrency?: number;
  },
): Promise<SubjectsInLog> {
  const personalTypes = new Set(
    options.types.filter((type) => personalFieldsOf(type).size > 0).map((type) => type.type),
  );
  const erasureTypes = new Set(options.erasureTypes.map((type) => type.type));
  const found: SubjectsInLog = { subjects: new Set(), erased: new Set() };
  let cursor: string | undefined;
  do {
    const page = await store.listStreams({ limit: 1000, cursor, prefix: options.prefix });
    await inParallel(page.streamIds, options.concurrency ?? 8, async (streamId) => {
      let personal = false;
      let erased = false;
      for (let after = 0, batch = await store.readStream(streamId, { limit: 1000 }); batch.length > 0; ) {
        for (const event of batch) {
          personal ||= personalTypes.has(event.type);
          erased ||= erasureTypes.has(event.type);
        }
        after = batch.at(-1)?.version ?? after;
        batch = await store.readStream(streamId, { after, limit: 1000 });
      }
      const subjectId = subjectOfStream(streamId);
      if (personal || erased) found.subjects.add(subjectId);
      if (erased) found.erased.add(subjectId);
    });
    cursor = page.cursor;
  } while (cursor);
  return found;
}
