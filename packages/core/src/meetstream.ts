/**
 * What the whole application is made of: every context's event types and projections. Composition roots
 * (the local host, the Lambda handlers, the CLI) open their stores with these. A new context adds its
 * event types and projections here.
 */
import type { EventType } from "./eventstore/event-type";
import type { Projection } from "./projection/projection";

export const meetstreamEventTypes: readonly EventType[] = [];

export const meetstreamProjections: readonly Projection[] = [];
