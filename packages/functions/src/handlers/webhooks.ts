import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createReactorHandler } from "../lambda/reactor-handler";
import { tracing } from "../lambda/tracing";
import { webhookDelivery } from "../lambda/webhook-delivery";
import { openAwsStores } from "../stores/aws-stores";

/** A community's meetup events, delivered to the webhooks that listen to their kind: its own subscriber and DLQ. */
const serviceName = "meetstream-webhooks";
const { tracer, traced } = await tracing(serviceName);
const logger = new Logger({ serviceName });
const client = traced(dynamoDocumentClient());
const tables = {
  events: Resource.Events.name,
  documents: Resource.Documents.name,
  keys: Resource.Keys.name,
  webhookOutbox: Resource.WebhookOutbox.name,
};
const { dispatcher } = webhookDelivery({
  client,
  tables,
  emailSecret: Resource.EmailSecret.value,
  appOrigin: process.env.MEETSTREAM_APP_ORIGIN ?? "",
  logger,
});

export const handler = createReactorHandler({
  reactors: [dispatcher],
  store: openAwsStores(client, tables).store,
  logger,
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
