import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { parse } from "@aws-lambda-powertools/parser";
import type { Projector } from "@meetstream/core/projection/projector";
import { busEventSchema, notificationOf } from "../fan-out/bus-detail";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface ProjectorHandlerDependencies extends Observability {
  /** The kernel projector on the event and document tables (`awsProjector`). */
  projector: Projector;
}

export type ProjectorHandler = LambdaHandler<unknown, void>;

/**
 * One bus entry → one catch-up of its stream. The entry is a trigger, not the data: the projector reads
 * the stream from its document's version on, so duplicates, reordering and pointers all come out the same.
 * A poisoned stream is set aside and reported by the projector (`awsProjector`'s `onQuarantined`), and the
 * invocation succeeds: retrying it would fail the same way. Any other failure throws, for Lambda to retry and
 * then to send to the projector's dead-letter queue (infra/bus-dead-letters.ts).
 *
 * Read with the Parser's `parse` and a zod/mini schema of the bus event rather than the Parser's
 * EventBridge envelope: the envelope imports every schema the Parser has, and all of zod with them,
 * which alone would be more than this bundle's budget.
 */
export function createProjectorHandler(dependencies: ProjectorHandlerDependencies): ProjectorHandler {
  const { projector, logger, metrics } = dependencies;
  return observed(async (event) => {
    const notification = notificationOf(parse(event, undefined, busEventSchema).detail);
    logger.appendKeys({ streamId: notification.streamId, version: notification.version });
    await projector.handle(notification);
    metrics?.addMetric("notificationsProjected", MetricUnit.Count, 1);
  }, dependencies);
}
