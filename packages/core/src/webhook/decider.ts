import type { Decider } from "../decider/decider";
import { WebhookNotFound } from "./errors";
import {
  WebhookDeleted,
  WebhookDeliveryFailed,
  WebhookDeliverySucceeded,
  WebhookDisabled,
  WebhookEnabled,
  type WebhookEvent,
  WebhookSecretRotated,
  WebhookSubscribed,
} from "./events";
import type { WebhookKind } from "./webhook-kinds";

/** Failed tries in a row after which a subscription is disabled (its URL is gone, or broken). */
export const failuresBeforeDisabling = 20;

/** How long the previous secret keeps signing after a rotation (default): a day to deploy the new one. */
export const secretOverlapMilliseconds = 24 * 60 * 60 * 1000;

export interface WebhookSubscription {
  status: "none" | "active" | "disabled" | "deleted";
  communityId: string;
  url: string;
  kinds: string[];
  /** Why it is disabled; null while active. */
  disabledReason: "organiser" | "failures" | null;
  consecutiveFailures: number;
  /** Which secret signs now: 1 at first, one more at each rotation. */
  secretGeneration: number;
  /** Until when the previous generation signs beside it (ISO UTC); null when no rotation overlaps now. */
  previousSecretValidUntil: string | null;
}

export const noSubscription: WebhookSubscription = {
  status: "none",
  communityId: "",
  url: "",
  kinds: [],
  disabledReason: null,
  consecutiveFailures: 0,
  secretGeneration: 1,
  previousSecretValidUntil: null,
};

export type WebhookCommand =
  | { type: "Subscribe"; communityId: string; url: string; kinds: WebhookKind[] }
  | { type: "RotateSecret"; overlapMilliseconds: number }
  | { type: "RecordFailure"; eventId: string; outcome: string }
  | { type: "RecordSuccess"; eventId: string }
  | { type: "Disable" }
  | { type: "Enable" }
  | { type: "Delete" };

export const webhookDecider: Decider<WebhookSubscription, WebhookCommand, WebhookEvent> = {
  initialState: noSubscription,

  decide(command, subscription) {
    if (command.type === "Subscribe") {
      // The same subscription asked for again (a retried request) records nothing more.
      if (subscription.status !== "none") return [];
      const { communityId, url, kinds } = command;
      return [WebhookSubscribed({ communityId, url, kinds })];
    }
    if (subscription.status === "none" || subscription.status === "deleted") throw new WebhookNotFound("");
    switch (command.type) {
      case "RotateSecret":
        return [
          WebhookSecretRotated({
            generation: subscription.secretGeneration + 1,
            previousValidUntil: new Date(
              Date.parse(command.metadata.at) + command.overlapMilliseconds,
            ).toISOString(),
          }),
        ];
      case "RecordFailure": {
        // A try that was in flight when the subscription was disabled counts for nothing more.
        if (subscription.status !== "active") return [];
        const failed = WebhookDeliveryFailed({ eventId: command.eventId, outcome: command.outcome });
        return subscription.consecutiveFailures + 1 >= failuresBeforeDisabling
          ? [failed, WebhookDisabled({ reason: "failures" })]
          : [failed];
      }
      case "RecordSuccess":
        return subscription.consecutiveFailures > 0
          ? [WebhookDeliverySucceeded({ eventId: command.eventId })]
          : [];
      case "Disable":
        return subscription.status === "disabled" ? [] : [WebhookDisabled({ reason: "organiser" })];
      case "Enable":
        return subscription.status === "active" ? [] : [WebhookEnabled({})];
      case "Delete":
        return [WebhookDeleted({})];
    }
  },

  evolve(subscription, event) {
    switch (event.type) {
      case "WebhookSubscribed":
        return { ...noSubscription, ...event.data, status: "active" };
      case "WebhookSecretRotated":
        return {
          ...subscription,
          secretGeneration: event.data.generation,
          previousSecretValidUntil: event.data.previousValidUntil,
        };
      case "WebhookDeliveryFailed":
        return { ...subscription, consecutiveFailures: subscription.consecutiveFailures + 1 };
      case "WebhookDeliverySucceeded":
        return { ...subscription, consecutiveFailures: 0 };
      case "WebhookDisabled":
        return { ...subscription, status: "disabled", disabledReason: event.data.reason };
      case "WebhookEnabled":
        // A fresh start: the URL was fixed, so the failures before count no more.
        return { ...subscription, status: "active", disabledReason: null, consecutiveFailures: 0 };
      case "WebhookDeleted":
        return { ...subscription, status: "deleted" };
    }
  },
};

/** Whether deliveries of this kind go to the subscription now. */
export const listensTo = (subscription: WebhookSubscription, kind: WebhookKind): boolean =>
  subscription.status === "active" && subscription.kinds.includes(kind);
