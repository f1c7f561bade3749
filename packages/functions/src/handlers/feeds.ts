import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createFeedsHandler } from "../lambda/feeds-handler";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-feeds";
const { tracer, traced } = await tracing(serviceName);

export const handler = createFeedsHandler({
  client: traced(dynamoDocumentClient()),
  tables: { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
  emailSecret: Resource.EmailSecret.value,
  // Feed entries link to the web app's pages, on the router's one origin.
  appOrigin: new URL(Resource.Auth.url).origin,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
