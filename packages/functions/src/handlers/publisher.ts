import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { Resource } from "sst";
import { createPublisherHandler } from "../fan-out/publisher-handler";

const serviceName = "meetstream-publisher";

export const handler = createPublisherHandler({
  eventBridge: new EventBridgeClient({}),
  busName: Resource.Bus.name,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
});
