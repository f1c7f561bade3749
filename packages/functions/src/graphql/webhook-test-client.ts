/** Webhook requests over the real local host, for the webhook GraphQL tests. */

import type { Person } from "./community-test-client";
import { meetupClient } from "./meetup-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

export const webhookFields = `id url kinds status disabledReason disabledAt consecutiveFailures createdAt
  previousSecretValidUntil`;

export const deliveryFields =
  "id kind status createdAt nextTryAt deliveredAt attemptCount body attempts { at milliseconds outcome }";

const rejection =
  "... on Error { code message } ... on WebhookUrlRefused { reason } ... on TooManyWebhooks { limit }";

export function webhookClient(url: string) {
  const meetups = meetupClient(url);
  const onWebhook =
    (name: string, selection: string) => async (person: Person | undefined, webhookId: string) =>
      (
        await meetups.query(
          `mutation ($webhookId: ID!) { ${name}(webhookId: $webhookId) { __typename ${selection} ... on Error { code message } } }`,
          person,
          { webhookId },
        )
      )[name] as Loose;
  return {
    ...meetups,
    async createWebhook(
      person: Person | undefined,
      input: { communityId: string; url: string; kinds: string[]; idempotencyKey?: string },
    ): Promise<Loose> {
      const data = await meetups.query(
        `mutation ($communityId: ID!, $url: String!, $kinds: [WebhookKind!]!, $idempotencyKey: String) {
          createWebhook(communityId: $communityId, url: $url, kinds: $kinds, idempotencyKey: $idempotencyKey) {
            __typename ... on WebhookWithSecret { secret webhook { ${webhookFields} } } ${rejection} } }`,
        person,
        input,
      );
      return data.createWebhook;
    },
    rotate: onWebhook(
      "rotateWebhookSecret",
      `... on WebhookWithSecret { secret webhook { ${webhookFields} } }`,
    ),
    disable: onWebhook("disableWebhook", `... on Webhook { ${webhookFields} }`),
    enable: onWebhook("enableWebhook", `... on Webhook { ${webhookFields} }`),
    remove: onWebhook("deleteWebhook", "... on WebhookDeleted { webhookId }"),
    async redeliver(person: Person | undefined, webhookId: string, deliveryId: string): Promise<Loose> {
      const data = await meetups.query(
        `mutation ($webhookId: ID!, $deliveryId: ID!) { redeliverWebhook(webhookId: $webhookId, deliveryId: $deliveryId) {
          __typename ... on WebhookDelivery { ${deliveryFields} } ... on Error { code message } } }`,
        person,
        { webhookId, deliveryId },
      );
      return data.redeliverWebhook;
    },
    /** The community's webhooks with their latest deliveries, as the viewer sees them (null: none of theirs). */
    async webhooksOf(person: Person | undefined, slug: string, first = 10): Promise<Loose> {
      const data = await meetups.query(
        `query ($slug: String!, $first: Int) { community(slug: $slug) { webhooks { ${webhookFields}
          deliveries(first: $first) { edges { cursor node { ${deliveryFields} } } pageInfo { hasNextPage endCursor } } } } }`,
        person,
        { slug, first },
      );
      return data.community.webhooks;
    },
  };
}

export type WebhookClient = ReturnType<typeof webhookClient>;
