/**
 * What other folders may import from the webhook context: organisers' subscriptions of an https URL to
 * kinds of their community's events (events, decider, documents, commands and queries, with every rule of
 * who may see and change them), the public payload of each kind (public-payloads.ts, the one place it is
 * documented), the dispatcher that records deliveries in the webhook outbox, and the sender that signs them
 * (Standard Webhooks) and POSTs them under the outbound rules.
 */
export {
  type WebhookModule,
  type WebhookModuleOptions,
  type WebhookWithSecret,
  webhookDeliveryActor,
  webhookModule,
} from "./commands";
export {
  failuresBeforeDisabling,
  secretOverlapMilliseconds,
  type WebhookSubscription,
} from "./decider";
export { type WebhookDocument, webhookProjections } from "./documents";
export {
  NotAWebhookOrganiser,
  TooManyWebhooks,
  UnknownWebhookKind,
  WebhookDeliveryNotFound,
  WebhookNotFound,
  WebhookUrlRefused,
} from "./errors";
export { webhookEventTypes } from "./events";
export { type AddressKind, addressKind } from "./outbound-address";
export {
  type PublicCommunity,
  type PublicMeetup,
  parsedWebhookPayload,
  type WebhookPayload,
  webhookDataSchemas,
  webhookPayloadVersion,
} from "./public-payloads";
export {
  type WebhookDelivery,
  type WebhookDeliveryPage,
  type WebhookView,
  webhooksPerCommunity,
} from "./queries";
export {
  type WebhookDispatcherContexts,
  type WebhookDispatcherOptions,
  webhookDispatcher,
} from "./webhook-dispatcher";
export { isWebhookKind, type WebhookKind, webhookKindNames, webhookKinds } from "./webhook-kinds";
export {
  defaultResponseLimitBytes,
  defaultTimeoutMilliseconds,
  type OutboundMode,
  type OutboundPolicy,
  postWebhook,
  type WebhookResponse,
} from "./webhook-request";
export type { WebhookSecrets } from "./webhook-secrets";
export { type WebhookSender, type WebhookSenderOptions, webhookSender } from "./webhook-sender";
export { webhookSubscriptions } from "./webhook-subscriptions";
