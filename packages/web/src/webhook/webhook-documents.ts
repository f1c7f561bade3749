import { graphql, type ResultOf } from "../graphql/graphql";

export const WebhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    kind
    status
    createdAt
    nextTryAt
    deliveredAt
    attemptCount
    attempts {
      at
      milliseconds
      outcome
    }
  }
`);

export const WebhookFields = graphql(
  `
    fragment WebhookFields on Webhook {
      id
      url
      kinds
      status
      disabledReason
      disabledAt
      consecutiveFailures
      createdAt
      previousSecretValidUntil
      deliveries(first: 20) {
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
      }
    }
  `,
  [WebhookDeliveryFields],
);

export type WebhookItem = ResultOf<typeof WebhookFields>;
export type WebhookDeliveryItem = ResultOf<typeof WebhookDeliveryFields>;

/** A community's webhooks with their latest deliveries (its organisers only), and the kinds to choose from. */
export const CommunityWebhooksQuery = graphql(
  `
    query CommunityWebhooks($slug: String!) {
      community(slug: $slug) {
        id
        name
        webhooks {
          ...WebhookFields
        }
      }
      webhookKinds {
        kind
        label
      }
    }
  `,
  [WebhookFields],
);

export const CreateWebhookMutation = graphql(
  `
    mutation CreateWebhook($communityId: ID!, $url: String!, $kinds: [WebhookKind!]!, $idempotencyKey: String) {
      createWebhook(communityId: $communityId, url: $url, kinds: $kinds, idempotencyKey: $idempotencyKey) {
        __typename
        ... on WebhookWithSecret {
          secret
          webhook {
            ...WebhookFields
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [WebhookFields],
);

export const RotateWebhookSecretMutation = graphql(
  `
    mutation RotateWebhookSecret($webhookId: ID!) {
      rotateWebhookSecret(webhookId: $webhookId) {
        __typename
        ... on WebhookWithSecret {
          secret
          webhook {
            ...WebhookFields
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [WebhookFields],
);

export const DisableWebhookMutation = graphql(
  `
    mutation DisableWebhook($webhookId: ID!) {
      disableWebhook(webhookId: $webhookId) {
        __typename
        ... on Webhook {
          ...WebhookFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [WebhookFields],
);

export const EnableWebhookMutation = graphql(
  `
    mutation EnableWebhook($webhookId: ID!) {
      enableWebhook(webhookId: $webhookId) {
        __typename
        ... on Webhook {
          ...WebhookFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [WebhookFields],
);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($webhookId: ID!) {
    deleteWebhook(webhookId: $webhookId) {
      __typename
      ... on WebhookDeleted {
        webhookId
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(
  `
    mutation RedeliverWebhook($webhookId: ID!, $deliveryId: ID!) {
      redeliverWebhook(webhookId: $webhookId, deliveryId: $deliveryId) {
        __typename
        ... on WebhookDelivery {
          ...WebhookDeliveryFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [WebhookDeliveryFields],
);
