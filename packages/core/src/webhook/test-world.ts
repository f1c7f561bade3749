/**
 * The webhook context with real member, community and meetup contexts beside it, on one in-memory SQLite
 * store projected before each append returns; the webhook outbox in a table of its own, the dispatcher
 * reacting to every append and handing what it records to the sender at once, as the local host does.
 */
import type { Clock } from "../clock/clock";
import {
  type CommunityModule,
  communityEventTypes,
  communityModule,
  communityProjections,
} from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import { type MeetupModule, meetupEventTypes, meetupModule, meetupProjections } from "../meetup/index";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member/index";
import type { Outbox } from "../outbox/outbox";
import { sqliteOutbox } from "../outbox/sqlite";
import { type ProjectedWorld, projectedWorld } from "../testing/projected-world";
import { type WebhookModule, webhookModule } from "./commands";
import { webhookProjections } from "./documents";
import { webhookEventTypes } from "./events";
import { webhookDispatcher } from "./webhook-dispatcher";
import type { OutboundMode, OutboundPolicy } from "./webhook-request";
import { type WebhookSender, webhookSender } from "./webhook-sender";

export { meetupInput } from "../testing/meetup-input";
export { type Receiver, startReceiver } from "../testing/webhook-receiver";

export const serverSecret = "a server secret that is long enough to count";
export const now = "2026-06-01T10:00:00.000Z";
export const appOrigin = "http://127.0.0.1:4000";

export interface WebhookWorld extends Pick<ProjectedWorld, "clock" | "close"> {
  documents: DocumentStore;
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  webhooks: WebhookModule;
  outbox: Outbox;
  sender: WebhookSender;
  /** Subscriptions failures disabled, as the sender told them. */
  disabled: string[];
  register(name: string): Promise<string>;
}

export function webhookWorld(
  options: { mode?: OutboundMode; policy?: Partial<OutboundPolicy>; senderClock?: Clock } = {},
): WebhookWorld {
  const mode = options.mode ?? "local";
  let react: (event: Parameters<ReturnType<typeof webhookDispatcher>["react"]>[0]) => Promise<void> =
    async () => {};
  const world = projectedWorld({
    eventTypes: [...memberEventTypes, ...communityEventTypes, ...meetupEventTypes, ...webhookEventTypes],
    projections: [...memberProjections, ...communityProjections, ...meetupProjections, ...webhookProjections],
    now,
    afterProjecting: async (events) => {
      for (const event of events) await react(event);
    },
  });
  const { store, documents, keys, clock, idempotency, database } = world;
  const members = memberModule({ store, documents, keys, clock, idempotency, emailSecret: serverSecret });
  const communities = communityModule({ store, documents, clock });
  const meetups = meetupModule({ store, documents, communities, clock, idempotency });
  const outbox = sqliteOutbox(database, { clock, table: "webhook_outbox" });
  const webhooks = webhookModule({
    store,
    documents,
    communities,
    outbox,
    serverSecret,
    mode,
    clock,
    idempotency,
  });
  const disabled: string[] = [];
  const sender = webhookSender({
    outbox,
    webhooks,
    policy: { mode, ...options.policy },
    clock: options.senderClock ?? clock,
    onDisabled: (webhookId) => disabled.push(webhookId),
  });
  const dispatcher = webhookDispatcher({
    outbox,
    documents,
    appOrigin,
    send: (keys) => sender.send(keys),
    meetups,
    communities,
  });
  react = async (event) => {
    if (dispatcher.eventTypes.includes(event.type)) await dispatcher.react(event);
  };
  return {
    clock,
    close: world.close,
    documents,
    members,
    communities,
    meetups,
    webhooks,
    outbox,
    sender,
    disabled,
    async register(name) {
      return (await members.signIn(`${name}@example.com`)).memberId;
    },
  };
}
