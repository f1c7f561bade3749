import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { quarantineReporter } from "../fan-out/quarantine-report";
import { awsProjector } from "../lambda/aws-projector";
import { createProjectorHandler } from "../lambda/projector-handler";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-projector";
const { tracer, traced } = await tracing(serviceName);
const logger = new Logger({ serviceName });
const metrics = new Metrics({ serviceName, namespace: "meetstream" });

export const handler = createProjectorHandler({
  projector: awsProjector(
    traced(dynamoDocumentClient()),
    { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
    {
      onQuarantined: quarantineReporter({
        eventBridge: traced(new EventBridgeClient({})),
        busName: Resource.Bus.name,
        logger,
        metrics,
      }),
    },
  ),
  logger,
  metrics,
  tracer,
});
