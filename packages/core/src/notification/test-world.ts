/**
 * The notification context with real member, community and meetup contexts beside it, on one in-memory
 * SQLite store projected before each append returns; its outbox, timer table and a dev mailbox in the
 * same database, and the notifier reacting to every append as the local host's bus does.
 */
import {
  type CommunityModule,
  communityEventTypes,
  communityModule,
  communityProjections,
} from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import { type DevMailbox, sqliteDevMailbox } from "../mail/dev-mailbox";
import { type MeetupModule, meetupEventTypes, meetupModule, meetupProjections } from "../meetup/index";
import { type MemberModule, memberEventTypes, memberModule, memberProjections } from "../member/index";
import type { Outbox } from "../outbox/outbox";
import { sqliteOutbox } from "../outbox/sqlite";
import { sqliteScheduler, type TimerTable } from "../scheduler/sqlite";
import { type ProjectedWorld, projectedWorld } from "../testing/projected-world";
import { type NotificationModule, notificationModule } from "./commands";
import { notificationProjections } from "./documents";
import { notificationEventTypes } from "./events";
import type { MessagePayload } from "./message-payload";
import { type MessageRenderer, type MessageSender, messageSender } from "./message-sender";
import { type Notifier, notifier } from "./notifier";

export { endsAt, meetupInput, startsAt } from "../testing/meetup-input";

export const serverSecret = "a server secret that is long enough to count";
export const now = "2026-06-01T10:00:00.000Z";

/**
 * A template per kind in one line: what the functions package's React Email templates render is tested
 * there; here the words only have to tell the messages apart.
 */
export const plainRenderer: MessageRenderer = {
  async render(payload: MessagePayload, links) {
    const subject = `${payload.kind}: ${payload.meetup.title}`;
    const join = payload.joinUrl ? ` Join: ${payload.joinUrl}` : "";
    return { subject, text: `${subject}.${join} ${links.unsubscribeUrl}`, html: `<p>${subject}.${join}</p>` };
  },
};

export interface NotificationWorld extends Pick<ProjectedWorld, "clock" | "close"> {
  documents: DocumentStore;
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  notifications: NotificationModule;
  outbox: Outbox;
  timers: TimerTable;
  mailbox: DevMailbox;
  notifier: Notifier;
  sender: MessageSender;
  /** Every event appended so far, to deliver again. */
  delivered: EventEnvelope[];
  /** A registered member with an address at example.com. */
  register(name: string): Promise<string>;
}

export function notificationWorld(): NotificationWorld {
  let react: (event: EventEnvelope) => Promise<void> = async () => {};
  const delivered: EventEnvelope[] = [];
  const world = projectedWorld({
    eventTypes: [...memberEventTypes, ...communityEventTypes, ...meetupEventTypes, ...notificationEventTypes],
    projections: [
      ...memberProjections,
      ...communityProjections,
      ...meetupProjections,
      ...notificationProjections,
    ],
    now,
    afterProjecting: async (events) => {
      for (const event of events) {
        delivered.push(event);
        await react(event);
      }
    },
  });
  const { store, documents, keys, clock, idempotency, database } = world;
  const members = memberModule({ store, documents, keys, clock, idempotency, emailSecret: serverSecret });
  const communities = communityModule({ store, documents, clock });
  const meetups = meetupModule({ store, documents, communities, clock, idempotency });
  const notifications = notificationModule({
    store,
    documents,
    members,
    communities: { exists: async (communityId) => (await communities.byId(communityId)) !== undefined },
    serverSecret,
    clock,
    idempotency,
  });
  const outbox = sqliteOutbox(database, { clock });
  const timers = sqliteScheduler(database, { clock });
  const mailbox = sqliteDevMailbox(database, { log: () => {}, clock });
  const sender = messageSender({
    outbox,
    mailer: mailbox,
    renderer: plainRenderer,
    members,
    notifications,
    appOrigin: "http://127.0.0.1:4000",
    apiOrigin: "http://127.0.0.1:4000",
    sender: { name: "Meetstream", email: "hello@meetstream.example" },
    clock,
  });
  const reacting = notifier({
    outbox,
    documents,
    scheduler: timers,
    send: (recorded) => sender.send(recorded),
    meetups,
    communities,
  });
  react = async (event) => {
    if (reacting.eventTypes.includes(event.type)) await reacting.react(event);
  };
  return {
    clock,
    close: world.close,
    documents,
    members,
    communities,
    meetups,
    notifications,
    outbox,
    timers,
    mailbox,
    notifier: reacting,
    sender,
    delivered,
    async register(name) {
      return (await members.signIn(`${name}@example.com`)).memberId;
    },
  };
}
