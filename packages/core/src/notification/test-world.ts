/**
 * The notification context with real member, community, meetup, talk, agenda, path and progress contexts
 * beside it, on one in-memory SQLite store projected before each append returns; its outbox, timer table
 * and a dev mailbox in the same database, and the notifier reacting to every append as the local host's
 * bus does.
 */
import { type AgendaModule, agendaEventTypes, agendaModule, agendaProjections } from "../agenda/index";
import type { CommunityModule } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import { type DevMailbox, sqliteDevMailbox } from "../mail/dev-mailbox";
import type { MeetupModule } from "../meetup/index";
import type { MemberModule } from "../member/index";
import type { Outbox } from "../outbox/outbox";
import { sqliteOutbox } from "../outbox/sqlite";
import { type PathModule, pathEventTypes, pathModule, pathProjections } from "../path/index";
import {
  type ProgressModule,
  progressEventTypes,
  progressModule,
  progressProjections,
} from "../progress/index";
import { sqliteScheduler, type TimerTable } from "../scheduler/sqlite";
import type { TalkModule } from "../talk/index";
import { type ProjectedWorld, projectedWorld } from "../testing/projected-world";
import { talkContextEventTypes, talkContextProjections, talkContexts } from "../testing/talk-contexts";
import {
  type WebhookModule,
  webhookEventTypes,
  webhookModule,
  webhookProjections,
  webhookSubscriptions,
} from "../webhook/index";
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
    const subject = `${payload.kind}: ${subjectOf(payload)}`;
    const join = "joinUrl" in payload && payload.joinUrl ? ` Join: ${payload.joinUrl}` : "";
    return { subject, text: `${subject}.${join} ${links.unsubscribeUrl}`, html: `<p>${subject}.${join}</p>` };
  },
};

/** What a message is about, in a few words: the meetup's title, the proposal's and its decision, the path's. */
function subjectOf(payload: MessagePayload): string {
  switch (payload.kind) {
    case "proposal-decided":
      return `${payload.proposal.title} ${payload.proposal.decision}`;
    case "agenda-released":
      return `${payload.meetup.title} agenda ${payload.agenda.number} with ${payload.agenda.talkTitles.join(", ")}`;
    case "path-completed":
      return payload.path.title;
    case "webhook-disabled":
      return payload.webhook.url;
    default:
      return payload.meetup.title;
  }
}

export interface NotificationWorld extends Pick<ProjectedWorld, "clock" | "close"> {
  documents: DocumentStore;
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  talks: TalkModule;
  agendas: AgendaModule;
  paths: PathModule;
  progress: ProgressModule;
  notifications: NotificationModule;
  webhooks: WebhookModule;
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
    eventTypes: [
      ...talkContextEventTypes,
      ...agendaEventTypes,
      ...pathEventTypes,
      ...progressEventTypes,
      ...notificationEventTypes,
      ...webhookEventTypes,
    ],
    projections: [
      ...talkContextProjections,
      ...agendaProjections,
      ...pathProjections,
      ...progressProjections,
      ...notificationProjections,
      ...webhookProjections,
    ],
    now,
    afterProjecting: async (events) => {
      for (const event of events) {
        delivered.push(event);
        await react(event);
      }
    },
  });
  const { store, documents, clock, idempotency, database } = world;
  const { members, communities, meetups, talks } = talkContexts(world);
  const agendas = agendaModule({ store, documents, communities, meetups, talks, clock, idempotency });
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock, idempotency });
  const progress = progressModule({ store, documents, paths, meetups, clock, idempotency });
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
    talks,
    paths,
    webhooks: webhookSubscriptions({ store }),
  });
  // The organisers' webhooks, whose failures the notifier tells them of.
  const webhooks = webhookModule({
    store,
    documents,
    communities,
    outbox: sqliteOutbox(database, { clock, table: "webhook_outbox" }),
    serverSecret,
    mode: "local",
    clock,
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
    talks,
    agendas,
    paths,
    progress,
    notifications,
    webhooks,
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
