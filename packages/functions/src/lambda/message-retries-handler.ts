import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { type AwsMessagingOptions, awsMessaging } from "./aws-messaging";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface MessageRetriesHandlerDependencies extends Observability, AwsMessagingOptions {
  /** Messages claimed at a time (default 100). */
  batchSize?: number;
}

export type MessageRetriesHandler = LambdaHandler<unknown, { taken: number }>;

/** Room left for a batch to settle before the function's timeout: a claim's lease is a minute. */
const marginMilliseconds = 15_000;

/**
 * The retry sweep, every minute (infra/notifications.ts): sends what is due in the outbox, which is the
 * messages SES refused before (each due again after its backoff) and those a notifier recorded but did not
 * get to send. Batch after batch while batches come back full and there is time left; what is left is the
 * next minute's. A sweep that overlaps another takes other messages: each is claimed before it is sent.
 */
export function createMessageRetriesHandler(
  dependencies: MessageRetriesHandlerDependencies,
): MessageRetriesHandler {
  const { metrics } = dependencies;
  const batchSize = dependencies.batchSize ?? 100;
  const { sender } = awsMessaging(dependencies);
  return observed(async (_event, context) => {
    let taken = 0;
    for (;;) {
      const batch = await sender.sendDue(batchSize);
      taken += batch;
      if (batch < batchSize || context.getRemainingTimeInMillis() < marginMilliseconds) break;
    }
    // Taken: sent, or settled otherwise (a retry later, a member who turned the kind off).
    metrics?.addMetric("messagesTakenFromOutbox", MetricUnit.Count, taken);
    return { taken };
  }, dependencies);
}
