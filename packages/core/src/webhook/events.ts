import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * A webhook subscription: one stream per subscription (`webhook-<webhookId>`). Nothing in it is personal
 * or secret: the signing secrets are derived from the server secret, the subscription and the secret's
 * generation (webhook-secrets.ts), so the log never holds one.
 */

/** An organiser subscribed a URL to kinds of their community's events. */
export const WebhookSubscribed = defineEvent("WebhookSubscribed", () =>
  z.object({
    communityId: z.string(),
    url: z.string(),
    kinds: z.array(z.string()),
  }),
);

/**
 * A new secret signs from now on; the previous one signs beside it until `previousValidUntil`, so the
 * receiver can switch without losing a delivery.
 */
export const WebhookSecretRotated = defineEvent("WebhookSecretRotated", () =>
  z.object({
    generation: z.int().check(z.gte(2)),
    previousValidUntil: z.iso.datetime(),
  }),
);

/** A try at a delivery failed: counted, because 20 in a row disable the subscription. */
export const WebhookDeliveryFailed = defineEvent("WebhookDeliveryFailed", () =>
  z.object({ eventId: z.string(), outcome: z.string() }),
);

/** A delivery went through after failures: the count of failures in a row starts again. */
export const WebhookDeliverySucceeded = defineEvent("WebhookDeliverySucceeded", () =>
  z.object({ eventId: z.string() }),
);

/** Nothing is sent any more: an organiser turned it off, or its URL failed 20 times in a row. */
export const WebhookDisabled = defineEvent("WebhookDisabled", () =>
  z.object({ reason: z.enum(["organiser", "failures"]) }),
);

export const WebhookEnabled = defineEvent("WebhookEnabled", () => z.object({}));

export const WebhookDeleted = defineEvent("WebhookDeleted", () => z.object({}));

export type WebhookEvent =
  | EventOf<typeof WebhookSubscribed>
  | EventOf<typeof WebhookSecretRotated>
  | EventOf<typeof WebhookDeliveryFailed>
  | EventOf<typeof WebhookDeliverySucceeded>
  | EventOf<typeof WebhookDisabled>
  | EventOf<typeof WebhookEnabled>
  | EventOf<typeof WebhookDeleted>;

export const webhookEventTypes: readonly EventType[] = [
  WebhookSubscribed,
  WebhookSecretRotated,
  WebhookDeliveryFailed,
  WebhookDeliverySucceeded,
  WebhookDisabled,
  WebhookEnabled,
  WebhookDeleted,
];
