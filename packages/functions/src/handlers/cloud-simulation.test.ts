/**
 * The AWS path in one process: the GraphQL handler on dynalite tables, fed API Gateway v2 events; the
 * event table's stream made from what the table holds (dynalite has no streams); the publisher with a
 * mock EventBridge client (EventBridge has no in-process stand-in); the projector and the reactor fed
 * what the mock accepted, as EventBridge events (the reactor only what its rule matches); documents read
 * back through the GraphQL handler. The notifier, fed what its rule matches, mails through a mock SES
 * client and sets reminders through a mock EventBridge Scheduler client (neither has a local server).
 */
import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { createDocumentTable, dynamoDocumentStore } from "@meetstream/core/documents";
import { notifierEventTypes } from "@meetstream/core/notification";
import { visibleDocuments } from "@meetstream/core/projection/visible-documents";
import { type LocalDynamo, startDynalite, uniqueTableName } from "@meetstream/core/testing/dynalite";
import { insertRecordsOfTable } from "@meetstream/core/testing/event-table-stream";
import { MemoryStorage } from "@openauthjs/openauth/storage/memory";
import type { DynamoDBRecord, EventBridgeEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { authSessions } from "../auth/sessions";
import { subjectOf } from "../auth/subjects";
import { type TokenVerifier, Unauthenticated } from "../auth/verify";
import { meetstreamModules, membershipReactors, progressReactors } from "../composition/meetstream-modules";
import { pointerDetailType } from "../fan-out/bus-detail";
import { awsProjector } from "../lambda/aws-projector";
import { createFeedsHandler } from "../lambda/feeds-handler";
import { createGraphqlHandler, type GraphqlHandler } from "../lambda/graphql-handler";
import { createMailFeedbackHandler } from "../lambda/mail-feedback-handler";
import { createMessageRetriesHandler } from "../lambda/message-retries-handler";
import { createNotifierHandler, type NotifierHandler } from "../lambda/notifier-handler";
import { createProjectorHandler, type ProjectorHandler } from "../lambda/projector-handler";
import { createPublisherHandler, type PublisherHandler } from "../lambda/publisher-handler";
import { createReactorHandler, type ReactorHandler } from "../lambda/reactor-handler";
import { reminderSchedules } from "../lambda/reminder-schedules";
import { createUnsubscribeHandler } from "../lambda/unsubscribe-handler";
import { sesMailer } from "../mail/ses-mailer";
import { openAwsStores } from "../stores/aws-stores";
import { apiGatewayEvent } from "../testing/api-gateway-event";
import { createTables, tableNames } from "../testing/dynamo-tables";
import { graphqlEvent } from "../testing/graphql-event";
import { lambdaContext } from "../testing/lambda-context";
import { type MockAnswer, mockEventBridge } from "../testing/mock-event-bridge";
import { mockSchedulerClient } from "../testing/mock-scheduler-client";
import { recordingSesClient } from "../testing/recording-ses-client";

// biome-ignore lint/suspicious/noExplicitAny: GraphQL responses are checked by value
type Loose = any;

let dynamo: LocalDynamo;
const tables = tableNames("events", "documents", "idempotency", "keys", "outbox");
const emailSecret = "a-test-secret-of-at-least-thirty-two-bytes!";
const logger = new Logger({ serviceName: "cloud-simulation", logLevel: "SILENT" });
const noWaiting = { sleep: async () => {}, random: () => 0.5 };

/** Sign-in happens at the OpenAuth issuer, another Lambda: here tests hand out tokens and this verifier trusts them. */
const tokens = new Map<string, string>();
const verifyTestTokens: TokenVerifier = async (authorization) => {
  if (!authorization) return null;
  const memberId = tokens.get(authorization.replace(/^Bearer /, ""));
  if (!memberId) throw new Unauthenticated("not a token this test issued");
  return { memberId };
};

let graphql: GraphqlHandler;
let metrics: Metrics;
/** OpenAuth's own in-memory storage, where the issuer would keep refresh tokens (DynamoDB on AWS). */
const authStorage = MemoryStorage();

beforeAll(async () => {
  dynamo = await startDynalite();
  await createTables(dynamo.client, tables);
  // Metrics work as on Lambda, but print nothing here.
  vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "true");
  metrics = new Metrics({ serviceName: "cloud-simulation", namespace: "meetstream-test" });
  graphql = createGraphqlHandler({
    client: dynamo.client,
    tables,
    emailSecret,
    verifyToken: verifyTestTokens,
    appOrigin: "https://meetstream.example",
    uploadsBucket: "uploads",
    revokeSessions: authSessions(authStorage).revokeAll,
    logger,
    metrics,
  });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await dynamo.stop();
});

/** The feeds handler on the same tables, as deployed beside the GraphQL handler. */
const feedsHandler = () =>
  createFeedsHandler({
    client: dynamo.client,
    tables,
    emailSecret,
    appOrigin: "https://meetstream.example",
    logger,
  });

/** What the issuer does on a first sign-in: the member module registers the address. */
async function signIn(email: string): Promise<string> {
  const { store, documents, keys } = openAwsStores(dynamo.client, tables);
  const { members } = meetstreamModules({
    store,
    documents,
    keys,
    idempotency: { once: (_key, _payload, work) => work() },
    clock: { now: () => new Date() },
    emailSecret,
  });
  const { memberId } = await members.signIn(email);
  const token = `token-of-${memberId}`;
  tokens.set(token, memberId);
  return token;
}

