import type { DocumentKey, IndexKey, IndexName } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";

/** A document as a projection describes it; the projector stamps the stream's version on it. */
export interface ProjectedDocument<Body = unknown> {
  key: DocumentKey;
  body: Body;
  indexes?: Partial<Record<IndexName, IndexKey>>;
}

/**
 * How the events of one kind of stream fold into the documents that stream owns.
 * The state must survive JSON (the projector keeps it to continue a fold where it stopped).
 */
export interface Projection<State = unknown> {
  /** Unique among projections; part of the keys the projector keeps its progress under. */
  name: string;
  /** The stream categories it reads: "meetup" reads every "meetup-<id>" stream. */
  categories: readonly string[];
  initialState: State;
  evolve(state: State, event: EventEnvelope): State;
  /** Every document the stream owns in this state; one that disappears from the list is removed. */
  documents(state: State, streamId: string): ProjectedDocument[];
}

/** That stream S reached version v: a trigger to catch up, not the data itself. */
export interface StreamNotification {
  streamId: string;
  version: number;
}
