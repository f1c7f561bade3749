import type { DocumentKey, IndexKey, IndexName } from "../documents/document-store";
import type { DomainEvent, EventEnvelope } from "../eventstore/envelope";

/** One envelope per event type of the union, so that narrowing on `type` narrows `data` too. */
export type EnvelopeOf<Event extends DomainEvent> = Event extends DomainEvent ? EventEnvelope<Event> : never;

/** What one event does to one document: writes it anew, removes it (a tombstone), or leaves it as it is. */
export type DocumentChange<Body = unknown> =
  | { type: "upsert"; body: Body; indexes?: Partial<Record<IndexName, IndexKey>> }
  | { type: "delete" }
  | { type: "unchanged" };

/** Every document of one partition whose sort key begins with a prefix: for an event that changes a set. */
export interface DocumentRange {
  partition: string;
  beginsWith: string;
}

/** The documents an event touches, as they were before it: removed or absent ones are undefined. */
export interface TouchedDocuments {
  get<Body>(key: DocumentKey): Body | undefined;
}

/**
 * One kind of document a stream owns (a meetup, an attendee), evolved one document at a time as Emmett's
 * single-stream projections are: the document after an event depends on that document before it, the
 * event, and (when the event alone does not say enough, as a promotion does not say the party's size) the
 * other documents the event touches as they were before it, of kinds listed after this one. The projector
 * writes kinds in the projection's order and skips a document a concurrent fold already took to the event's
 * version, so no event applies twice and no document evolves from another one read after the event.
 */
export interface DocumentKind<Event extends DomainEvent = DomainEvent, Body = unknown> {
  /** The documents of this kind the event may change, read by key (or by range) before `evolve`. */
  touches(event: EnvelopeOf<Event>): readonly (DocumentKey | DocumentRange)[];
  /** The document after the event; `body` is undefined when it does not exist (or was removed). */
  evolve(
    document: { key: DocumentKey; body: Body | undefined },
    event: EnvelopeOf<Event>,
    touched: TouchedDocuments,
  ): DocumentChange<Body>;
  /**
   * Each document of this kind adds `value(body)` to one counter document (a community's member count),
   * which events of many streams change: see projected-counter.ts; `readCounters` reads the counts. A
   * removed or absent document adds 0. The counter's key is one no kind touches: only the projector
   * writes it.
   */
  counter?: ProjectedCounter<Body>;
}

/** Where a document of a counting kind is counted, and how much it counts for. */
export interface ProjectedCounter<Body = unknown> {
  key(documentKey: DocumentKey): DocumentKey;
  value(body: Body): number;
}

/**
 * How the events of one kind of stream change the documents that stream owns: each event costs the
 * documents it touches, whatever the stream's length, and the projector keeps only a version per stream.
 */
export interface DocumentProjection<Event extends DomainEvent = DomainEvent> {
  /** Unique among projections; part of the keys the projector keeps its progress under. */
  name: string;
  /** The stream categories it reads: "meetup" reads every "meetup-<id>" stream. */
  categories: readonly string[];
  /**
   * Written in this order, each kind once the one before is written; a kind may read the documents of the
   * kinds after it. A key claimed by two kinds goes to the first.
   */
  kinds: readonly DocumentKind<Event>[];
}

/** What the projector runs; every projection writes only what an event changes. */
export type Projection = DocumentProjection;

/** That stream S reached version v: a trigger to catch up, not the data itself. */
export interface StreamNotification {
  streamId: string;
  version: number;
}
