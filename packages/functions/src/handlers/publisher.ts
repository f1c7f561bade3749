import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { Resource } from "sst";
import { createPublisherHandler } from "../lambda/publisher-handler";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-publisher";
const { tracer, traced } = await tracing(serviceName);

export const handler = createPublisherHandler({
  eventBridge: traced(new EventBridgeClient({})),
  busName: Resource.Bus.name,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
