/** What other folders may import from the event store. The contract suite stays out: it imports vitest. */
export {
  assertStreamId,
  categoryOf,
  decodeEvent,
  decodeStream,
  type EncodedEvent,
  encodeAppend,
  maximumAppendBytes,
} from "./append-encoding";
export {
  createEventTable,
  type DynamoEventStoreOptions,
  dynamoEventStore,
  eventsOfCommit,
  type StoredCommit,
} from "./dynamodb";
export type { DomainEvent, EventEnvelope, EventMeta, PendingEvent } from "./envelope";
export { envelopeSchema } from "./envelope-schema";
export {
  AppendTooLarge,
  DuplicateEventId,
  EmptyAppend,
  InvalidEventData,
  InvalidEventEnvelope,
  InvalidExpectedVersion,
  InvalidReadOptions,
  InvalidStreamCursor,
  InvalidStreamId,
  MissingUpcaster,
  UnknownEventType,
  UnsupportedSchemaVersion,
  VersionConflict,
} from "./errors";
export { combineCatalogs, type EventCatalog, eventCatalog } from "./event-catalog";
export type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  GlobalLog,
  PositionedEvent,
  ReadStreamOptions,
  ReadStreamsOptions,
  StreamPage,
  StreamRead,
  StreamsPage,
} from "./event-store";
export { defineEvent, type EventOf, type EventType, type Upcaster } from "./event-type";
export { type EventStoreStatistics, type SqliteEventStore, sqliteEventStore } from "./sqlite";
