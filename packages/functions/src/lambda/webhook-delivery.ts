import type { Logger } from "@aws-lambda-powertools/logger";
import { systemClock } from "@meetstream/core/clock/clock";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { dynamoOutbox } from "@meetstream/core/outbox/dynamodb";
import type { Reactor } from "@meetstream/core/reactor/reactor";
import { type OutboundPolicy, type WebhookSender, webhookSender } from "@meetstream/core/webhook";
import { meetstreamModules, webhookReactor } from "../composition/meetstream-modules";
import { type LogTables, openAwsStores } from "../stores/aws-stores";

export interface WebhookDeliveryDependencies {
  client: ReturnType<typeof dynamoDocumentClient>;
  tables: LogTables & { webhookOutbox: string };
  /** The server secret the signing secrets are derived from (the API derives the same ones). */
  emailSecret: string;
  /** The router's origin: a payload's meetup links to its page there. */
  appOrigin: string;
  logger: Logger;
  /** The outbound rules' limits and resolver (tests resolve names themselves); always AWS mode. */
  policy?: Omit<OutboundPolicy, "mode">;
}

/**
 * Webhooks on AWS, for the two functions that deliver them: the dispatcher (a bus subscriber, which sends
 * what it records at once) and the retries (every minute). AWS mode: https only, and never to a private,
 * loopback or link-local address after resolution.
 */
export function webhookDelivery(dependencies: WebhookDeliveryDependencies): {
  dispatcher: Reactor;
  sender: WebhookSender;
} {
  const { client, tables, logger } = dependencies;
  const { store, documents, keys } = openAwsStores(client, tables);
  const outbox = dynamoOutbox({ client, tableName: tables.webhookOutbox });
  const { webhooks } = meetstreamModules({
    store,
    documents,
    keys,
    clock: systemClock,
    emailSecret: dependencies.emailSecret,
    webhooks: { outbox, mode: "aws" },
  });
  if (!webhooks) throw new Error("the modules were built without webhooks");
  const sender = webhookSender({
    outbox,
    webhooks,
    policy: { ...dependencies.policy, mode: "aws" },
    onDisabled: (webhookId) =>
      logger.warn("a webhook failed 20 times in a row and is disabled; its organisers see why", {
        webhookId,
      }),
    onError: (error) =>
      logger.error("a webhook delivery's outcome was not recorded; it is tried again", error as Error),
  });
  const dispatcher = webhookReactor({
    store,
    documents,
    keys,
    clock: systemClock,
    outbox,
    appOrigin: dependencies.appOrigin,
    send: (recorded) => sender.send(recorded),
  });
  return { dispatcher, sender };
}
