import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createMailFeedbackHandler } from "../lambda/mail-feedback-handler";
import { tracing } from "../lambda/tracing";

/** SES's bounces and complaints, from its configuration set's EventBridge destination: the address is suppressed. */
const serviceName = "meetstream-mail-feedback";
const { tracer, traced } = await tracing(serviceName);

export const handler = createMailFeedbackHandler({
  client: traced(dynamoDocumentClient()),
  tables: { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
  emailSecret: Resource.EmailSecret.value,
  clock: systemClock,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
