import { assertStreamId } from "../eventstore/append-encoding";
import type { EventEnvelope, PendingEvent } from "../eventstore/envelope";
import { InvalidEventData } from "../eventstore/errors";
import type { AppendResult, EventStore, ExpectedVersion, StreamRead } from "../eventstore/event-store";
import type { EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";
import { PersonalDataErased } from "./errors";
import type { KeyStore } from "./key-store";
import { decryptPersonalData, encryptPersonalData } from "./personal-data";
import { personalFieldsOf } from "./personal-field";

/**
 * Streams whose personal data is a member's though the stream is not the member's own: a member's
 * progress on a path (`progress-<memberId>-<pathId>`, its note) and their API tokens
 * (`api-token-<memberId>`, their names), so that erasing the member erases it.
 */
const memberOwnedStream =
  /^(?:progress-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-|api-token-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$)/i;

/**
 * Personal data in a stream belongs to the stream's subject: the id after its category ("member-<id>"),
 * or the member a member-owned stream names.
 */
export function subjectOfStream(streamId: string): string {
  const owned = memberOwnedStream.exec(streamId);
  return owned?.[1] ?? owned?.[2] ?? streamId.slice(streamId.indexOf("-") + 1);
}

/** Only the subject's own stream makes their key: another stream of theirs finds it, or finds them erased. */
const isSubjectsOwnStream = (streamId: string): boolean => !memberOwnedStream.test(streamId);

const isNewStream = (expectedVersion: ExpectedVersion): boolean =>
  expectedVersion === "no stream" || expectedVersion === 0;

/**
 * The event store, with the personal fields of `types` (declared with `personal`) encrypted on append
 * with the subject's key and decrypted on read; a field whose key is gone reads as null. Deciders,
 * projections, the command handler and the projector use it exactly like the store it wraps, and never
 * see sealed text; the log, its backups and the bus never see plaintext.
 *
 * Wrap once: a second wrapper would seal sealed text, which a personal field's plaintext schema may refuse.
 *
 * A subject's key is made by the first append to their stream. An append to an existing stream whose
 * key is gone throws `PersonalDataErased`: the subject was erased, and a new key would let new
 * personal data outlive the erasure.
 */
export function personalDataStore(
  store: EventStore,
  keys: KeyStore,
  types: readonly EventType[],
): EventStore {
  const typesByName = new Map(types.map((eventType) => [eventType.type, eventType]));
  // Found on first use of each type: looking means building the type's schema (see objects/lazily.ts).
  const fieldsByType = new Map<string, ReadonlyMap<string, z.core.$ZodType>>();
  const personalFields = (type: string): ReadonlyMap<string, z.core.$ZodType> | undefined => {
    if (!fieldsByType.has(type)) {
      const eventType = typesByName.get(type);
      fieldsByType.set(type, eventType ? personalFieldsOf(eventType) : new Map());
    }
    const fields = fieldsByType.get(type);
    return fields && fields.size > 0 ? fields : undefined;
  };
  const holdsPersonalData = (event: { type: string } | undefined) =>
    event !== undefined && personalFields(event.type) !== undefined;

  function checkedPlaintext(type: string, field: string, schema: z.core.$ZodType, value: unknown): unknown {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    throw new InvalidEventData(
      type,
      result.error.issues.map((issue) => ({ path: [field, ...issue.path], message: issue.message })),
    );
  }

  function seal(event: PendingEvent, key: Buffer, subjectId: string): PendingEvent {
    const fields = personalFields(event.type);
    if (!fields || typeof event.data !== "object" || event.data === null) return event;
    const data: Record<string, unknown> = { ...event.data };
    for (const [field, schema] of fields) {
      if (data[field] === undefined) continue;
      const plaintext = checkedPlaintext(event.type, field, schema, data[field]);
      data[field] = encryptPersonalData(key, subjectId, JSON.stringify(plaintext));
    }
    return { ...event, data };
  }

  function open(event: EventEnvelope, key: Buffer | undefined, subjectId: string): EventEnvelope {
    const fields = personalFields(event.type);
    if (!fields) return event;
    const data: Record<string, unknown> = { ...(event.data as Record<string, unknown>) };
    for (const [field, schema] of fields) {
      const sealed = data[field];
      if (typeof sealed !== "string") continue;
      const plaintext = decryptPersonalData(key, subjectId, sealed);
      data[field] =
        plaintext === undefined ? null : checkedPlaintext(event.type, field, schema, JSON.parse(plaintext));
    }
    return { ...event, data };
  }

  /** The key to seal an append with: made for a new stream, refused for an erased subject. */
  async function keyForAppend(streamId: string, expectedVersion: ExpectedVersion): Promise<Buffer> {
    const subjectId = subjectOfStream(streamId);
    const existing = await keys.get(subjectId);
    if (existing) return existing;
    // A stream that has events but no key belongs to an erased subject, whatever the caller expected.
    if (
      isSubjectsOwnStream(streamId) &&
      isNewStream(expectedVersion) &&
      (await store.readStream(streamId, { limit: 1 })).length === 0
    )
      return keys.create(subjectId);
    throw new PersonalDataErased(subjectId);
  }

  return {
    async append(streamId, events, options): Promise<AppendResult> {
      if (!Array.isArray(events) || !events.some(holdsPersonalData))
        return store.append(streamId, events, options);
      assertStreamId(streamId);
      const subjectId = subjectOfStream(streamId);
      const key = await keyForAppend(streamId, options.expectedVersion);
      const appended = await store.append(
        streamId,
        events.map((event) => seal(event, key, subjectId)),
        options,
      );
      return { ...appended, events: appended.events.map((event) => open(event, key, subjectId)) };
    },

    async readStream(streamId, options) {
      const events = await store.readStream(streamId, options);
      if (!events.some(holdsPersonalData)) return events;
      const subjectId = subjectOfStream(streamId);
      const key = await keys.get(subjectId);
      return events.map((event) => open(event, key, subjectId));
    },

    listStreams: (options) => store.listStreams(options),

    async readStreams(options) {
      const page = await store.readStreams(options);
      const streams = await Promise.all(
        page.streams.map(async (read): Promise<StreamRead> => {
          if ("error" in read || !read.events.some(holdsPersonalData)) return read;
          const subjectId = subjectOfStream(read.streamId);
          const key = await keys.get(subjectId);
          // What would make readStream throw on this stream is this stream's alone, as its store's errors are.
          try {
            return {
              streamId: read.streamId,
              events: read.events.map((event) => open(event, key, subjectId)),
            };
          } catch (error) {
            return { streamId: read.streamId, error };
          }
        }),
      );
      return { ...page, streams };
    },

    close: () => store.close(),
  };
}
