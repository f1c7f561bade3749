import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { progressReactors } from "../composition/meetstream-modules";
import { createReactorHandler } from "../lambda/reactor-handler";
import { tracing } from "../lambda/tracing";
import { openAwsStores } from "../stores/aws-stores";

/**
 * A check-in completes its meetup's checkpoint on the paths the member follows; a path's revision
 * reassesses every completion of it: their own subscriber and DLQ.
 */
const serviceName = "meetstream-progress-reactions";
const { tracer, traced } = await tracing(serviceName);
const { store, documents, keys } = openAwsStores(traced(dynamoDocumentClient()), {
  events: Resource.Events.name,
  documents: Resource.Documents.name,
  keys: Resource.Keys.name,
});

export const handler = createReactorHandler({
  reactors: progressReactors({ store, documents, keys, clock: systemClock }),
  store,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
