import { describe, expect, test } from "vitest";
import { projectionSpecification } from "../testing/projecting";
import { communityWebhooksPartition, webhookKey, webhookProjection } from "./documents";
import {
  WebhookDeleted,
  WebhookDeliveryFailed,
  WebhookDisabled,
  WebhookEnabled,
  WebhookSecretRotated,
  WebhookSubscribed,
} from "./events";

const webhookId = "0190c0de-0000-7000-8000-000000000001";
const { given } = projectionSpecification(webhookProjection, `webhook-${webhookId}`);
const subscribed = WebhookSubscribed({
  communityId: "community-1",
  url: "https://hooks.example.com/meetstream",
  kinds: ["meetup.published"],
});

describe("webhook documents", () => {
  test("a subscription is listed under its community, oldest first", () =>
    given(subscribed).thenMatching({
      key: webhookKey(webhookId),
      body: expect.objectContaining({
        id: webhookId,
        status: "active",
        url: "https://hooks.example.com/meetstream",
        createdAt: "2026-01-01T00:00:00.000Z",
      }),
      indexes: {
        first: {
          partition: communityWebhooksPartition("community-1"),
          sort: `2026-01-01T00:00:00.000Z#${webhookId}`,
        },
      },
    }));

  test("disabled by failures, it says so and since when: the console's notice", () =>
    given(
      subscribed,
      WebhookDeliveryFailed({ eventId: "e", outcome: "HTTP 500" }),
      WebhookDisabled({ reason: "failures" }),
    ).thenMatching({
      body: expect.objectContaining({
        status: "disabled",
        disabledReason: "failures",
        disabledAt: "2026-01-01T00:02:00.000Z",
        consecutiveFailures: 1,
      }),
    }));

  test("enabled again, the notice goes", () =>
    given(subscribed, WebhookDisabled({ reason: "failures" }), WebhookEnabled({})).thenMatching({
      body: expect.objectContaining({ status: "active", disabledReason: null, consecutiveFailures: 0 }),
    }));

  test("a rotation shows until when the previous secret signs", () =>
    given(
      subscribed,
      WebhookSecretRotated({ generation: 2, previousValidUntil: "2026-01-02T00:01:00.000Z" }),
    ).thenMatching({
      body: expect.objectContaining({
        secretGeneration: 2,
        previousSecretValidUntil: "2026-01-02T00:01:00.000Z",
      }),
    }));

  test("a deleted subscription leaves only a tombstone", () =>
    given(subscribed, WebhookDeleted({})).then({
      key: webhookKey(webhookId),
      version: 2,
      body: null,
      indexes: {},
    }));
});
