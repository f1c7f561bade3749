import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { parse } from "@aws-lambda-powertools/parser";
import { archivedEventsOfCommit } from "@meetstream/core/archive";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { commitImage, eventTableStreamRecord, holdsNewCommit } from "../archive/commit-stream-record";
import { busEntries } from "../fan-out/bus-entries";
import { eventPublisher, type PutEventsClient, type RetryPolicy } from "../fan-out/event-publisher";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface PublisherHandlerDependencies extends Observability {
  eventBridge: PutEventsClient;
  busName: string;
  retry?: RetryPolicy;
}

/** A record behind one that failed: it is left for the trigger to deliver again, in order. */
export class SkippedAfterEarlierFailure extends Error {
  constructor() {
    super("not published: an earlier record of this batch failed");
    this.name = "SkippedAfterEarlierFailure";
  }
}

export type PublisherHandler = LambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>;

/**
 * The event table's stream onto the EventBridge bus. Records are published one after the other, and once
 * one fails, the rest of the batch fails with it: the trigger resumes at the first failure, so nothing
 * after it is published ahead of it (nor twice more than needed). Only new commits are published; the
 * event id claims the table also holds are skipped. What was published before a failure may be published
 * again on the retry: delivery is at-least-once, and the projector does not mind.
 */
export function createPublisherHandler(dependencies: PublisherHandlerDependencies): PublisherHandler {
  const { busName, logger, metrics } = dependencies;
  const publisher = eventPublisher(dependencies.eventBridge, dependencies.retry);
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  async function publish(streamRecord: DynamoDBRecord): Promise<void> {
    if (processor.failureMessages.length > 0) throw new SkippedAfterEarlierFailure();
    // The archiver's record schemas (zod/mini) with the Parser's `parse`: the Parser's own DynamoDB
    // schemas, and the batch processor's parser option, would pull all of zod into this bundle.
    const record = parse(streamRecord, undefined, eventTableStreamRecord);
    if (!holdsNewCommit(record)) return;
    const events = archivedEventsOfCommit(parse(record.dynamodb.NewImage, undefined, commitImage));
    await publisher.publish(busEntries(events, busName));
    metrics?.addMetric("eventsPublished", MetricUnit.Count, events.length);
  }

  return observed(async (event, context) => {
    metrics?.addMetric("recordsRead", MetricUnit.Count, event.Records.length);
    const response = await processPartialResponse(event, publish, processor, {
      context,
      processInParallel: false,
      // All failed is the same answer as some failed: the trigger resumes at the first.
      throwOnFullBatchFailure: false,
    });
    if (response.batchItemFailures.length > 0) {
      metrics?.addMetric("recordsFailed", MetricUnit.Count, response.batchItemFailures.length);
      logger.warn("records were not published; the trigger delivers them again", {
        firstFailure: response.batchItemFailures[0]?.itemIdentifier,
        failed: response.batchItemFailures.length,
        errors: processor.errors.slice(0, 3).map((error) => error.message),
      });
    }
    return response;
  }, dependencies);
}
