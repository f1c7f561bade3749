/** A fact of the domain as deciders see it: what happened, without where or when it was stored. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

export interface EventMeta {
  /** Who caused the event: a member id, or a system actor such as "system:projector". */
  actor: string;
  /** ISO-8601 instant in UTC. */
  occurredAt: string;
  /** Shared by every event caused, directly or not, by one request. */
  correlationId: string;
  /** The id of the event or command that caused this one; null for a first cause. */
  causationId: string | null;
}

/** An event about to be appended: its id is fixed by the caller so that a retried append is recognised. */
export interface PendingEvent<Event extends DomainEvent = DomainEvent> {
  id: string;
  type: Event["type"];
  data: Event["data"];
  meta: EventMeta;
}

/**
 * An event as read: its place in its stream, and its data in the current shape of its type. Data stored
 * under an older schema is upcast on read, so `schemaVersion` is the version the data now conforms to.
 */
export interface EventEnvelope<Event extends DomainEvent = DomainEvent> {
  id: string;
  streamId: string;
  version: number;
  type: Event["type"];
  schemaVersion: number;
  data: Event["data"];
  meta: EventMeta;
}
