import { bus } from "./bus";
import { busDeadLetters } from "./bus-dead-letters";
import { functionDefaults, handlerPath } from "./lambda";
import { router } from "./router";
import { emailSecret } from "./secrets";
import { documents, events, keys } from "./storage";

/**
 * Webhook deliveries, keyed as core's DynamoDB outbox creates its table for tests (outbox/dynamodb.ts): a
 * sparse, sharded index of what comes due, and each subscription's delivery log. Apart from mail's outbox,
 * so that each sender claims only what it sends.
 */
export const webhookOutbox = new sst.aws.Dynamo("WebhookOutbox", {
  fields: { key: "string", dueShard: "string", dueAt: "number", recipient: "string", logSort: "string" },
  primaryIndex: { hashKey: "key" },
  globalIndexes: {
    due: { hashKey: "dueShard", rangeKey: "dueAt", projection: "keys-only" },
    recipient: { hashKey: "recipient", rangeKey: "logSort" },
  },
});

/** What the webhook functions read: the log and documents (meetups, subscriptions), the outbox, the secret. */
const webhookLinks = [events, documents, keys, webhookOutbox, emailSecret];

/** A payload's meetup links to its page on the router's origin. */
const environment = { ...functionDefaults.environment, MEETSTREAM_APP_ORIGIN: router.url };

/** Events EventBridge could not deliver to the webhook dispatcher, or it failed on, after their retries. */
export const webhookDeadLetters = busDeadLetters("Webhooks");

/**
 * The dispatcher (composition/meetstream-modules.ts: `webhookReactor`): a community's meetup events become
 * deliveries in the outbox, sent at once. Outside any VPC, so a delivery reaches public addresses only, and
 * the sender refuses private, loopback and link-local ones after resolving (core's webhook-request.ts). A
 * try takes 5 s at most; a batch of subscriptions fits the timeout.
 */
export const webhooks = bus.subscribe(
  "Webhooks",
  webhookDeadLetters.receiveFailuresOf({
    ...functionDefaults,
    handler: handlerPath("webhooks"),
    link: webhookLinks,
    environment,
    timeout: "1 minute",
  }),
  {
    pattern: {
      source: ["meetstream"],
      detailType: [
        "MeetupPublished",
        "MeetupDetailsChanged",
        "CapacityChanged",
        "MeetupRescheduled",
        "MeetupCancelled",
        "RsvpConfirmed",
        "RsvpWaitlisted",
        "RsvpCancelled",
        "RsvpRemoved",
        "RsvpReleased",
        "WaitlistPromoted",
        "WaitlistPromotedByOrganiser",
        "AttendeeCheckedIn",
        "StreamAppended",
      ],
    },
    transform: {
      target: {
        deadLetterConfig: { arn: webhookDeadLetters.queue.arn },
        retryPolicy: { maximumRetryAttempts: 20, maximumEventAgeInSeconds: 24 * 60 * 60 },
      },
    },
  },
);
webhookDeadLetters.allowRules(webhooks.nodes.rule.arn);

/** Retries and redeliveries: what came due in the outbox, every minute (the backoff's shortest wait). */
export const webhookRetries = new sst.aws.Cron("WebhookRetries", {
  schedule: "rate(1 minute)",
  function: {
    ...functionDefaults,
    handler: handlerPath("webhook-retries"),
    link: webhookLinks,
    environment,
    // The next minute's run takes what this one left: a retry of the run would only race it.
    retries: 0,
    timeout: "1 minute",
  },
});
