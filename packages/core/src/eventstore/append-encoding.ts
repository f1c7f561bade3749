import { isUuid } from "../ids/new-id";
import type { EventEnvelope, EventMeta, PendingEvent } from "./envelope";
import { AppendTooLarge, EmptyAppend, InvalidEventEnvelope, InvalidStreamId } from "./errors";
import type { EventCatalog } from "./event-catalog";
import type { StreamRead } from "./event-store";

/** An event checked and serialised, ready for any adapter to store. */
export interface EncodedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  meta: string;
}

/**
 * One append fits one DynamoDB item (400 KB) with headroom for keys and attribute names; SQLite holds
 * the same line so that both stores accept exactly the same appends.
 */
export const maximumAppendBytes = 350 * 1024;

const streamIdPattern = /^[a-z][a-z0-9]*-[^\s]{1,200}$/;

export const categoryOf = (streamId: string): string => streamId.slice(0, streamId.indexOf("-"));

export function assertStreamId(streamId: string): void {
  if (typeof streamId !== "string" || !streamIdPattern.test(streamId))
    throw new InvalidStreamId(String(streamId));
}

function assertMeta(meta: EventMeta | undefined, eventId: string): void {
  const valid =
    meta !== null &&
    typeof meta === "object" &&
    typeof meta.actor === "string" &&
    meta.actor.length > 0 &&
    typeof meta.occurredAt === "string" &&
    !Number.isNaN(Date.parse(meta.occurredAt)) &&
    typeof meta.correlationId === "string" &&
    (meta.causationId === null || typeof meta.causationId === "string");
  if (!valid)
    throw new InvalidEventEnvelope(
      `event ${eventId} has invalid meta (actor, occurredAt, correlationId, causationId)`,
    );
}

/**
 * Validates an append before any adapter touches storage, so bad input is rejected the same way
 * everywhere and nothing is written.
 */
export function encodeAppend(
  streamId: string,
  events: readonly PendingEvent[],
  catalog: EventCatalog,
): EncodedEvent[] {
  assertStreamId(streamId);
  if (!Array.isArray(events) || events.length === 0) throw new EmptyAppend(streamId);
  const seen = new Set<string>();
  let bytes = 0;
  const encoded = events.map((event): EncodedEvent => {
    if (typeof event?.id !== "string" || !isUuid(event.id)) {
      throw new InvalidEventEnvelope(`event id ${JSON.stringify(event?.id)} is not a UUID`);
    }
    if (seen.has(event.id))
      throw new InvalidEventEnvelope(`event id ${event.id} appears twice in one append`);
    seen.add(event.id);
    assertMeta(event.meta, event.id);
    const data = JSON.stringify(catalog.validate(event.type, event.data));
    const meta = JSON.stringify({
      actor: event.meta.actor,
      occurredAt: new Date(event.meta.occurredAt).toISOString(),
      correlationId: event.meta.correlationId,
      causationId: event.meta.causationId,
    });
    bytes += Buffer.byteLength(data) + Buffer.byteLength(meta) + event.type.length + 64;
    return { id: event.id, type: event.type, schemaVersion: catalog.schemaVersionOf(event.type), data, meta };
  });
  if (bytes > maximumAppendBytes) throw new AppendTooLarge(streamId, bytes, maximumAppendBytes);
  return encoded;
}

/** Turns a stored event back into an envelope: upcast to the current schema, then validated. */
export function decodeEvent(
  stored: EncodedEvent & { streamId: string; version: number },
  catalog: EventCatalog,
): EventEnvelope {
  return {
    id: stored.id,
    streamId: stored.streamId,
    version: stored.version,
    type: stored.type,
    schemaVersion: catalog.schemaVersionOf(stored.type),
    data: catalog.read(stored.type, stored.schemaVersion, JSON.parse(stored.data)),
    meta: JSON.parse(stored.meta) as EventMeta,
  };
}

/**
 * A whole stream's stored events as `readStreams` gives them: decoded as `decodeEvent` decodes each, or
 * the error the first that does not decode throws, so that one bad stream leaves the rest of a page alone.
 */
export function decodeStream(
  streamId: string,
  stored: readonly (EncodedEvent & { version: number })[],
  catalog: EventCatalog,
): StreamRead {
  try {
    const events = new Array<EventEnvelope>(stored.length);
    // The events of one append carry the same meta text: it is parsed once, and each envelope gets a copy.
    let metaText: string | undefined;
    let meta: EventMeta | undefined;
    for (let index = 0; index < stored.length; index++) {
      const event = stored[index] as EncodedEvent & { version: number };
      if (event.meta !== metaText) {
        meta = JSON.parse(event.meta) as EventMeta;
        metaText = event.meta;
      }
      events[index] = {
        id: event.id,
        streamId,
        version: event.version,
        type: event.type,
        schemaVersion: catalog.schemaVersionOf(event.type),
        data: catalog.read(event.type, event.schemaVersion, JSON.parse(event.data)),
        meta: { ...(meta as EventMeta) },
      };
    }
    return { streamId, events };
  } catch (error) {
    return { streamId, error };
  }
}
