import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { membershipReactors } from "../composition/meetstream-modules";
import { createReactorHandler } from "../lambda/reactor-handler";
import { tracing } from "../lambda/tracing";
import { photosInBucket } from "../lambda/uploads-bucket";
import { openAwsStores } from "../stores/aws-stores";

const serviceName = "meetstream-reactor";
const { tracer, traced } = await tracing(serviceName);
const { store, documents, keys } = openAwsStores(traced(dynamoDocumentClient()), {
  events: Resource.Events.name,
  documents: Resource.Documents.name,
  keys: Resource.Keys.name,
});

export const handler = createReactorHandler({
  reactors: membershipReactors({
    store,
    documents,
    keys,
    clock: systemClock,
    // An erased member's speaker photos go with them: their face is in the uploads bucket.
    blobs: photosInBucket(Resource.Uploads.name),
  }),
  store,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
