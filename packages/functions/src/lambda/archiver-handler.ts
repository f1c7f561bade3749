import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { parse } from "@aws-lambda-powertools/parser";
import type { ArchiveBucket } from "@meetstream/core/archive";
import { archivedEventsOfCommit, archiveObjects } from "@meetstream/core/archive";
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
import { eventTableStreamRecord, holdsNewCommit, parseCommitImage } from "../archive/commit-stream-record";
import { type LambdaHandler, type Observability, observed } from "./observed";

export interface ArchiverDependencies extends Observability {
  bucket: ArchiveBucket;
}

export type ArchiverHandler = LambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>;

/**
 * Archives every commit of the event table, from its DynamoDB stream, as NDJSON objects in the bucket.
 * Each commit is named after its first event id, which no other commit holds and which sorts by time:
 * a redelivered record writes the same objects with the same bytes, and a failed one is reported alone
 * (partial batch response) for the trigger to retry. Order does not matter, so records go in parallel.
 */
export function createArchiverHandler(dependencies: ArchiverDependencies): ArchiverHandler {
  const { bucket, logger, metrics } = dependencies;
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  async function archive(streamRecord: DynamoDBRecord): Promise<void> {
    const record = parse(streamRecord, undefined, eventTableStreamRecord);
    if (!holdsNewCommit(record)) return;
    const events = archivedEventsOfCommit(parseCommitImage(record.dynamodb.NewImage));
    const first = events[0];
    if (!first) return;
    const objects = archiveObjects(events, first.id);
    await Promise.all(objects.map((object) => bucket.write(object.key, object.text)));
    metrics?.addMetric("eventsArchived", MetricUnit.Count, events.length);
    logger.debug("commit archived", { streamId: first.streamId, firstVersion: first.version });
  }

  return observed(async (event, context) => {
    const response = await processPartialResponse(event, archive, processor, {
      context,
      // All failed is the same answer as some failed: the trigger retries what is reported.
      throwOnFullBatchFailure: false,
    });
    if (response.batchItemFailures.length > 0) {
      metrics?.addMetric("recordsFailed", MetricUnit.Count, response.batchItemFailures.length);
      logger.warn("records were not archived; the trigger delivers them again", {
        failed: response.batchItemFailures.length,
        errors: processor.errors.slice(0, 3).map((error) => error.message),
      });
    }
    return response;
  }, dependencies);
}
