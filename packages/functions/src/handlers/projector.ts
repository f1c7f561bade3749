import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createProjectorHandler } from "../fan-out/projector-handler";
import { awsProjector } from "../lambda/aws-projector";

const serviceName = "meetstream-projector";

export const handler = createProjectorHandler({
  projector: awsProjector(dynamoDocumentClient(), {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    keys: Resource.Keys.name,
  }),
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
});
