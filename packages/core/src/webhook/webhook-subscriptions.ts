import { streamStates } from "../decider/stream-states";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type WebhookSubscription, webhookDecider } from "./decider";
import { webhookStream } from "./webhook-streams";

/**
 * Subscriptions read from their streams, for what needs no module (no outbox, no secrets): the notifier
 * telling organisers which webhook stopped.
 */
export function webhookSubscriptions({ store }: { store: EventStore }) {
  const states = streamStates({ store, decider: webhookDecider });
  return {
    async subscriptionOf(webhookId: string): Promise<WebhookSubscription | undefined> {
      if (typeof webhookId !== "string" || !isUuid(webhookId)) return undefined;
      const { state } = await states.current(webhookStream(webhookId));
      return state.status === "none" ? undefined : state;
    },
  };
}
