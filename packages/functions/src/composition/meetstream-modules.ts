import { createHmac } from "node:crypto";
import { type AgendaModule, agendaModule } from "@meetstream/core/agenda";
import { type ApiTokenModule, apiTokenModule } from "@meetstream/core/api-token";
import type { BlobStore, UploadsModule } from "@meetstream/core/blob";
import {
  type CalendarFeedTokens,
  calendarFeedRevocation,
  calendarFeedTokens,
} from "@meetstream/core/calendar";
import type { Clock } from "@meetstream/core/clock/clock";
import { type CommunityModule, communityModule } from "@meetstream/core/community";
import type { IdempotencyStore } from "@meetstream/core/decider";
import type { DocumentStore } from "@meetstream/core/documents";
import type { EventStore } from "@meetstream/core/eventstore";
import type { KeyStore } from "@meetstream/core/keys";
import { type MeetupModule, meetupModule, membershipEndedReactor } from "@meetstream/core/meetup";
import {
  erasureFinishedReactor,
  type MemberModule,
  memberModule,
  memberQueries,
} from "@meetstream/core/member";
import {
  type NotificationModule,
  type Notifier,
  notificationModule,
  notifier,
} from "@meetstream/core/notification";
import type { Outbox, OutboxKey } from "@meetstream/core/outbox/outbox";
import { type PathModule, pathModule } from "@meetstream/core/path";
import {
  checkInProgressReactor,
  type ProgressModule,
  progressErasureReactor,
  progressModule,
  revisionCompletionReactor,
} from "@meetstream/core/progress";
import type { Reactor } from "@meetstream/core/reactor/reactor";
import type { Scheduler } from "@meetstream/core/scheduler/scheduler";
import type { SnapshotStore } from "@meetstream/core/snapshot/snapshot-store";
import {
  type SpeakerModule,
  speakerErasureReactor,
  speakerModule,
  type TalksGiven,
} from "@meetstream/core/speaker";
import { type TalkModule, talkModule } from "@meetstream/core/talk";
import {
  type OutboundMode,
  type WebhookModule,
  webhookDispatcher,
  webhookModule,
  webhookSubscriptions,
} from "@meetstream/core/webhook";

export interface MeetstreamModulesOptions {
  /** The event store wrapped in `personalDataStore` (and, locally, in the bus that projects after commit). */
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  /** Absent where nothing is written (the feeds): a request with an idempotency key is then refused. */
  idempotency?: IdempotencyStore;
  clock: Clock;
  /** Keys email reservations; the calendar feed secret is derived from it. */
  emailSecret: string;
  /** Where meetup and community streams keep snapshots; without, a cold stream folds from its first event. */
  snapshots?: SnapshotStore;
  /** Where slides and photos are uploaded; without, attaching one finds no upload. */
  uploads?: Pick<UploadsModule, "verifiedUpload">;
  /**
   * The webhook outbox (the delivery log, redeliveries) and which URLs deliveries may go to; without, the
   * modules have no webhooks (a feed, a benchmark).
   */
  webhooks?: { outbox: Outbox; mode: OutboundMode; afterRedelivery?(key: OutboxKey): void };
}

export interface MeetstreamModules {
  members: MemberModule;
  communities: CommunityModule;
  meetups: MeetupModule;
  feedTokens: CalendarFeedTokens;
  speakers: SpeakerModule;
  talks: TalkModule;
  agendas: AgendaModule;
  paths: PathModule;
  progress: ProgressModule;
  notifications: NotificationModule;
  apiTokens: ApiTokenModule;
  /** Present when the options gave a webhook outbox. */
  webhooks?: WebhookModule;
}

/** A member's talks, each with the meetup whose released agenda has it (a speaker gives a handful). */
const talksGivenOn = (talks: TalkModule, agendas: AgendaModule): TalksGiven => ({
  async talksGivenBy(memberId) {
    const given = await talks.talksGivenBy(memberId);
    return Promise.all(
      given.map(async (talk) => {
        const slot = await agendas.slotOfTalk(talk.proposalId, undefined);
        return slot ? { ...talk, meetupId: slot.meetupId } : talk;
      }),
    );
  },
});

/**
 * The application's modules over whichever stores a composition root opened: the local host on SQLite and
 * the Lambda handlers on DynamoDB wire them the same way, here.
 */
export function meetstreamModules(options: MeetstreamModulesOptions): MeetstreamModules {
  const { store, documents, keys, idempotency, clock, emailSecret } = options;
  const members = memberModule({ store, documents, keys, clock, idempotency, emailSecret });
  const communities = communityModule({
    store,
    documents,
    clock,
    idempotency,
    members,
    snapshots: options.snapshots,
  });
  const meetups = meetupModule({
    store,
    documents,
    communities,
    members,
    clock,
    idempotency,
    snapshots: options.snapshots,
    // Every RSVP to a popular meetup goes to its one stream: many at once retry on each other's appends.
    maximumAttempts: 40,
  });
  const { uploads } = options;
  const talks = talkModule({ store, documents, communities, members, meetups, clock, idempotency, uploads });
  const agendas = agendaModule({ store, documents, communities, meetups, talks, clock, idempotency });
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock, idempotency });
  const progress = progressModule({ store, documents, paths, meetups, clock, idempotency });
  const notifications = notificationModule({
    store,
    documents,
    members,
    communities: { exists: async (communityId) => (await communities.byId(communityId)) !== undefined },
    // The unsubscribe links' key is derived from it under a name of its own (unsubscribe-token.ts).
    serverSecret: emailSecret,
    clock,
    idempotency,
  });
  const webhooks =
    options.webhooks &&
    webhookModule({
      store,
      documents,
      communities,
      outbox: options.webhooks.outbox,
      // Signing secrets are derived from it under a name of their own (webhook-secrets.ts).
      serverSecret: emailSecret,
      mode: options.webhooks.mode,
      clock,
      idempotency,
      ...(options.webhooks.afterRedelivery ? { afterRedelivery: options.webhooks.afterRedelivery } : {}),
    });
  return {
    notifications,
    apiTokens: apiTokenModule({ store, documents, clock }),
    ...(webhooks ? { webhooks } : {}),
    members,
    communities,
    meetups,
    feedTokens: calendarFeedTokens({
      store,
      documents,
      clock,
      // Derived, so that data folders made before feeds existed need no new secret.
      secret: createHmac("sha256", emailSecret).update("calendar-feed-tokens").digest("base64url"),
    }),
    speakers: speakerModule({
      store,
      documents,
      keys,
      members,
      talks: talksGivenOn(talks, agendas),
      clock,
      idempotency,
      uploads,
    }),
    talks,
    agendas,
    paths,
    progress,
  };
}

