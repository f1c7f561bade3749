import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { CommunityRoles } from "../meetup/index";
import type { Outbox, OutboxKey } from "../outbox/outbox";
import {
  secretOverlapMilliseconds as defaultOverlap,
  type WebhookCommand,
  type WebhookSubscription,
  webhookDecider,
} from "./decider";
import type { WebhookDocument } from "./documents";
import { NotAWebhookOrganiser, TooManyWebhooks, WebhookDeliveryNotFound, WebhookNotFound } from "./errors";
import {
  deliveryOf,
  parseDeliveryId,
  type WebhookDelivery,
  type WebhookQueries,
  type WebhookView,
  webhookQueries,
  webhooksPerCommunity,
} from "./queries";
import { parseWebhookKinds, parseWebhookUrl } from "./webhook-input";
import { outboxKindOf } from "./webhook-kinds";
import type { OutboundMode } from "./webhook-request";
import { type WebhookSecrets, webhookSecrets } from "./webhook-secrets";
import { webhookStream } from "./webhook-streams";

export interface WebhookModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Who organises a community, read from its stream (it authorizes writes). */
  communities: CommunityRoles;
  /** The webhook outbox: the delivery log reads it, redeliver changes it. */
  outbox: Outbox;
  /** Signing secrets are derived from it (webhook-secrets.ts). */
  serverSecret: string;
  /** Which URLs are taken: plain http to loopback only locally. */
  mode: OutboundMode;
  clock?: Clock;
  idempotency?: IdempotencyStore;
  /** How long a rotated-out secret keeps signing (default a day). */
  secretOverlapMilliseconds?: number;
  /** Told of a delivery made due again, to send it now rather than at the sender's next pass. */
  afterRedelivery?(key: OutboxKey): void;
}

/** A subscription with its secret: answered once, when the secret is made, and never again. */
export interface WebhookWithSecret {
  webhook: WebhookView;
  secret: string;
}

interface OrganiserRequest {
  webhookId: string;
  actor: string;
  idempotencyKey?: string;
}

/** Who records the deliveries' outcomes on a subscription. */
export const webhookDeliveryActor = "system:webhook-delivery";

export interface WebhookModule extends WebhookQueries {
  secrets: WebhookSecrets;
  subscribe(request: {
    communityId: string;
    url: string;
    kinds: readonly string[];
    actor: string;
    idempotencyKey?: string;
  }): Promise<WebhookWithSecret>;
  /** A new secret signs from now on, the previous one beside it for the overlap. */
  rotateSecret(request: OrganiserRequest): Promise<WebhookWithSecret>;
  disable(request: OrganiserRequest): Promise<WebhookView>;
  /** Active again, its failures forgotten: what failed meanwhile is redelivered by hand. */
  enable(request: OrganiserRequest): Promise<WebhookView>;
  delete(request: OrganiserRequest): Promise<void>;
  /** Sends a delivered or failed delivery again, at once. */
  redeliver(request: { webhookId: string; deliveryId: string; actor: string }): Promise<WebhookDelivery>;
  /** The subscription as its stream has it now (the sender's check before each try); undefined if none. */
  subscriptionOf(webhookId: string): Promise<WebhookSubscription | undefined>;
  /**
   * A try failed (the sender): 20 in a row disable the subscription. `disabled`: this failure was the one
   * that disabled it (of many failing at once, one is).
   */
  recordFailure(request: {
    webhookId: string;
    eventId: string;
    outcome: string;
  }): Promise<{ subscription: WebhookSubscription; disabled: boolean }>;
  /** A try went through after failures (the sender): the count starts again. */
  recordSuccess(request: { webhookId: string; eventId: string }): Promise<void>;
}