/** One GraphQL request as the web app sends it, through API Gateway's event and the handler. */
async function send(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ statusCode: number | undefined; body: Loose }> {
  const result = await graphql(
    graphqlEvent(JSON.stringify({ query, variables }), token),
    lambdaContext("graphql"),
  );
  return { statusCode: result.statusCode, body: JSON.parse(result.body ?? "") };
}

/** A request that must succeed: its data. */
async function request(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Loose> {
  const { statusCode, body } = await send(query, variables, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(statusCode).toBe(200);
  return body.data;
}

const keyOf = (record: DynamoDBRecord) =>
  `${record.dynamodb?.Keys?.stream?.S}#${record.dynamodb?.Keys?.firstVersion?.N}`;

/** The records the event table's stream delivers after those already seen, in write order per item. */
async function newStreamRecords(seen: Set<string>): Promise<DynamoDBRecord[]> {
  const records = (await insertRecordsOfTable(dynamo, tables.events)) as unknown as DynamoDBRecord[];
  const fresh = records.filter((record) => !seen.has(keyOf(record)));
  for (const record of fresh) seen.add(keyOf(record));
  return fresh;
}

/**
 * Lambda's stream trigger: batches in order; after a partial failure it delivers the batch again from the
 * first failed record, as `ReportBatchItemFailures` asks.
 */
async function streamTrigger(
  publisher: PublisherHandler,
  records: DynamoDBRecord[],
  batchSize: number,
): Promise<{ redeliveries: number }> {
  let position = 0;
  let redeliveries = 0;
  for (let attempt = 0; position < records.length; attempt++) {
    if (attempt > records.length * 3) throw new Error("the publisher never got through");
    const batch = records.slice(position, position + batchSize);
    const { batchItemFailures } = await publisher({ Records: batch }, lambdaContext("publisher"));
    const failed = batchItemFailures.map((failure) => failure.itemIdentifier);
    const firstFailed = batch.findIndex((record) => record.dynamodb?.SequenceNumber === failed[0]);
    // A failure fails everything after it in the batch: nothing later is published ahead of it.
    if (failed.length > 0)
      expect(failed).toEqual(batch.slice(firstFailed).map((record) => record.dynamodb?.SequenceNumber));
    if (failed.length > 0) redeliveries++;
    position += failed.length > 0 ? firstFailed : batch.length;
  }
  return { redeliveries };
}

const seenByPipeline = new Set<string>();
const pipelineBridge = mockEventBridge();
let pipelinePublisher: PublisherHandler;
let pipelineProjector: ProjectorHandler;

let pipelineReactor: ReactorHandler;
/** What the reactor's rule let through (infra/bus.ts), kept to deliver again. */
const reactorDeliveries: EventBridgeEvent<string, unknown>[] = [];
const reactorDetailTypes = new Set(["MemberLeft", "MemberRemoved", "MemberErased", "StreamAppended"]);

let pipelineProgressReactions: ReactorHandler;
/** What the progress reactions subscriber's rule let through (infra/bus.ts), kept to deliver again. */
const progressDeliveries: EventBridgeEvent<string, unknown>[] = [];
const progressDetailTypes = new Set(["AttendeeCheckedIn", "PathRevised", "StreamAppended"]);

/** SES and EventBridge Scheduler have no local servers: the notifier sends through mock clients of both. */
const mockSes = recordingSesClient();
const mockScheduler = mockSchedulerClient();
const configurationSet = "meetstream-test";
/** What the notifier needs to mail members, as deployed (handlers/notifier.ts), on the test's tables. */
const messaging = {
  origin: "https://meetstream.example",
  mailer: sesMailer({ client: mockSes, from: "hello@meetstream.example", configurationSet }),
  sender: { name: "Meetstream", email: "hello@meetstream.example" },
};
const reminderGroup = {
  groupName: "meetstream-test-reminders",
  roleArn: "arn:aws:iam::000000000000:role/reminder-scheduler",
  deadLetterArn: "arn:aws:sqs:local:000000000000:notifier-dead-letters",
};

let pipelineNotifier: NotifierHandler;
/** What the notifier's rule let through (infra/notifications.ts: its event types and pointers), kept to deliver again. */
const notifierDeliveries: EventBridgeEvent<string, unknown>[] = [];
const notifierDetailTypes = new Set([...notifierEventTypes, pointerDetailType]);

/**
 * Everything committed since the last call goes through the stream, the publisher, the bus, the projector
 * and the reactor; what the reactor appends goes round again, until nothing new is committed.
 */
async function fanOut(): Promise<void> {
  pipelinePublisher ??= createPublisherHandler({
    eventBridge: pipelineBridge.client,
    busName: "Bus",
    logger,
    metrics,
    retry: noWaiting,
  });
  pipelineProjector ??= createProjectorHandler({
    projector: awsProjector(dynamo.client, tables),
    logger,
    metrics,
  });
  if (!pipelineReactor) {
    const { store, documents, keys } = openAwsStores(dynamo.client, tables);
    pipelineReactor = createReactorHandler({
      reactors: membershipReactors({ store, documents, keys, clock: { now: () => new Date() } }),
      store,
      logger,
      metrics,
    });
    pipelineProgressReactions = createReactorHandler({
      reactors: progressReactors({ store, documents, keys, clock: { now: () => new Date() } }),
      store,
      logger,
      metrics,
    });
    pipelineNotifier = createNotifierHandler({
      ...messaging,
      client: dynamo.client,
      tables,
      emailSecret,
      reminders: reminderSchedules({ ...reminderGroup, client: async () => mockScheduler }),
      clock: { now: () => new Date() },
      logger,
      metrics,
    });
  }
  for (let round = 0; round < 5; round++) {
    const records = await newStreamRecords(seenByPipeline);
    if (records.length === 0) return;
    await streamTrigger(pipelinePublisher, records, 100);
    const deliveries = pipelineBridge.takeDeliveries();
    for (const delivery of deliveries) await pipelineProjector(delivery, lambdaContext("projector"));
    for (const delivery of deliveries.filter((each) => reactorDetailTypes.has(each["detail-type"]))) {
      reactorDeliveries.push(delivery);
      await pipelineReactor(delivery, lambdaContext("reactor"));
    }
    for (const delivery of deliveries.filter((each) => progressDetailTypes.has(each["detail-type"]))) {
      progressDeliveries.push(delivery);
      await pipelineProgressReactions(delivery, lambdaContext("progress-reactions"));
    }
    for (const delivery of deliveries.filter((each) => notifierDetailTypes.has(each["detail-type"]))) {
      notifierDeliveries.push(delivery);
      await pipelineNotifier(delivery, lambdaContext("notifier"));
    }
  }
  throw new Error("the reactor kept appending: five rounds of fan-out did not settle");
}

const communityQuery = `query ($slug: String!) { community(slug: $slug) { id name memberCount } }`;

describe("the serverless path in one process (with a mock EventBridge client)", () => {
  let organiser: string;
  let member: string;
  let communityId: string;
  let meetupId: string;

  test("members found a community, schedule, publish and RSVP through the GraphQL handler, every commit published and projected from the stream", async () => {
    organiser = await signIn("ann@example.org");
    member = await signIn("bob@example.org");
    await fanOut();

    const founded = await request(
      `mutation ($input: FoundCommunityInput!) { foundCommunity(input: $input) { __typename ... on Community { id } } }`,
      { input: { name: "Serverless Rotterdam", slug: "serverless-rotterdam", tags: ["aws"] } },
      organiser,
    );
    expect(founded.foundCommunity.__typename).toBe("Community");
    communityId = founded.foundCommunity.id;
    await fanOut();
    expect((await request(communityQuery, { slug: "serverless-rotterdam" })).community).toEqual({
      id: communityId,
      name: "Serverless Rotterdam",
      memberCount: 1,
    });

    const joined = await request(
      `mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }`,
      { id: communityId },
      member,
    );
    expect(joined.joinCommunity.__typename).toBe("Community");
    const scheduled = await request(
      `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { __typename ... on Meetup { id } } }`,
      {
        input: {
          communityId,
          title: "Lambda at the edge",
          description: "Cold starts, compared.",
          timeZone: "Europe/Amsterdam",
          startsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
          endsAt: new Date(Date.now() + 180 * 60_000).toISOString(),
          capacity: 10,
          guestLimit: 1,
          venue: { name: "Het Podium", address: "Coolsingel 1, Rotterdam" },
        },
      },
      organiser,
    );
    expect(scheduled.scheduleMeetup.__typename).toBe("Meetup");
    meetupId = scheduled.scheduleMeetup.id;
    await fanOut();
    const published = await request(
      `mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }`,
      { id: meetupId },
      organiser,
    );
    expect(published.publishMeetup.__typename).toBe("Meetup");
    await fanOut();
    const rsvp = await request(
      `mutation ($id: ID!) { rsvp(meetupId: $id, guests: 1) { __typename } }`,
      { id: meetupId },
      member,
    );
    expect(rsvp.rsvp.__typename).toBe("Meetup");
    await fanOut();

    const seen = await request(
      `query ($id: ID!) { meetup(id: $id) { title status confirmedSeats viewerRsvp { status guests } } me { member { id } } }`,
      { id: meetupId },
      member,
    );
    expect(seen.meetup).toEqual({
      title: "Lambda at the edge",
      status: "PUBLISHED",
      confirmedSeats: 2,
      viewerRsvp: { status: "CONFIRMED", guests: 1 },
    });
    expect(seen.me.member.id).toBeTruthy();
    expect((await request(communityQuery, { slug: "serverless-rotterdam" })).community.memberCount).toBe(2);
  });

  test("a retried mutation with an idempotency key answers as the first did and appends nothing again (Powertools idempotency on DynamoDB, loaded by the first keyed command)", async () => {
    const change = `mutation ($id: ID!, $capacity: Int) { changeMeetupCapacity(meetupId: $id, capacity: $capacity, idempotencyKey: "capacity-change") { __typename ... on Meetup { capacity } } }`;
    const first = await request(change, { id: meetupId, capacity: 12 }, organiser);
    const retried = await request(change, { id: meetupId, capacity: 12 }, organiser);
    // The key is remembered with what it asked for: the same key for another change is refused.
    const reused = await send(change, { id: meetupId, capacity: 13 }, organiser);

    expect(first.changeMeetupCapacity).toEqual({ __typename: "Meetup", capacity: 12 });
    expect(retried).toEqual(first);
    expect(reused.body.errors?.[0]?.extensions?.code).toBe("IDEMPOTENCY_KEY_REUSED");
    const { store } = openAwsStores(dynamo.client, tables);
    // The API's ids are Relay global ids: base64 of "Meetup:<uuid>".
    const uuid = Buffer.from(meetupId, "base64").toString("utf8").replace("Meetup:", "");
    const changes = (await store.readStream(`meetup-${uuid}`)).filter(
      (event) => event.type === "CapacityChanged",
    );
    expect(changes).toHaveLength(1);
    await fanOut();
  });

  test("duplicated, reordered and failed deliveries leave the documents of a clean rebuild, nothing lost", async () => {
    const chaosTables = { ...tables, documents: uniqueTableName("chaos") };
    const rebuiltTables = { ...tables, documents: uniqueTableName("rebuilt") };
    await Promise.all([
      createDocumentTable(dynamo.client, chaosTables.documents),
      createDocumentTable(dynamo.client, rebuiltTables.documents),
    ]);

    // Call 2 has some entries refused (resent by the publisher), call 4 fails outright once (the record
    // and those after it fail, and the trigger delivers them again).
    const answers = new Map<number, MockAnswer>([
      [2, { refuse: (index) => index % 2 === 1 }],
      [4, new Error("EventBridge is unavailable")],
    ]);
    const bridge = mockEventBridge((call) => answers.get(call));
    const publisher = createPublisherHandler({
      eventBridge: bridge.client,
      busName: "Bus",
      logger,
      retry: noWaiting,
    });
    const records = await newStreamRecords(new Set());
    const { redeliveries } = await streamTrigger(publisher, records, 7);
    expect(redeliveries).toBe(1);
    expect(bridge.requests.length).toBeGreaterThan(4);

    // Every event of the log was published at least once.
    const deliveries = bridge.takeDeliveries();
    const published = new Set(
      deliveries.map((delivery) => {
        const detail = delivery.detail as { streamId: string; version: number };
        return `${detail.streamId}@${detail.version}`;
      }),
    );
    const { store } = openAwsStores(dynamo.client, tables);
    const streams = await store.listStreams({ limit: 1000 });
    let events = 0;
    for (const streamId of streams.streamIds)
      for (const event of await store.readStream(streamId)) {
        events++;
        expect(published).toContain(`${event.streamId}@${event.version}`);
      }
    expect(events).toBeGreaterThanOrEqual(10);

    // EventBridge delivers at least once and in no particular order: every third twice, all shuffled,
    // a few at a time.
    const shuffled = shuffle(
      deliveries.flatMap((delivery, index) =>
        index % 3 === 0 ? [delivery, structuredClone(delivery)] : [delivery],
      ),
    );
    const projectorHandler = createProjectorHandler({
      projector: awsProjector(dynamo.client, chaosTables),
      logger,
    });
    for (let start = 0; start < shuffled.length; start += 4)
      await Promise.all(
        shuffled
          .slice(start, start + 4)
          .map((delivery: EventBridgeEvent<string, unknown>) =>
            projectorHandler(delivery, lambdaContext("projector")),
          ),
      );

    await awsProjector(dynamo.client, rebuiltTables).rebuild();
    const chaos = await visibleDocuments(
      dynamoDocumentStore({ client: dynamo.client, tableName: chaosTables.documents }),
    );
    const rebuilt = await visibleDocuments(
      dynamoDocumentStore({ client: dynamo.client, tableName: rebuiltTables.documents }),
    );
    expect(chaos.length).toBeGreaterThanOrEqual(10);
    expect(chaos).toEqual(rebuilt);
    // And the documents the first test read through GraphQL are the same too.
    expect(
      await visibleDocuments(dynamoDocumentStore({ client: dynamo.client, tableName: tables.documents })),
    ).toEqual(rebuilt);
  });

  test("the feeds handler serves the community's calendar and feed from the documents, and 404 for what does not exist", async () => {
    const feeds = feedsHandler();
    const get = (path: string) =>
      feeds(apiGatewayEvent({ method: "GET", path }), lambdaContext("feeds")) as Promise<{
        statusCode: number;
        headers: Record<string, string>;
        body: string;
      }>;

    const calendar = await get("/feeds/communities/serverless-rotterdam.ics");
    expect(calendar.statusCode).toBe(200);
    expect(calendar.headers["content-type"]).toContain("text/calendar");
    expect(calendar.body).toContain("SUMMARY:Lambda at the edge");
    // Entries link to the meetup's page, on the site's origin.
    expect(calendar.body).toContain("https://meetstream.example/meetups/");
    const atom = await get("/feeds/communities/serverless-rotterdam.atom");
    expect(atom.statusCode).toBe(200);
    expect(atom.body).toContain("Lambda at the edge");
    expect((await get("/feeds/communities/no-such-community.ics")).statusCode).toBe(404);
    expect((await get("/feeds/me/not-a-token.ics")).statusCode).toBe(404);
  });

  test("a member erased through the GraphQL handler is signed out everywhere; other members stay signed in", async () => {
    const leaving = await signIn("leaving@example.org");
    const staying = await signIn("staying@example.org");
    const refreshTokens = async (token: string) => {
      const found: string[][] = [];
      for await (const [key] of authStorage.scan(["oauth:refresh", subjectOf(tokens.get(token) ?? "")]))
        found.push(key);
      return found;
    };
    for (const token of [leaving, staying])
      for (const browser of ["laptop", "phone"])
        await authStorage.set(["oauth:refresh", subjectOf(tokens.get(token) ?? ""), browser], {
          token: browser,
        });

    const erased = await request("mutation { eraseMe { __typename } }", {}, leaving);

    expect(erased.eraseMe.__typename).toBe("EraseMeSuccess");
    expect(await refreshTokens(leaving)).toEqual([]);
    expect(await refreshTokens(staying)).toHaveLength(2);
  });

  test("a member who leaves gives their seat back through the reactor on the bus, once however often it is delivered; an erased member's token is refused at once", async () => {
    const waiting = await signIn("waiting@example.org");
    const erasing = await signIn("erasing@example.org");
    for (const token of [waiting, erasing])
      await request(
        `mutation ($id: ID!) { joinCommunity(communityId: $id) { __typename } }`,
        { id: communityId },
        token,
      );
    await request(
      `mutation ($id: ID!) { changeMeetupCapacity(meetupId: $id, capacity: 3) { __typename } }`,
      { id: meetupId },
      organiser,
    );
    // Bob holds two seats, Erin the third; Walt waits.
    const rsvp = `mutation ($id: ID!) { rsvp(meetupId: $id) { __typename ... on Meetup { viewerRsvp { status } } } }`;
    expect((await request(rsvp, { id: meetupId }, erasing)).rsvp.viewerRsvp.status).toBe("CONFIRMED");
    expect((await request(rsvp, { id: meetupId }, waiting)).rsvp.viewerRsvp.status).toBe("WAITLISTED");
    await fanOut();

    await request(
      `mutation ($id: ID!) { leaveCommunity(communityId: $id) { __typename } }`,
      { id: communityId },
      member,
    );
    await fanOut();
    const seats = `query ($id: ID!) { meetup(id: $id) { confirmedSeats waitlistLength viewerRsvp { status } } }`;
    expect((await request(seats, { id: meetupId }, member)).meetup).toEqual({
      confirmedSeats: 2,
      waitlistLength: 0,
      viewerRsvp: { status: "CANCELLED" },
    });
    expect((await request(seats, { id: meetupId }, waiting)).meetup.viewerRsvp).toEqual({
      status: "CONFIRMED",
    });

    const feeds = feedsHandler();
    const feedPath = new URL((await request("{ me { calendarFeedUrl } }", {}, erasing)).me.calendarFeedUrl)
      .pathname;
    await fanOut();
    const feedStatus = async () =>
      (
        (await feeds(apiGatewayEvent({ method: "GET", path: feedPath }), lambdaContext("feeds"))) as {
          statusCode: number;
        }
      ).statusCode;
    expect(await feedStatus()).toBe(200);

    await request("mutation { eraseMe { __typename } }", {}, erasing);
    // Not found from the erasure on, before the bus has brought the reactor its event...
    expect(await feedStatus()).toBe(404);
    await fanOut();
    // ...and after, when the token is revoked too.
    expect(await feedStatus()).toBe(404);
    const { store: log } = openAwsStores(dynamo.client, tables);
    const erasedId = tokens.get(erasing) ?? "";
    expect((await log.readStream(`feed-token-${erasedId}`)).map((event) => event.type)).toEqual([
      "CalendarFeedTokenIssued",
      "CalendarFeedTokenRevoked",
    ]);
    const refused = await send("{ me { member { id } } }", {}, erasing);
    expect(refused.statusCode).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("MEMBER_ERASED");
    expect((await request(seats, { id: meetupId }, organiser)).meetup).toMatchObject({ confirmedSeats: 1 });

    // EventBridge delivers at least once: every entry the reactor saw, again, releases nothing more.
    const { store } = openAwsStores(dynamo.client, tables);
    const uuid = Buffer.from(meetupId, "base64").toString("utf8").replace("Meetup:", "");
    const releases = async () =>
      (await store.readStream(`meetup-${uuid}`)).filter((event) => event.type === "RsvpReleased").length;
    expect(await releases()).toBe(2);
    for (const delivery of reactorDeliveries)
      await pipelineReactor(structuredClone(delivery), lambdaContext("reactor"));
    expect(await releases()).toBe(2);
    await fanOut();
  });

  test("a check-in completes the meetup checkpoint of a path the member follows, and a revision ends the completion, through the progress subscriber on the bus, once however often either is delivered", async () => {
    const { store, documents, keys } = openAwsStores(dynamo.client, tables);
    const modules = meetstreamModules({
      store,
      documents,
      keys,
      clock: { now: () => new Date() },
      emailSecret,
    });
    const organiserId = tokens.get(organiser) ?? "";
    const learner = tokens.get(await signIn("learner@example.org")) ?? "";
    const community = Buffer.from(communityId, "base64").toString("utf8").replace("Community:", "");
    await modules.communities.join({ actor: learner, communityId: community });
    const startsAt = new Date(Date.now() + 30 * 60_000);
    const { meetupId: tonight } = await modules.meetups.schedule({
      actor: organiserId,
      input: {
        communityId: community,
        title: "Tonight",
        description: "A meetup to check in at.",
        venue: { name: "Library", address: "1 Main St" },
        timeZone: "Europe/Amsterdam",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000).toISOString(),
        capacity: 10,
      },
    });
    await modules.meetups.publish({ actor: organiserId, meetupId: tonight });
    await modules.meetups.rsvp({ actor: learner, meetupId: tonight });
    // The path finds the meetup in the documents: projected from the bus first.
    await fanOut();
    const { pathId } = await modules.paths.draftPath({
      actor: organiserId,
      input: {
        goal: "Meet the community",
        checkpoints: [
          { task: "Read the guide", url: "https://example.com/guide", title: "The guide" },
          { task: "Come tonight", meetupId: tonight },
        ],
      },
    });
    await modules.paths.publishPath({ actor: organiserId, pathId });
    await fanOut();
    await modules.progress.followPath({ actor: learner, pathId });
    await fanOut();

    await modules.meetups.checkIn({ actor: organiserId, meetupId: tonight, memberId: learner });
    await fanOut();
    const marks = async () =>
      (await store.readStream(`progress-${learner}-${pathId}`)).filter(
        (event) => event.type === "CheckpointMarked",
      );
    expect((await marks()).map((event) => event.data)).toEqual([
      expect.objectContaining({ done: true, source: "checked-in", cause: expect.any(String) }),
    ]);
    const [view] = await modules.progress.viewerProgress([pathId], learner);
    expect(view).toMatchObject({ doneCount: 1, checkpointCount: 2 });

    // EventBridge delivers at least once: every entry the subscriber saw, again, marks nothing more.
    expect(progressDeliveries.length).toBeGreaterThan(0);
    for (const delivery of progressDeliveries)
      await pipelineProgressReactions(structuredClone(delivery), lambdaContext("progress-reactions"));
    expect(await marks()).toHaveLength(1);
    await fanOut();

    // The learner reads the guide and completes the path; a revision that adds a checkpoint ends the
    // completion, through the same subscriber, and the public count shows it.
    const [guide, come] = ((await modules.paths.currentCheckpoints(pathId))?.checkpoints ?? []).map(
      ({ id }) => id,
    ) as [string, string];
    await modules.progress.markCheckpoint({
      actor: learner,
      input: { pathId, checkpointId: guide, done: true },
    });
    await fanOut();
    const [{ slug } = { slug: "" }] = await modules.paths.pathById([pathId], undefined);
    const completionCount = async () =>
      (await request(`query ($slug: String!) { path(slug: $slug) { completionCount } }`, { slug })).path
        .completionCount;
    expect(await completionCount()).toBe(1);
    await modules.paths.editPath({
      actor: organiserId,
      pathId,
      changeNote: "One more thing to read",
      input: {
        goal: "Meet the community",
        checkpoints: [
          { id: guide, task: "Read the guide", url: "https://example.com/guide", title: "The guide" },
          { id: come, task: "Come tonight", meetupId: tonight },
          { task: "Read the notes", url: "https://example.com/notes", title: "The notes" },
        ],
      },
    });
    await fanOut();
    expect(await completionCount()).toBe(0);
    const outcomes = async () =>
      (await store.readStream(`progress-${learner}-${pathId}`))
        .filter((event) => event.type === "PathCompleted" || event.type === "PathCompletionLapsed")
        .map((event) => event.type);
    expect(await outcomes()).toEqual(["PathCompleted", "PathCompletionLapsed"]);
    // Every entry again, check-ins and revisions, in another order: nothing more is recorded.
    for (const delivery of shuffle([...progressDeliveries]))
      await pipelineProgressReactions(structuredClone(delivery), lambdaContext("progress-reactions"));
    expect(await outcomes()).toEqual(["PathCompleted", "PathCompletionLapsed"]);
    // The check-in's and the learner's own.
    expect(await marks()).toHaveLength(2);
    await fanOut();
    expect(await completionCount()).toBe(0);
  });

  test("a projector fed something that is not a Meetstream bus event refuses it", async () => {
    const projectorHandler = createProjectorHandler({
      projector: awsProjector(dynamo.client, tables),
      logger,
    });
    await expect(
      projectorHandler({ source: "somewhere.else", detail: { hello: "world" } }, lambdaContext("projector")),
    ).rejects.toThrow();
  });
});

describe("members' mail on the serverless path (mock SES and EventBridge Scheduler clients: neither has a local server)", () => {
  const clock = { now: () => new Date() };
  const relayId = (type: string, id: string) => Buffer.from(`${type}:${id}`, "utf8").toString("base64");
  const modules = () => {
    const { store, documents, keys } = openAwsStores(dynamo.client, tables);
    return meetstreamModules({ store, documents, keys, clock, emailSecret });
  };
  const mailTo = (address: string, from = 0) =>
    mockSes.sent.slice(from).filter((input) => input.Destination?.ToAddresses?.[0] === address);
  const headersOf = (input: (typeof mockSes.sent)[number]) =>
    Object.fromEntries((input.Content?.Simple?.Headers ?? []).map(({ Name, Value }) => [Name, Value]));
  const sesEvent = (detailType: string, detail: Record<string, unknown>) => ({
    version: "0",
    id: crypto.randomUUID(),
    "detail-type": detailType,
    source: "aws.ses",
    account: "000000000000",
    time: new Date().toISOString(),
    region: "eu-west-1",
    resources: [],
    detail: { ...detail, mail: { tags: { "ses:configuration-set": [configurationSet] } } },
  });
  const bounce = (address: string, bounceType: "Permanent" | "Transient") =>
    sesEvent("Email Bounced", {
      eventType: "Bounce",
      bounce: { bounceType, bounceSubType: "General", bouncedRecipients: [{ emailAddress: address }] },
    });

  let organiserId: string;
  let attendeeId: string;
  let communityId: string;
  let meetupId: string;
  let startsAt: Date;

  test("publishing a meetup sets its two reminders as one-time schedules that invoke the notifier", async () => {
    organiserId = tokens.get(await signIn("mail-organiser@example.org")) ?? "";
    attendeeId = tokens.get(await signIn("mail-attendee@example.org")) ?? "";
    const { communities, meetups } = modules();
    ({ id: communityId } = await communities.found({
      actor: organiserId,
      input: { name: "Mail Rotterdam", slug: "mail-rotterdam" },
    }));
    await communities.join({ actor: attendeeId, communityId });
    startsAt = new Date(Date.now() + 3 * 24 * 60 * 60_000);
    ({ meetupId } = await meetups.schedule({
      actor: organiserId,
      input: {
        communityId,
        title: "Mail night",
        description: "Every message once.",
        venue: { name: "Library", address: "1 Main St" },
        timeZone: "Europe/Amsterdam",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60_000).toISOString(),
        capacity: 10,
      },
    }));
    await meetups.publish({ actor: organiserId, meetupId });
    await fanOut();

    for (const lead of ["24h", "2h"]) {
      const schedule = mockScheduler.named(`reminder-${lead}-${meetupId}`);
      expect(schedule, lead).toMatchObject({
        GroupName: reminderGroup.groupName,
        ActionAfterCompletion: "DELETE",
        Target: {
          // The function the bus invoked: the schedule invokes it again.
          Arn: lambdaContext("notifier").invokedFunctionArn,
          RoleArn: reminderGroup.roleArn,
          DeadLetterConfig: { Arn: reminderGroup.deadLetterArn },
        },
      });
    }
  });

  test("an RSVP through the GraphQL handler ends, on the EventBridge path, in one SES SendEmail with its one-click unsubscribe headers, however often the entry is delivered", async () => {
    const before = mockSes.sent.length;
    const rsvp = await request(
      `mutation ($id: ID!) { rsvp(meetupId: $id) { __typename ... on Meetup { viewerRsvp { status } } } }`,
      { id: relayId("Meetup", meetupId) },
      `token-of-${attendeeId}`,
    );
    expect(rsvp.rsvp.viewerRsvp.status).toBe("CONFIRMED");
    await fanOut();

    const [confirmation, ...more] = mailTo("mail-attendee@example.org", before);
    expect(more).toEqual([]);
    expect(confirmation).toMatchObject({
      FromEmailAddress: "hello@meetstream.example",
      ConfigurationSetName: configurationSet,
      Content: { Simple: { Subject: { Data: expect.stringContaining("Mail night") } } },
    });
    const headers = headersOf(confirmation as never);
    expect(headers["List-Unsubscribe"]).toMatch(
      /^<https:\/\/meetstream\.example\/unsubscribe\/one-click\?token=[^>]+>$/,
    );
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(confirmation?.Content?.Simple?.Attachments?.[0]?.ContentType).toContain("method=REQUEST");

    // EventBridge delivers at least once: every entry the notifier saw, again, mails nobody again.
    const sent = mockSes.sent.length;
    for (const delivery of notifierDeliveries)
      await pipelineNotifier(structuredClone(delivery), lambdaContext("notifier"));
    expect(mockSes.sent.length).toBe(sent);
  });

  test("a reminder's schedule invokes the notifier with its timer: the confirmed member is reminded once however often it fires, and never once the meetup has started", async () => {
    const schedule = mockScheduler.named(`reminder-24h-${meetupId}`);
    const timer = JSON.parse(schedule?.Target?.Input ?? "{}");
    const before = mockSes.sent.length;
    await pipelineNotifier(structuredClone(timer), lambdaContext("notifier"));
    await pipelineNotifier(structuredClone(timer), lambdaContext("notifier"));
    const reminders = mailTo("mail-attendee@example.org", before);
    expect(reminders).toHaveLength(1);
    expect(mockSes.sent.length - before).toBe(1);

    // A retry Scheduler still delivers after the start (its own window ends there) reminds nobody.
    const late = {
      ...timer,
      at: new Date(Date.now() - 120_000).toISOString(),
      notAfter: new Date(Date.now() - 60_000).toISOString(),
    };
    await pipelineNotifier(late, lambdaContext("notifier"));
    expect(mockSes.sent.length - before).toBe(1);
  });

  test("the one-click link of the mail's List-Unsubscribe header works through the unsubscribe handler without a session, stops only its kind, and a tampered link is refused", async () => {
    const [confirmation] = mailTo("mail-attendee@example.org").filter((input) =>
      input.Content?.Simple?.Attachments?.[0]?.ContentType?.includes("method=REQUEST"),
    );
    const link = new URL(headersOf(confirmation as never)["List-Unsubscribe"]?.slice(1, -1) ?? "");
    const unsubscribe = createUnsubscribeHandler({
      client: dynamo.client,
      tables,
      emailSecret,
      clock,
      logger,
    });
    const post = (path: string, method = "POST") =>
      unsubscribe(
        apiGatewayEvent({
          method,
          path,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        lambdaContext("unsubscribe"),
      );

    const token = link.searchParams.get("token") ?? "";
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect((await post(`/unsubscribe/one-click?token=${encodeURIComponent(tampered)}`)).statusCode).toBe(400);
    expect((await post(`${link.pathname}${link.search}`, "GET")).statusCode).toBe(405);
    const done = await post(`${link.pathname}${link.search}`);
    expect(done).toMatchObject({ statusCode: 200, headers: { "cache-control": "no-store" } });

    const { notifications } = modules();
    expect(await notifications.wants(attendeeId, "rsvp-confirmed", communityId)).toBe(false);
    expect(await notifications.wants(attendeeId, "meetup-rescheduled", communityId)).toBe(true);
  });

  test("a send SES refuses is sent again by the retry sweep once its backoff is over, and only once", async () => {
    const secondId = tokens.get(await signIn("mail-second@example.org")) ?? "";
    const { communities, meetups } = modules();
    await communities.join({ actor: secondId, communityId });
    mockSes.refuseNext(1, Object.assign(new Error("Maximum sending rate exceeded."), { name: "Throttling" }));
    const before = mockSes.sent.length;
    await meetups.rsvp({ actor: secondId, meetupId });
    await fanOut();
    expect(mailTo("mail-second@example.org", before)).toHaveLength(1);

    // The backoff after a first failure is a minute: the sweep runs every minute.
    const sweep = createMessageRetriesHandler({
      ...messaging,
      client: dynamo.client,
      tables,
      emailSecret,
      clock: { now: () => new Date(Date.now() + 2 * 60_000) },
      logger,
      metrics,
    });
    expect(await sweep({}, lambdaContext("message-retries"))).toEqual({ taken: 1 });
    expect(mailTo("mail-second@example.org", before)).toHaveLength(2);
    expect(await sweep({}, lambdaContext("message-retries"))).toEqual({ taken: 0 });
    expect(mailTo("mail-second@example.org", before)).toHaveLength(2);
  });

  test("a bounce SES reports for good suppresses the address, once however often it arrives; a transient one does not; nothing more is mailed there", async () => {
    const feedback = createMailFeedbackHandler({
      client: dynamo.client,
      tables,
      emailSecret,
      clock,
      logger,
      metrics,
    });
    const secondId = (await modules().members.memberIdByEmail("mail-second@example.org")) ?? "";

    await feedback(bounce("mail-attendee@example.org", "Transient"), lambdaContext("mail-feedback"));
    const permanent = bounce("Mail-Second@example.org", "Permanent");
    await feedback(permanent, lambdaContext("mail-feedback"));
    await feedback(structuredClone(permanent), lambdaContext("mail-feedback"));
    // An address nobody holds is no error.
    await feedback(bounce("nobody@example.org", "Permanent"), lambdaContext("mail-feedback"));
    // The settings page reads documents: projected from the bus.
    await fanOut();

    const { notifications, meetups } = modules();
    expect((await notifications.settingsOf(secondId, secondId))?.suppressed).toBe("bounce");
    expect((await notifications.settingsOf(attendeeId, attendeeId))?.suppressed).toBeNull();
    const { store } = openAwsStores(dynamo.client, tables);
    const suppressions = (await store.readStream(`notifications-${secondId}`)).filter(
      (event) => event.type === "NotificationsSuppressed",
    );
    expect(suppressions).toHaveLength(1);

    // The meetup moves: the attendee hears of it, the suppressed address does not.
    const before = mockSes.sent.length;
    const moved = new Date(startsAt.getTime() + 24 * 60 * 60_000);
    await meetups.reschedule({
      actor: organiserId,
      meetupId,
      input: {
        timeZone: "Europe/Amsterdam",
        startsAt: moved.toISOString(),
        endsAt: new Date(moved.getTime() + 2 * 60 * 60_000).toISOString(),
      },
    });
    await fanOut();
    expect(mailTo("mail-attendee@example.org", before)).toHaveLength(1);
    expect(mailTo("mail-second@example.org", before)).toEqual([]);
  });

  test("the notifier refuses what is neither a Meetstream bus entry nor a timer, and the mail feedback handler what is not SES's", async () => {
    await expect(
      pipelineNotifier({ source: "somewhere.else", detail: {} }, lambdaContext("notifier")),
    ).rejects.toThrow();
    const feedback = createMailFeedbackHandler({ client: dynamo.client, tables, emailSecret, clock, logger });
    await expect(
      feedback(
        { ...bounce("mail-attendee@example.org", "Permanent"), source: "meetstream" },
        lambdaContext("mail-feedback"),
      ),
    ).rejects.toThrow();
  });

  test("a complaint suppresses the address too", async () => {
    const feedback = createMailFeedbackHandler({
      client: dynamo.client,
      tables,
      emailSecret,
      clock,
      logger,
      metrics,
    });
    await feedback(
      sesEvent("Email Complaint Received", {
        eventType: "Complaint",
        complaint: { complainedRecipients: [{ emailAddress: "mail-attendee@example.org" }] },
      }),
      lambdaContext("mail-feedback"),
    );
    await fanOut();
    const { notifications } = modules();
    expect((await notifications.settingsOf(attendeeId, attendeeId))?.suppressed).toBe("complaint");
  });
});

/** A fixed shuffle (a linear congruential generator): the same order on every run. */
function shuffle<Item>(items: Item[]): Item[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as Item, copy[index] as Item];
  }
  return copy;
}
