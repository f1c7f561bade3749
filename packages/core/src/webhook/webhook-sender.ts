import { type Clock, systemClock } from "../clock/clock";
import { inParallel } from "../concurrency/in-parallel";
import type { Outbox, OutboxAttempt, OutboxClaim, OutboxKey, OutboxSettlement } from "../outbox/outbox";
import { type RetrySchedule, retryOrGiveUp } from "../outbox/retry-schedule";
import type { WebhookModule } from "./commands";
import type { WebhookSubscription } from "./decider";
import { WebhookNotFound } from "./errors";
import { type OutboundPolicy, postWebhook, type WebhookResponse } from "./webhook-request";

export interface WebhookSenderOptions {
  /** The webhook outbox (its own table: the mail sender never claims a delivery). */
  outbox: Outbox;
  webhooks: Pick<WebhookModule, "subscriptionOf" | "recordFailure" | "recordSuccess" | "secrets">;
  /** Where deliveries may go, and how long one may take and read. */
  policy: OutboundPolicy;
  clock?: Clock;
  /** How long a sender holds a delivery before another may take it (default a minute; a try takes 5 s at most). */
  leaseMilliseconds?: number;
  /** Deliveries in flight at once (default 32: each mostly waits on its receiver). */
  concurrency?: number;
  /** When a failed delivery is tried again (default: from a minute, doubling, up to an hour, for a day). */
  retry?: RetrySchedule;
  /** Told when failures disable a subscription (after its 20th in a row): a log line, a notice. */
  onDisabled?(webhookId: string): void;
  /** Told when a try's outcome could not be recorded (the store failed): the lease ends, it is tried again. */
  onError?(error: unknown): void;
}

export interface WebhookSender {
  /** Delivers these recorded deliveries now, each claimed first: one another sender holds is left to it. */
  send(keys: readonly OutboxKey[]): Promise<void>;
  /** Delivers what is due (retries, redeliveries, what a stopped sender left): how many it took. */
  sendDue(limit?: number): Promise<number>;
}

/**
 * Delivers the webhook outbox: each delivery is signed (Standard Webhooks: `webhook-id` is the event's id,
 * the same on every try, so a receiver drops duplicates; `webhook-timestamp` and the signatures are the
 * try's), POSTed under the outbound rules, and settled. A failed try is counted on the subscription (20 in
 * a row disable it) and tried again with backoff for a day; a delivery to a disabled or deleted
 * subscription is settled as skipped, and an organiser can redeliver it once it is enabled.
 */
export function webhookSender(options: WebhookSenderOptions): WebhookSender {
  const { outbox, webhooks, policy, clock = systemClock, retry = {}, onDisabled = () => {} } = options;
  const { onError = () => {} } = options;
  const { leaseMilliseconds = 60_000, concurrency = 32 } = options;

  async function deliver(claim: OutboxClaim): Promise<void> {
    const startedAt = clock.now();
    const started = performance.now();
    const attempt = (outcome: string): OutboxAttempt => ({
      at: startedAt.toISOString(),
      milliseconds: Math.round(performance.now() - started),
      outcome,
    });
    const settle = (settlement: OutboxSettlement) => outbox.settle(claim, settlement);
    const { recipient: webhookId, eventId } = claim.entry;
    const subscription = await webhooks.subscriptionOf(webhookId);
    if (!subscription || subscription.status === "deleted")
      return void (await settle({ result: "failed", attempt: attempt("skipped: webhook deleted") }));
    if (subscription.status !== "active")
      return void (await settle({ result: "failed", attempt: attempt("skipped: webhook disabled") }));

    const body = JSON.stringify(claim.entry.payload);
    const response: WebhookResponse = await postWebhook(
      subscription.url,
      body,
      {
        "webhook-id": eventId,
        "webhook-timestamp": String(Math.floor(startedAt.getTime() / 1000)),
        "webhook-signature": webhooks.secrets.signatureOf(webhookId, subscription, {
          id: eventId,
          at: startedAt,
          body,
        }),
      },
      policy,
    );
    const outcome = response.cut ? `${response.outcome} (response cut at its limit)` : response.outcome;
    if (response.delivered) {
      await settle({ result: "sent", attempt: attempt(outcome) });
      if (subscription.consecutiveFailures > 0) await webhooks.recordSuccess({ webhookId, eventId });
      return;
    }
    let after: { subscription: WebhookSubscription; disabled: boolean };
    try {
      after = await webhooks.recordFailure({ webhookId, eventId, outcome });
    } catch (error) {
      // Deleted while the try was in flight: nothing more goes to it.
      if (error instanceof WebhookNotFound)
        return void (await settle({ result: "failed", attempt: attempt(`${outcome}; webhook deleted`) }));
      throw error;
    }
    if (after.subscription.status !== "active") {
      // This failure was the one that disabled it: of many failing at once, the organisers are told once.
      if (after.disabled) onDisabled(webhookId);
      return void (await settle({ result: "failed", attempt: attempt(`${outcome}; webhook disabled`) }));
    }
    await settle(retryOrGiveUp(claim.entry, attempt(outcome), clock.now().getTime(), retry));
  }

  const safely = async (claim: OutboxClaim) => {
    try {
      await deliver(claim);
    } catch (error) {
      // The claim's lease ends and the delivery comes due again: a store that failed once may not twice.
      onError(error);
    }
  };

  return {
    async send(keys) {
      await inParallel(keys, concurrency, async (key) => {
        const claim = await outbox.claim(key, leaseMilliseconds);
        if (claim) await safely(claim);
      });
    },
    async sendDue(limit = 500) {
      const claims = await outbox.claimDue(limit, leaseMilliseconds);
      await inParallel(claims, concurrency, safely);
      return claims.length;
    },
  };
}
