import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { tracing } from "../lambda/tracing";
import { createUnsubscribeHandler } from "../lambda/unsubscribe-handler";

/** The one-click unsubscribe (RFC 8058) mail clients POST to, at `/unsubscribe/one-click` of the router's origin. */
const serviceName = "meetstream-unsubscribe";
const { tracer, traced } = await tracing(serviceName);

export const handler = createUnsubscribeHandler({
  client: traced(dynamoDocumentClient()),
  tables: { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
  emailSecret: Resource.EmailSecret.value,
  clock: systemClock,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