/** What every reactor is made over. */
export interface ReactorsOptions {
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  clock: Clock;
  /** Where photos are kept: an erased member's go with them. */
  blobs?: Pick<BlobStore, "delete">;
}

/**
 * The contexts as the reactors reach them: the path context's lookups (the paths a meetup is a checkpoint
 * of, their current checkpoints) and the talks the notifier reads speakers of read the log and documents
 * only, so members are read without their secrets.
 */
function reactorContexts(options: ReactorsOptions) {
  const { store, documents, clock } = options;
  const communities = communityModule({ store, documents, clock });
  // A popular meetup's seats are released among many RSVPs to its one stream.
  const meetups = meetupModule({ store, documents, communities, clock, maximumAttempts: 40 });
  const members = memberQueries({ store, documents });
  const talks = talkModule({ store, documents, communities, members, meetups, clock });
  const paths = pathModule({ store, documents, communities, members, talks, meetups, clock });
  const progress = progressModule({ store, documents, paths, meetups, clock });
  return { communities, meetups, talks, paths, progress };
}

/**
 * The reactors of a membership's end and a member's erasure (the AWS `Reactor` subscriber): RSVPs
 * released, feeds revoked, keys deleted, speaker profiles and progress erased.
 */
export function membershipReactors(options: ReactorsOptions): Reactor[] {
  const { store, keys, clock, blobs } = options;
  const { communities, meetups, progress } = reactorContexts(options);
  const feedTokens = { revoke: calendarFeedRevocation({ store, clock }) };
  return [
    membershipEndedReactor({ meetups, communities, feedTokens }),
    erasureFinishedReactor({ keys }),
    // The erasure's event holds nothing personal: the bare store appends it.
    speakerErasureReactor({ store, blobs, clock }),
    progressErasureReactor({ progress }),
  ];
}

/**
 * What other contexts' events do to members' progress (the AWS `ProgressReactions` subscriber, with its
 * own DLQ): a check-in completes meetup checkpoints, a revision of a path reassesses its completions.
 */
export function progressReactors(options: ReactorsOptions): Reactor[] {
  const { progress } = reactorContexts(options);
  return [checkInProgressReactor({ progress }), revisionCompletionReactor({ progress })];
}

/**
 * The application's reactors over the log and its documents, all of them (the local host's in-process
 * bus). Give them the bare store (personal fields opened or not: they read none), never one that runs them
 * after each append: their own appends would wait for the bus they are running in.
 */
export function meetstreamReactors(options: ReactorsOptions): Reactor[] {
  return [...membershipReactors(options), ...progressReactors(options)];
}

/** Where the notifier records messages and sets reminders, and who sends what it recorded. */
export interface NotifierWiring {
  outbox: Outbox;
  scheduler: Scheduler;
  send(keys: readonly OutboxKey[]): Promise<void>;
}

/**
 * The notifier (the local host's bus; the AWS `Notifier` subscriber): RSVPs, a meetup's changes, its
 * announcement and reminders, decisions on proposals, released agendas, completed paths and webhooks
 * that stopped become messages in the outbox. It reads meetups, communities, talks, paths and webhooks.
 */
export function notifierReactor(options: ReactorsOptions & NotifierWiring): Notifier {
  const { communities, meetups, talks, paths } = reactorContexts(options);
  const { outbox, scheduler, send, documents, store } = options;
  // A webhook that failures disabled: its community's organisers are mailed (the console says so too).
  const webhooks = webhookSubscriptions({ store });
  return notifier({ outbox, documents, scheduler, send, meetups, communities, talks, paths, webhooks });
}

/** Where the webhook dispatcher records deliveries, where payloads link to, and who sends what it recorded. */
export interface WebhookWiring {
  outbox: Outbox;
  appOrigin: string | Promise<string>;
  send(keys: readonly OutboxKey[]): Promise<void>;
}

/**
 * The webhook dispatcher (the local host's bus; on AWS the `Webhooks` subscriber): a community's meetup
 * events become deliveries to the subscriptions that listen to their kind. It reads meetups, communities
 * and the subscriptions' documents only.
 */
export function webhookReactor(options: ReactorsOptions & WebhookWiring): Reactor {
  const { communities, meetups } = reactorContexts(options);
  const { outbox, appOrigin, send, documents } = options;
  return webhookDispatcher({ outbox, documents, appOrigin, send, meetups, communities });
}
