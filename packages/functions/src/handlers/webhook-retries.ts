import { Logger } from "@aws-lambda-powertools/logger";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { tracing } from "../lambda/tracing";
import { webhookDelivery } from "../lambda/webhook-delivery";

/** Every minute: the webhook deliveries that came due (retries after backoff, redeliveries), until none are. */
const serviceName = "meetstream-webhook-retries";
const { traced } = await tracing(serviceName);
const logger = new Logger({ serviceName });
const { sender } = webhookDelivery({
  client: traced(dynamoDocumentClient()),
  tables: {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    keys: Resource.Keys.name,
    webhookOutbox: Resource.WebhookOutbox.name,
  },
  emailSecret: Resource.EmailSecret.value,
  appOrigin: process.env.MEETSTREAM_APP_ORIGIN ?? "",
  logger,
});

/** Leaves the minute's last seconds to the deliveries in flight: each takes 5 s at most. */
const stopTakingAfterMilliseconds = 45_000;

export async function handler(): Promise<{ delivered: number }> {
  const started = Date.now();
  let delivered = 0;
  for (let taken = -1; taken !== 0 && Date.now() - started < stopTakingAfterMilliseconds; ) {
    taken = await sender.sendDue(200);
    delivered += taken;
  }
  if (delivered > 0) logger.info("webhook deliveries that came due were sent", { delivered });
  return { delivered };
}
