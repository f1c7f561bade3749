import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { systemClock } from "@meetstream/core/clock/clock";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { meetstreamProjections } from "@meetstream/core/meetstream";
import { loadedOnDemand } from "@meetstream/core/objects/loaded-on-demand";
import { dynamoOutbox } from "@meetstream/core/outbox/dynamodb";
import { projector } from "@meetstream/core/projection/projector";
import { dynamoSnapshotStore } from "@meetstream/core/snapshot/dynamodb";
import { reportedSnapshotStore } from "@meetstream/core/snapshot/reported-snapshot-store";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { clientOfLambdaEvent } from "../auth/client-address";
import type { TokenVerifier } from "../auth/verify";
import { meetstreamModules } from "../composition/meetstream-modules";
import { calendarFeedLinks } from "../feeds/calendar-feed-links";
import { defaultRequestLimits, requestLimiter } from "../graphql/rate-limits";
import { createGraphqlServer } from "../graphql/server";
import { yogaLogger } from "../logging/yoga-logger";
import { type LogTables, openAwsStores } from "../stores/aws-stores";
import { requestOfEvent, resultOfResponse } from "./api-gateway-fetch";
import { type LambdaHandler, type Observability, observed } from "./observed";
import { projectingStore } from "./projecting-store";
import { uploadsInBucket } from "./uploads-bucket";

export interface GraphqlHandlerDependencies extends Observability {
  client: ReturnType<typeof dynamoDocumentClient>;
  /** `webhookOutbox`: the webhook deliveries (their log, redeliveries); without, the API has no webhooks. */
  tables: LogTables & { idempotency: string; webhookOutbox?: string };
  emailSecret: string;
  /** On AWS: `tokenVerifier({ issuer })` against the OpenAuth issuer. */
  verifyToken: TokenVerifier;
  /** The site's origin: the API is served on it (behind CloudFront), and so are calendar feeds. */
  appOrigin: string;
  /** Ends every sign-in of a member (their refresh tokens in OpenAuth's storage), as erasure must. */
  revokeSessions: (memberId: string) => Promise<void>;
  /** The uploads bucket: members send files to it by presigned PUT; CloudFront serves `/blobs/*` from it. */
  uploadsBucket: string;
}

export type GraphqlHandler = LambdaHandler<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>;

/**
 * The GraphQL API on Lambda behind API Gateway's HTTP API: the same schema and server as the local host,
 * on the DynamoDB stores. Buffered: API Gateway does not stream. A mutation projects the stream it wrote
 * before answering (its answer is read from documents); the bus projects every commit as well.
 */
export function createGraphqlHandler(dependencies: GraphqlHandlerDependencies): GraphqlHandler {
  const { client, tables, logger } = dependencies;
  const { store, documents, keys } = openAwsStores(client, tables);
  const projectAfterAppend = projector({ store, documents, projections: meetstreamProjections });
  // Attaching slides or a photo checks the upload the API started: both through the one bucket.
  const uploads = uploadsInBucket(dependencies.uploadsBucket, dependencies.appOrigin);
  // A Lambda instance runs one invocation at a time: a keyed write's claim lasts no longer than this one.
  let invocation: { getRemainingTimeInMillis(): number } | undefined;
  const modules = meetstreamModules({
    store: projectingStore(store, projectAfterAppend, (error) =>
      logger.warn("projection after append failed; the bus projects it", error as Error),
    ),
    documents,
    keys,
    // Only commands with an idempotency key use it: Powertools' idempotency is loaded by the first one.
    idempotency: loadedOnDemand(async () => {
      // biome-ignore lint/style/noRestrictedImports: a chunk of its own, with Powertools and nothing else of the decider entry.
      const { dynamoIdempotencyStore } = await import("@meetstream/core/decider/idempotency-dynamodb");
      return dynamoIdempotencyStore({
        client,
        tableName: tables.idempotency,
        remainingMilliseconds: () => invocation?.getRemainingTimeInMillis(),
      });
    }),
    // Snapshots are derived and may be forgotten, like idempotent results: they share that table.
    snapshots: reportedSnapshotStore(
      dynamoSnapshotStore({ client, tableName: tables.idempotency }),
      (error, streamId) =>
        logger.warn("a snapshot failed; the stream folds from its events", {
          streamId,
          error: String(error),
        }),
    ),
    clock: systemClock,
    emailSecret: dependencies.emailSecret,
    uploads,
    ...(tables.webhookOutbox
      ? {
          webhooks: {
            outbox: dynamoOutbox({ client, tableName: tables.webhookOutbox }),
            mode: "aws" as const,
          },
        }
      : {}),
  });
  const graphql = createGraphqlServer({
    members: modules.members,
    communities: modules.communities,
    meetups: modules.meetups,
    speakers: modules.speakers,
    talks: modules.talks,
    agendas: modules.agendas,
    paths: modules.paths,
    progress: modules.progress,
    notifications: modules.notifications,
    apiTokens: modules.apiTokens,
    ...(modules.webhooks ? { webhooks: modules.webhooks } : {}),
    calendarFeeds: calendarFeedLinks(modules.feedTokens, dependencies.appOrigin),
    uploads: {
      startUpload: (request) => uploads.startUpload(request),
      // CloudFront serves uploads from the app's origin: an address needs no S3 client. The key is one the
      // uploads module made and checked when it was attached.
      publicUrl: (key) => `${dependencies.appOrigin}/blobs/${key}`,
    },
    verifyToken: dependencies.verifyToken,
    mode: "production",
    appOrigin: dependencies.appOrigin,
    revokeSessions: dependencies.revokeSessions,
    logger: yogaLogger(logger),
    // Counted per instance: the HTTP API's throttling (infra/api.ts) bounds the whole API beside it.
    requestLimits: {
      limiter: requestLimiter(defaultRequestLimits),
      clientOf: (_request, serverContext) =>
        clientOfLambdaEvent((serverContext as { event: APIGatewayProxyEventV2 }).event),
    },
  });
  return observed(async (event, context) => {
    invocation = context;
    const result = await resultOfResponse(
      await graphql.fetch(requestOfEvent(event, graphql.fetchAPI), { event, context }),
    );
    dependencies.metrics?.addMetric("requests", MetricUnit.Count, 1);
    return result;
  }, dependencies);
}