export function webhookModule(options: WebhookModuleOptions): WebhookModule {
  const {
    store,
    documents,
    communities,
    outbox,
    serverSecret,
    mode,
    clock = systemClock,
    idempotency,
  } = options;
  const overlap = options.secretOverlapMilliseconds ?? defaultOverlap;
  const states = streamStates({ store, decider: webhookDecider });
  // Many deliveries to one subscription fail at once when its receiver is down: each counts on its stream.
  const handler = commandHandler({
    store,
    decider: webhookDecider,
    states,
    clock,
    idempotency,
    maximumAttempts: 40,
  });
  const secrets = webhookSecrets(serverSecret);
  const queries = webhookQueries({ documents, roles: communities, outbox });

  async function assertOrganiser(communityId: string, actor: string): Promise<void> {
    if ((await communities.roleOf(communityId, actor)) !== "organiser")
      throw new NotAWebhookOrganiser(communityId, actor);
  }

  const viewOf = (webhookId: string, subscription: WebhookSubscription, createdAt: string): WebhookView => {
    const { status, ...rest } = subscription;
    return {
      ...rest,
      id: webhookId,
      status: status === "active" ? "active" : "disabled",
      createdAt,
      disabledAt: null,
    };
  };

  /** The subscription's community, checked to be organised by the actor; a stranger learns nothing of it. */
  async function authorized(webhookId: string, actor: string): Promise<WebhookSubscription> {
    if (typeof webhookId !== "string" || !isUuid(webhookId))
      throw new WebhookNotFound(String(webhookId).slice(0, 100));
    const { state } = await states.current(webhookStream(webhookId));
    if (state.status === "none" || state.status === "deleted") throw new WebhookNotFound(webhookId);
    await assertOrganiser(state.communityId, actor);
    return state;
  }

  async function change(
    webhookId: string,
    command: WebhookCommand,
    metadata: { actor: string; idempotencyKey?: string; causationId?: string },
  ) {
    try {
      return await handler.handle({ streamId: webhookStream(webhookId), command, metadata });
    } catch (error) {
      if (error instanceof WebhookNotFound) throw new WebhookNotFound(webhookId);
      throw error;
    }
  }

  /** The document's view once projected, else the state's: the console reads what it was answered. */
  async function current(webhookId: string, subscription: WebhookSubscription): Promise<WebhookView> {
    const document = await documents.get<WebhookDocument>({
      partition: `webhook#${webhookId}`,
      sort: "subscription",
    });
    const createdAt = document?.body?.createdAt ?? clock.now().toISOString();
    return { ...viewOf(webhookId, subscription, createdAt), disabledAt: document?.body?.disabledAt ?? null };
  }

  const keyed = (idempotencyKey: string | undefined) =>
    idempotencyKey === undefined ? {} : { idempotencyKey };

  return {
    ...queries,
    secrets,

    async subscribe({ communityId, url, kinds, actor, idempotencyKey }) {
      if (typeof communityId !== "string" || !isUuid(communityId))
        throw new NotAWebhookOrganiser(String(communityId).slice(0, 100), actor);
      await assertOrganiser(communityId, actor);
      const parsedUrl = parseWebhookUrl(url, mode);
      const parsedKinds = parseWebhookKinds(kinds);
      const existing = await queries.webhooksOf(communityId, actor);
      if ((existing?.length ?? 0) >= webhooksPerCommunity)
        throw new TooManyWebhooks(communityId, webhooksPerCommunity);
      const metadata = { actor, ...keyed(idempotencyKey) };
      const webhookId = createdId("webhook", metadata);
      const { state, events } = await change(
        webhookId,
        { type: "Subscribe", communityId, url: parsedUrl, kinds: parsedKinds },
        metadata,
      );
      const createdAt = events[0]?.meta.occurredAt ?? clock.now().toISOString();
      return {
        webhook: viewOf(webhookId, state, createdAt),
        secret: secrets.secretOf(webhookId, state.secretGeneration),
      };
    },

    async rotateSecret({ webhookId, actor, idempotencyKey }) {
      await authorized(webhookId, actor);
      const { state } = await change(
        webhookId,
        { type: "RotateSecret", overlapMilliseconds: overlap },
        { actor, ...keyed(idempotencyKey) },
      );
      return {
        webhook: await current(webhookId, state),
        secret: secrets.secretOf(webhookId, state.secretGeneration),
      };
    },

    async disable({ webhookId, actor, idempotencyKey }) {
      await authorized(webhookId, actor);
      const { state } = await change(webhookId, { type: "Disable" }, { actor, ...keyed(idempotencyKey) });
      return current(webhookId, state);
    },

    async enable({ webhookId, actor, idempotencyKey }) {
      await authorized(webhookId, actor);
      const { state } = await change(webhookId, { type: "Enable" }, { actor, ...keyed(idempotencyKey) });
      return current(webhookId, state);
    },

    async delete({ webhookId, actor, idempotencyKey }) {
      await authorized(webhookId, actor);
      await change(webhookId, { type: "Delete" }, { actor, ...keyed(idempotencyKey) });
    },

    async redeliver({ webhookId, deliveryId, actor }) {
      await authorized(webhookId, actor);
      const delivery = parseDeliveryId(deliveryId);
      if (!delivery) throw new WebhookDeliveryNotFound(String(deliveryId).slice(0, 100));
      const key = { eventId: delivery.eventId, recipient: webhookId, kind: outboxKindOf(delivery.kind) };
      if (!(await outbox.redeliver(key))) throw new WebhookDeliveryNotFound(deliveryId);
      const entry = await outbox.get(key);
      options.afterRedelivery?.(key);
      if (!entry) throw new WebhookDeliveryNotFound(deliveryId);
      return deliveryOf(entry);
    },

    async subscriptionOf(webhookId) {
      if (!isUuid(webhookId)) return undefined;
      const { state } = await states.current(webhookStream(webhookId));
      return state.status === "none" ? undefined : state;
    },

    async recordFailure({ webhookId, eventId, outcome }) {
      const { state, events } = await change(
        webhookId,
        { type: "RecordFailure", eventId, outcome: outcome.slice(0, 200) },
        { actor: webhookDeliveryActor, causationId: eventId },
      );
      return { subscription: state, disabled: events.some((event) => event.type === "WebhookDisabled") };
    },

    async recordSuccess({ webhookId, eventId }) {
      await change(
        webhookId,
        { type: "RecordSuccess", eventId },
        { actor: webhookDeliveryActor, causationId: eventId },
      );
    },
  };
}
