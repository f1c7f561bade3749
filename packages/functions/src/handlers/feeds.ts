import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { Tracer } from "@aws-lambda-powertools/tracer";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createFeedsHandler } from "../lambda/feeds-handler";

const serviceName = "meetstream-feeds";
const tracer = new Tracer({ serviceName });

export const handler = createFeedsHandler({
  client: tracer.captureAWSv3Client(dynamoDocumentClient()),
  tables: { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
  emailSecret: Resource.EmailSecret.value,
  // Feed entries link to the web app's pages, on the router's one origin.
  appOrigin: new URL(Resource.Auth.url).origin,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
