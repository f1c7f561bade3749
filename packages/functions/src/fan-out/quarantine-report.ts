import type { Logger } from "@aws-lambda-powertools/logger";
import { type Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type { QuarantineRecord } from "@meetstream/core/projection/quarantine";
import {
  type EventPublisher,
  eventPublisher,
  type PutEventsClient,
  type RetryPolicy,
} from "./event-publisher";

/**
 * The `source` of a quarantine report on the bus. Not the publisher's source: the projector's rule must not
 * match it. A rule of its own sends it to the projector's dead-letter queue (infra/bus.ts), where what
 * EventBridge could not deliver lands too: one queue for a person to read.
 */
export const quarantineSource = "meetstream.quarantine";
export const quarantineDetailType = "StreamQuarantined";

/**
 * Reports each stream the projector sets aside: logged, counted, and put on the bus for the dead-letter
 * queue. Through EventBridge rather than SQS SendMessage because the EventBridge client is already one of
 * the functions' dependencies (and the SDK is the runtime's), and the queue accepts the bus's rules anyway.
 */
export function quarantineReporter(options: {
  eventBridge: PutEventsClient;
  busName: string;
  logger: Logger;
  metrics?: Metrics;
  retry?: RetryPolicy;
}): (record: QuarantineRecord) => Promise<void> {
  const publisher: EventPublisher = eventPublisher(options.eventBridge, options.retry);
  return async (record) => {
    options.logger.error("a stream is quarantined; fix it, then retry the quarantined streams", { record });
    options.metrics?.addMetric("streamsQuarantined", MetricUnit.Count, 1);
    await publisher.publish([
      {
        EventBusName: options.busName,
        Source: quarantineSource,
        DetailType: quarantineDetailType,
        Detail: JSON.stringify(record),
      },
    ]);
  };
}
