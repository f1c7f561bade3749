import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Logger, LogLevelThreshold } from "@aws-lambda-powertools/logger";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { getRequestListener } from "@hono/node-server";
import { type BlobStore, folderBlobStore, uploadsModule } from "@meetstream/core/blob";
import { type Clock, systemClock } from "@meetstream/core/clock/clock";
import { repeatedly } from "@meetstream/core/concurrency/repeatedly";
import { releaseInProgressIdempotency } from "@meetstream/core/decider";
import { eventCatalog } from "@meetstream/core/eventstore";
import { personalDataStore } from "@meetstream/core/keys";
import { type DevMailbox, sqliteDevMailbox } from "@meetstream/core/mail/dev-mailbox";
import { meetstreamEventTypes, meetstreamProjections } from "@meetstream/core/meetstream";
import { type MessageSender, messageSender } from "@meetstream/core/notification";
import type { OutboxKey } from "@meetstream/core/outbox/outbox";
import { sqliteOutbox } from "@meetstream/core/outbox/sqlite";
import { projector } from "@meetstream/core/projection/projector";
import { sqliteScheduler } from "@meetstream/core/scheduler/sqlite";
import { reportedSnapshotStore } from "@meetstream/core/snapshot/reported-snapshot-store";
import { databaseChanges } from "@meetstream/core/sqlite/changes";
import { type OutboundPolicy, type WebhookSender, webhookSender } from "@meetstream/core/webhook";
import { clientOfSocket } from "../auth/client-address";
import { publicIssuer } from "../auth/public-issuer";
import { authSessions } from "../auth/sessions";
import { sqliteAuthStorage } from "../auth/sqlite-storage";
import { tokenVerifier } from "../auth/verify";
import {
  meetstreamModules,
  meetstreamReactors,
  notifierReactor,
  webhookReactor,
} from "../composition/meetstream-modules";
import { calendarFeedLinks } from "../feeds/calendar-feed-links";
import { feedRoutes } from "../feeds/feed-routes";
import { keptResponse, responseCache } from "../graphql/http-caching";
import {
  defaultRequestLimits,
  type RequestLimits,
  rateLimitHeaders,
  refusalOf,
  requestLimiter,
  subjectsOf,
} from "../graphql/rate-limits";
import { createGraphqlServer, csrfHeader, graphqlEndpoint } from "../graphql/server";
import { yogaLogger } from "../logging/yoga-logger";
import { reactEmailRenderer } from "../mail/templates/react-email-renderer";
import { carryOverEveryMembership } from "../migrations/carried-memberships";
import { refoldFoldedCheckpoints } from "../migrations/folded-checkpoints";
import { openLocalStores } from "../stores/local-stores";
import { sqliteProjectorPosition } from "../stores/projector-position";
import { localSecrets } from "../stores/secrets";
import { oneClickUnsubscribe } from "../unsubscribe/one-click";
import { blobRoutes } from "./blob-routes";
import { type DemoSeeded, seedDemo } from "./demo-seed";
import { hostApp } from "./host-app";
import { inProcessBus } from "./in-process-bus";
import { projectorHealth } from "./projector-health";
import { readableLog } from "./readable-log";
import { webApp } from "./web-app";

export interface LocalHostOptions {
  dataFolder: string;
  /** Default 4000; 0 picks a free port (tests). */
  port?: number;
  /** Default 127.0.0.1: the local host holds sign-in codes in its dev mailbox, so it is not for the network. */
  host?: string;
  /** The built web app (default packages/web/dist). */
  webDistribution?: string;
  /** Where the web app runs when another server serves it (a Vite dev server); default the host itself. */
  appOrigin?: string;
  logger?: Logger;
  /** Seconds an access and a refresh token stay valid (default 15 minutes and 30 days). */
  tokenLifetimes?: { access?: number; refresh?: number };
  /** How many API requests a client address and an API token may make (default `defaultRequestLimits`). */
  requestLimits?: RequestLimits;
  /** How long `close` lets in-flight requests finish before it cuts their connections (default 10 s). */
  shutdownGraceMilliseconds?: number;
  /**
   * Seeds the demo community (Serverless Meetup Rotterdam) when the data folder's log is empty: on first
   * start, and never again. Default false; `pnpm start` turns it on.
   */
  seedDemo?: boolean;
  /** The instant the demo's story ends at (default the moment it is seeded): tests tell it twice alike. */
  demoNow?: Date;
  /**
   * The time the domain sees (deciders, phases, reactors); default the system's. Browser tests move a
   * fixed clock to walk one meetup through its phases. Sign-in tokens keep real time.
   */
  clock?: Clock;
  /** The outbound rules' limits for webhook deliveries (default 5 s, 64 KB); always local mode here. */
  webhookPolicy?: Omit<OutboundPolicy, "mode">;
}

