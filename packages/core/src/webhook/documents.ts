import type { DocumentKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import { noSubscription, type WebhookSubscription, webhookDecider } from "./decider";
import type { WebhookEvent } from "./events";
import { webhookIdOfStream } from "./webhook-streams";

export const webhookKey = (webhookId: string): DocumentKey => ({
  partition: `webhook#${webhookId}`,
  sort: "subscription",
});

/** The `first` index: a community's subscriptions, oldest first (the console's list, the dispatcher's). */
export const communityWebhooksPartition = (communityId: string) => `community-webhooks#${communityId}`;

/** A subscription as its community's organisers see it in the console; deleted ones are removed. */
export interface WebhookDocument extends Omit<WebhookSubscription, "status"> {
  id: string;
  status: "active" | "disabled";
  createdAt: string;
  /** When it was last disabled (the console's notice says when and why). */
  disabledAt: string | null;
}

const subscriptionDocuments: DocumentKind<WebhookEvent, WebhookDocument> = {
  touches: (event) => [webhookKey(webhookIdOfStream(event.streamId))],
  evolve: ({ body }, event) => {
    const { status: before, ...rest } = body ?? { ...noSubscription, status: "none" as const };
    const after = webhookDecider.evolve({ ...rest, status: before }, event);
    if (after.status === "deleted" || after.status === "none") return { type: "delete" };
    const id = webhookIdOfStream(event.streamId);
    const createdAt = body?.createdAt ?? event.meta.occurredAt;
    return {
      type: "upsert",
      body: {
        ...after,
        status: after.status,
        id,
        createdAt,
        disabledAt: event.type === "WebhookDisabled" ? event.meta.occurredAt : (body?.disabledAt ?? null),
      },
      indexes: {
        first: { partition: communityWebhooksPartition(after.communityId), sort: `${createdAt}#${id}` },
      },
    };
  },
};

export const webhookProjection: DocumentProjection<WebhookEvent> = {
  name: "webhooks",
  categories: ["webhook"],
  kinds: [subscriptionDocuments],
};

export const webhookProjections: readonly Projection[] = [webhookProjection as Projection];
