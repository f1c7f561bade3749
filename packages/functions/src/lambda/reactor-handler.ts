import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { parse } from "@aws-lambda-powertools/parser";
import type { EventEnvelope, EventStore } from "@meetstream/core/eventstore";
import { type Reactor, reactTo } from "@meetstream/core/reactor/reactor";
import { busEventSchema } from "../fan-out/bus-detail";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface ReactorHandlerDependencies extends Observability {
  /** `meetstreamReactors(...)` on the DynamoDB stores. */
  reactors: readonly Reactor[];
  /** Where the events an entry names are read from. */
  store: Pick<EventStore, "readStream">;
}

export type ReactorHandler = LambdaHandler<unknown, void>;

/**
 * One bus entry → the reactors that asked for its event type. The entry names the events (an envelope, or
 * a pointer to events too big to travel); they are read from the event store, so that a reactor acts only
 * on what the log holds. A failure throws, for Lambda to retry (EventBridge invokes it asynchronously) and,
 * once its retries are spent, to send to the subscriber's dead-letter queue (infra/bus-dead-letters.ts): the
 * reactors key their work on the event id, so a retry does nothing twice.
 */
export function createReactorHandler(dependencies: ReactorHandlerDependencies): ReactorHandler {
  const { reactors, store, logger, metrics } = dependencies;
  return observed(async (event) => {
    const events = await eventsOfEntry(event, store, logger);
    for (const envelope of events) await reactTo(reactors, envelope);
    metrics?.addMetric("eventsReactedTo", MetricUnit.Count, events.length);
  }, dependencies);
}

/**
 * The events a bus entry names, read from the event store: the envelope's own, or those a pointer stands
 * for. Refuses what is not a Meetstream bus entry. Every subscriber that acts on events reads them so.
 */
export async function eventsOfEntry(
  entry: unknown,
  store: Pick<EventStore, "readStream">,
  logger: Observability["logger"],
): Promise<EventEnvelope[]> {
  const { detail } = parse(entry, undefined, busEventSchema);
  const [streamId, first, last] =
    "version" in detail
      ? [detail.streamId, detail.version, detail.version]
      : [detail.streamId, detail.firstVersion, detail.lastVersion];
  logger.appendKeys({ streamId, version: last });
  return store.readStream(streamId, { after: first - 1, limit: last - first + 1 });
}