export interface LocalHost {
  url: string;
  mailbox: DevMailbox;
  /** What this start seeded; undefined when it seeded nothing. */
  demo?: DemoSeeded;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

const isGraphqlPath = (path = "") =>
  path === graphqlEndpoint ||
  path.startsWith(`${graphqlEndpoint}?`) ||
  path.startsWith(`${graphqlEndpoint}/`);

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host);

/**
 * Meetstream on one machine, in one Node process: the API, sign-in, the dev mailbox and the web app on
 * one origin, with every store in one SQLite file in the data folder.
 */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const logger = options.logger ?? new Logger({ serviceName: "meetstream-local" });
  const secrets = localSecrets(options.dataFolder);
  const stores = openLocalStores(options.dataFolder, eventCatalog(...meetstreamEventTypes));

  try {
    // One process owns the data folder: a keyed write still in progress was cut off when the last one died.
    const released = releaseInProgressIdempotency(stores.database);
    if (released > 0)
      logger.warn("released idempotency keys a stopped process left in progress", { released });
    const store = personalDataStore(stores.events, stores.keys, meetstreamEventTypes);
    // Uploads are served from the app's origin, known once listening. Receiving, checking and deleting a
    // file need no origin, only its addresses do: the modules made before listening (the erasure reactor's,
    // the demo seed's) keep and check files through a store that has none.
    const blobFolder = join(options.dataFolder, "blobs");
    const uploadsBeforeListening = uploadsModule({
      blobs: folderBlobStore({ folder: blobFolder, origin: "" }),
    });
    const photoBlobs: Pick<BlobStore, "delete"> = {
      delete: (key) => folderBlobStore({ folder: blobFolder, origin: "" }).delete(key),
    };
    const documentProjector = projector({
      store,
      documents: stores.documents,
      projections: meetstreamProjections,
      onQuarantined: (record) =>
        logger.error("a stream is quarantined; fix it, then run pnpm cli retry-quarantined", { record }),
    });
    const refolded = await refoldFoldedCheckpoints({
      documents: stores.documents,
      projector: documentProjector,
      done: sqliteProjectorPosition(stores.database, "folded-checkpoints"),
    });
    if (refolded > 0) logger.info("refolded streams projected by an older Meetstream", { refolded });
    // While the demo is told, the reactions happen at the story's time too: a check-in at a past meetup
    // completes its checkpoint that evening, not at the first start. After it, the domain's time.
    const domainClock = options.clock ?? systemClock;
    let storyClock: Clock | undefined;
    const reactionClock: Clock = { now: () => (storyClock ?? domainClock).now() };
    // Messages wait in the outbox (and reminders in the timer table) until the sender exists: it needs
    // the app's origin for its links, known once listening; then it sends them, and each new one at once,
    // in the bus's background messaging turn (a write's answer never waits for its mail).
    const outbox = sqliteOutbox(stores.database);
    const timers = sqliteScheduler(stores.database, { clock: reactionClock });
    let sender: MessageSender | undefined;
    const reactorStores = { store, documents: stores.documents, keys: stores.keys, clock: reactionClock };
    // Webhook deliveries ride the same turn, from an outbox of their own (so neither sender claims the
    // other's). Their payloads link to the app's origin, known once listening: the dispatcher waits for it.
    const webhookOutbox = sqliteOutbox(stores.database, { table: "webhook_outbox" });
    let webhookSending: WebhookSender | undefined;
    // Not awaited by the messaging turn: a receiver that hangs (5 s a try) must not hold back the mail behind
    // it. A few batches go out at once; past that, what was recorded waits for the 5 s pass, which sends it.
    const webhookSendsInFlight = new Set<Promise<void>>();
    const sendWebhooksSoon = (keys: readonly OutboxKey[]) => {
      if (!webhookSending || webhookSendsInFlight.size >= 8) return;
      const sending = webhookSending
        .send(keys)
        .catch((error: unknown) =>
          logger.error("sending webhooks failed; the next pass retries", error as Error),
        )
        .finally(() => webhookSendsInFlight.delete(sending));
      webhookSendsInFlight.add(sending);
    };
    let originKnown: (origin: string) => void = () => {};
    const dispatching = webhookReactor({
      ...reactorStores,
      outbox: webhookOutbox,
      appOrigin: new Promise<string>((resolve) => {
        originKnown = resolve;
      }),
      send: async (keys) => sendWebhooksSoon(keys),
    });
    const notifying = notifierReactor({
      ...reactorStores,
      outbox,
      scheduler: timers,
      // Not awaited: a write's request waits for its reactions, and mail is no part of the answer. What a
      // send does not finish (the process stops) is in the outbox, and the next pass sends it.
      send: async (keys) => {
        await sender?.send(keys);
      },
    });
    // Mail begins with the version of Meetstream that sends it: a data folder made before keeps its history unmailed.
    const messagingPosition = sqliteProjectorPosition(stores.database, "messaging");
    if (messagingPosition.isNew()) messagingPosition.write(await stores.events.lastPosition());
    // While the demo is told, and until the messaging has been handed all of it, nobody is mailed.
    let tellingTheDemo = false;
    const bus = inProcessBus({
      log: readableLog(stores.events, (error) => logger.error("an event of the log is stepped over", error)),
      projector: documentProjector,
      position: sqliteProjectorPosition(stores.database),
      reacting: {
        reactors: meetstreamReactors({ ...reactorStores, blobs: photoBlobs }),
        position: sqliteProjectorPosition(stores.database, "reactors"),
      },
      messaging: {
        // The demo's story is what already happened: nobody is written to about it.
        reactors: [
          { ...notifying, react: async (event) => (tellingTheDemo ? undefined : notifying.react(event)) },
          { ...dispatching, react: async (event) => (tellingTheDemo ? undefined : dispatching.react(event)) },
        ],
        position: messagingPosition,
      },
      onError: (error) =>
        logger.error("projection failed; the next append or start retries it", error as Error),
    });
    await bus.catchUp();
    const modulesAt = (clock: Clock) =>
      meetstreamModules({
        store: bus.notifying(store),
        documents: stores.documents,
        keys: stores.keys,
        idempotency: stores.idempotency,
        snapshots: reportedSnapshotStore(stores.snapshots, (error, streamId) =>
          logger.warn("a snapshot failed; the stream folds from its events", {
            streamId,
            error: String(error),
          }),
        ),
        clock,
        emailSecret: secrets.emailSecret,
        uploads: uploadsBeforeListening,
        // A redelivery goes out at once, not at the next 5 s pass.
        webhooks: { outbox: webhookOutbox, mode: "local", afterRedelivery: (key) => sendWebhooksSoon([key]) },
      });
    // Only into an empty log: that is the first start, and it never is again (nor is anyone's data mixed in).
    const demo =
      options.seedDemo && (await stores.events.lastPosition()) === 0
        ? await seedDemo((clock) => {
            storyClock = clock;
            tellingTheDemo = true;
            return { ...modulesAt(clock), uploads: uploadsBeforeListening };
          }, options.demoNow).finally(async () => {
            storyClock = undefined;
            await bus.messagingSettled();
            tellingTheDemo = false;
          })
        : undefined;
    const {
      members,
      communities,
      meetups,
      feedTokens,
      speakers,
      talks,
      agendas,
      paths,
      progress,
      notifications,
      apiTokens,
      webhooks,
    } = modulesAt(options.clock ?? systemClock);
    const carried = await carryOverEveryMembership({
      store,
      communities,
      done: sqliteProjectorPosition(stores.database, "memberships-carried-over"),
    });
    if (carried > 0) logger.info("carried memberships over to streams of their own", { carried });

    const mailbox = sqliteDevMailbox(stores.database, {
      log: ({ to, subject, text }) =>
        logger.info("mail sent to the dev mailbox", { mail: { to, subject, text } }),
    });

    // Until the routes exist (they need the URL, known once listening), a request is told to come back.
    let handle = (_request: IncomingMessage, response: ServerResponse) => {
      response.writeHead(503, { "retry-after": "1" }).end();
    };
    const server = createServer((request, response) => handle(request, response));
    const host = options.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 4000, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const url = `http://${urlHost(host)}:${(server.address() as AddressInfo).port}`;
    const appOrigin = options.appOrigin ?? url;

    const authStorage = sqliteAuthStorage(stores.database);
    const issuer = publicIssuer({
      origin: url,
      storage: authStorage,
      mailer: mailbox,
      signIn: (email) => members.signIn(email),
      appOrigin,
      ttl: options.tokenLifetimes,
    });
    // The key lookups are answered in process: no request from the host to itself.
    const verifyToken = tokenVerifier({
      issuer: url,
      fetch: (input, init) => issuer.fetch(new Request(input, init)),
    });
    // On the app's origin, as CloudFront serves them on AWS: the browser uploads without CORS.
    const blobs = folderBlobStore({ folder: blobFolder, origin: appOrigin });
    const uploads = uploadsModule({ blobs });
    // Public answers kept until anything is written: a projection's write is a change of the database.
    const answers = responseCache({ changes: databaseChanges(stores.database) });
    const limiter = requestLimiter(options.requestLimits ?? defaultRequestLimits);
    const clientOfRequest = (serverContext: unknown) =>
      clientOfSocket((serverContext as { req?: IncomingMessage } | undefined)?.req?.socket.remoteAddress);
    const graphql = createGraphqlServer({
      members,
      communities,
      meetups,
      speakers,
      talks,
      agendas,
      paths,
      progress,
      notifications,
      apiTokens,
      ...(webhooks ? { webhooks } : {}),
      calendarFeeds: calendarFeedLinks(feedTokens, url),
      uploads,
      verifyToken,
      mode: "local",
      // Compiles each operation once (yoga caches parsed documents, the plugin their compiled form): a
      // list of meetups resolves hundreds of fields per request, and the host serves it for hours. The
      // Lambda goes without: its compiler (ajv and more) would weigh on every cold start.
      plugins: [useGraphQlJit()],
      responseCache: answers,
      requestLimits: { limiter, clientOf: (_request, serverContext) => clientOfRequest(serverContext) },
      appOrigin,
      revokeSessions: authSessions(authStorage).revokeAll,
      logger: yogaLogger(logger),
    });
    const app = hostApp({
      graphql: (request) => graphql.fetch(request),
      issuer,
      webApp: webApp(options.webDistribution),
      blobs: blobRoutes({
        uploads,
        blobs,
        verifyToken,
        isErased: async (memberId) => (await members.byIds([memberId]))[0]?.erased === true,
      }).fetch,
      feeds: feedRoutes({ communities, meetups, feedTokens, members, agendas, baseUrl: appOrigin }).fetch,
      mailbox,
      unsubscribe: oneClickUnsubscribe(notifications),
      health: projectorHealth({
        log: stores.events,
        position: sqliteProjectorPosition(stores.database),
        bus,
        documents: stores.documents,
      }),
      onError: (error, request) =>
        logger.error("request failed", { path: new URL(request.url).pathname, error: error as Error }),
    });
    sender = messageSender({
      outbox,
      mailer: mailbox,
      renderer: reactEmailRenderer,
      members,
      notifications,
      appOrigin,
      apiOrigin: url,
      sender: { name: "Meetstream", email: "hello@meetstream.localhost" },
      clock: domainClock,
    });
    const sending = sender;
    if (webhooks)
      webhookSending = webhookSender({
        outbox: webhookOutbox,
        webhooks,
        policy: { ...options.webhookPolicy, mode: "local" },
        clock: domainClock,
        onDisabled: (webhookId) =>
          logger.warn("a webhook failed 20 times in a row and is disabled; its organisers see why", {
            webhookId,
          }),
        onError: (error) =>
          logger.error("a webhook delivery's outcome was not recorded; it is tried again", error as Error),
      });
    originKnown(appOrigin);
    const webhookDeliveries = webhookSending;
    const onSendingError = (error: unknown) =>
      logger.error("sending messages failed; the next pass retries", error as Error);
    const reminders = timers.poll((timer) => notifying.remind(timer), {
      intervalMilliseconds: 1_000,
      onError: onSendingError,
    });
    const retries = repeatedly(() => sending.sendDue(), {
      intervalMilliseconds: 5_000,
      onError: onSendingError,
    });
    // Retries and redeliveries of webhooks, every 5 s as mail's: a redelivery goes out within that.
    const webhookRetries = repeatedly(async () => webhookDeliveries?.sendDue(), {
      intervalMilliseconds: 5_000,
      onError: onSendingError,
    });
    const listener = getRequestListener(app.fetch, { overrideGlobalObjects: false });
    let closing: Promise<void> | undefined;
    handle = (request, response) => {
      const started = performance.now();
      // While closing, a request that still arrives on an open connection is answered, and its connection ends.
      if (closing) response.shouldKeepAlive = false;
      response.once("finish", () => {
        if (logger.level <= LogLevelThreshold.INFO)
          logger.info("request", {
            method: request.method,
            path: request.url?.split("?")[0],
            status: response.statusCode,
            milliseconds: Math.round(performance.now() - started),
          });
        if (closing) setImmediate(() => server.closeIdleConnections());
      });
      // The API is the hot path: yoga's own Node adapter serves it straight, without the
      // Request/Response round trip through Hono that the rest of the routes take. A body of undeclared
      // length (chunked) takes that trip all the same: past the limit yoga stops reading it mid-stream and
      // answers keep-alive, so the rest of the body would reset the connection; the body limit closes it.
      if (isGraphqlPath(request.url) && request.headers["transfer-encoding"] === undefined) {
        // A visitor's read that is kept goes out at once: no Request, no yoga, nothing parsed.
        const kept =
          request.method === "GET" && !request.headers.authorization
            ? keptResponse(answers, {
                pathAndQuery: request.url as string,
                accept: request.headers.accept ?? null,
                origin: request.headers.origin ?? null,
                ifNoneMatch: request.headers["if-none-match"] ?? null,
                csrf: request.headers[csrfHeader] !== undefined,
              })
            : undefined;
        const admission = kept && limiter.admit(subjectsOf(null, clientOfRequest({ req: request })));
        if (kept && admission && !admission.allowed) {
          const refusal = refusalOf(admission);
          response.writeHead(refusal.status, refusal.headers).end(refusal.body);
        } else if (kept)
          response
            .writeHead(kept.status, [...kept.headers, ...(admission ? rateLimitHeaders(admission) : [])])
            .end(kept.body ?? undefined);
        else void graphql.requestListener(request, response);
      } else void listener(request, response);
    };
    logger.info("Meetstream is running", { url, dataFolder: options.dataFolder });
    if (demo)
      logger.info(
        `Seeded the demo community ${appOrigin}/communities/${demo.slug}: sign in as ${demo.organiserEmail} to organise it (the code arrives at ${url}/dev/mailbox)`,
        { demo },
      );

    const close = () => {
      closing ??= new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(
          () => server.closeAllConnections(),
          options.shutdownGraceMilliseconds ?? 10_000,
        );
        server.close(async (error) => {
          clearTimeout(deadline);
          await Promise.all([
            reminders.stop(),
            retries.stop(),
            webhookRetries.stop(),
            bus.messagingSettled(),
          ]);
          // What the messaging turn started sending, after it has had everything (it may start more).
          await Promise.all([...webhookSendsInFlight]);
          stores.close();
          logger.info("Meetstream stopped");
          if (error) reject(error);
          else resolve();
        });
        // Keep-alive connections with no request in flight would otherwise hold the server open.
        server.closeIdleConnections();
      });
      return closing;
    };
    return { url, mailbox, ...(demo ? { demo } : {}), close };
  } catch (error) {
    stores.close();
    throw error;
  }
}
