import type { DocumentStore } from "../documents/document-store";
import { listCursor } from "../documents/list-cursor";
import { isUuid } from "../ids/new-id";
import type { CommunityRoles } from "../meetup/index";
import { logSortOf, type Outbox, type OutboxAttempt, type OutboxEntry } from "../outbox/outbox";
import { communityWebhooksPartition, type WebhookDocument, webhookKey } from "./documents";
import { isWebhookKind, outboxKindOf, type WebhookKind } from "./webhook-kinds";

/** A subscription as the console shows it to its community's organisers: never its secret. */
export type WebhookView = WebhookDocument;

/** One delivery of an event to a subscription, with its tries: a line of the console's delivery log. */
export interface WebhookDelivery {
  /** The event and the kind, as one id the console hands back to redeliver. */
  id: string;
  webhookId: string;
  kind: WebhookKind;
  status: "pending" | "sending" | "delivered" | "failed";
  /** ISO-8601 instants in UTC: the console shows them in the viewer's time. */
  createdAt: string;
  nextTryAt: string | null;
  deliveredAt: string | null;
  attemptCount: number;
  /** The latest tries, newest first. */
  attempts: OutboxAttempt[];
  /** The JSON body as it is sent (the public payload). */
  body: string;
  /** Where a page after this delivery starts (`after`). */
  cursor: string;
}

export interface WebhookDeliveryPage {
  deliveries: WebhookDelivery[];
  endCursor: string | null;
}

/** Subscriptions a community may have at most: every event of it goes to each. */
export const webhooksPerCommunity = 20;

export const deliveryIdOf = (eventId: string, kind: WebhookKind) => `${eventId}.${kind}`;

/** The event and kind of a delivery id, or undefined for anything that is not one. */
export function parseDeliveryId(deliveryId: unknown): { eventId: string; kind: WebhookKind } | undefined {
  if (typeof deliveryId !== "string" || deliveryId.length > 200) return undefined;
  const dot = deliveryId.indexOf(".");
  const eventId = deliveryId.slice(0, dot);
  const kind = deliveryId.slice(dot + 1);
  return dot > 0 && isUuid(eventId) && isWebhookKind(kind) ? { eventId, kind } : undefined;
}

const statusOf = (entry: OutboxEntry): WebhookDelivery["status"] =>
  entry.status === "sent" ? "delivered" : entry.status;

export function deliveryOf(entry: OutboxEntry): WebhookDelivery {
  const kind = entry.kind.slice("webhook:".length) as WebhookKind;
  return {
    id: deliveryIdOf(entry.eventId, kind),
    webhookId: entry.recipient,
    kind,
    status: statusOf(entry),
    createdAt: entry.createdAt,
    nextTryAt: entry.status === "pending" ? entry.dueAt : null,
    deliveredAt: entry.sentAt,
    attemptCount: entry.attemptCount,
    attempts: entry.attempts,
    body: JSON.stringify(entry.payload),
    cursor: listCursor(logSortOf(entry.createdAt, entry)),
  };
}

export interface WebhookQueries {
  /** The community's subscriptions, to its organisers; null to anyone else. */
  webhooksOf(communityId: string, viewerId: string | undefined): Promise<WebhookView[] | null>;
  /** One subscription, to its community's organisers; undefined to anyone else. */
  webhookOf(webhookId: string, viewerId: string | undefined): Promise<WebhookView | undefined>;
  /** A subscription's deliveries, newest first, to its community's organisers; undefined to anyone else. */
  deliveriesOf(
    webhookId: string,
    viewerId: string | undefined,
    page: { first: number; after?: string },
  ): Promise<WebhookDeliveryPage | undefined>;
}

export function webhookQueries({
  documents,
  roles,
  outbox,
}: {
  documents: DocumentStore;
  roles: CommunityRoles;
  outbox: Outbox;
}): WebhookQueries {
  const organises = async (communityId: string, viewerId: string | undefined) =>
    typeof viewerId === "string" && (await roles.roleOf(communityId, viewerId)) === "organiser";

  async function webhookOf(webhookId: string, viewerId: string | undefined) {
    if (typeof webhookId !== "string" || !isUuid(webhookId)) return undefined;
    const document = await documents.get<WebhookDocument>(webhookKey(webhookId));
    if (!document?.body || !(await organises(document.body.communityId, viewerId))) return undefined;
    return document.body;
  }

  return {
    async webhooksOf(communityId, viewerId) {
      if (
        typeof communityId !== "string" ||
        !isUuid(communityId) ||
        !(await organises(communityId, viewerId))
      )
        return null;
      const page = await documents.query<WebhookDocument>("first", {
        partition: communityWebhooksPartition(communityId),
        limit: webhooksPerCommunity * 2,
      });
      return page.documents.flatMap(({ body }) => (body ? [body] : []));
    },
    webhookOf,
    async deliveriesOf(webhookId, viewerId, { first, after }) {
      if (!(await webhookOf(webhookId, viewerId))) return undefined;
      const page = await outbox.forRecipient(webhookId, {
        first: Math.min(Math.max(1, Math.trunc(first) || 1), 100),
        ...(after === undefined ? {} : { after }),
      });
      return { deliveries: page.entries.map(deliveryOf), endCursor: page.endCursor };
    },
  };
}

export { outboxKindOf };
