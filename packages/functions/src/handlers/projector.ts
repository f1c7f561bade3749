import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createProjectorHandler } from "../fan-out/projector-handler";
import { awsProjector } from "../lambda/aws-projector";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-projector";
const { tracer, traced } = await tracing(serviceName);

export const handler = createProjectorHandler({
  projector: awsProjector(traced(dynamoDocumentClient()), {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    keys: Resource.Keys.name,
  }),
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
