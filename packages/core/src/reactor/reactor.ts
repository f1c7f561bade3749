import type { EventEnvelope } from "../eventstore/envelope";

/**
 * A bus subscriber that turns events of one context into commands of another. The bus delivers at least
 * once and in no particular order, so a reactor keys what it does on the event's id: an event delivered
 * again does nothing twice.
 */
export interface Reactor {
  /** Unique among reactors: names its bus subscription and its failures in logs. */
  name: string;
  /** The event types it reacts to; the bus hands it no others. */
  eventTypes: readonly string[];
  react(event: EventEnvelope): Promise<void>;
}

/** Hands the event to each reactor that asks for its type, one after the other. */
export async function reactTo(reactors: readonly Reactor[], event: EventEnvelope): Promise<void> {
  for (const reactor of reactors) if (reactor.eventTypes.includes(event.type)) await reactor.react(event);
}
