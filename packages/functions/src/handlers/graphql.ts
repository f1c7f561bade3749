import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { loadedOnDemand } from "@meetstream/core/objects/loaded-on-demand";
import { Resource } from "sst";
import { tokenVerifierOnDemand } from "../auth/verify-on-demand";
import { createGraphqlHandler } from "../lambda/graphql-handler";
import { tracing } from "../lambda/tracing";

const serviceName = "meetstream-graphql";
const { tracer, traced } = await tracing(serviceName);
// The router's one origin serves the web app, this API and sign-in (`Resource.Auth.url` is `<origin>/auth`),
// and tokens are signed for the bare origin.
const origin = new URL(Resource.Auth.url).origin;

// Only erasure ends sign-ins: OpenAuth's storage is loaded by the first erasure, not by every cold start.
const sessions = loadedOnDemand(async () => {
  const [{ authSessions }, { DynamoStorage }] = await Promise.all([
    import("../auth/sessions"),
    import("@openauthjs/openauth/storage/dynamo"),
  ]);
  return authSessions(DynamoStorage({ table: Resource.AuthStorage.name }));
});

export const handler = createGraphqlHandler({
  client: traced(dynamoDocumentClient()),
  tables: {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    idempotency: Resource.Idempotency.name,
    keys: Resource.Keys.name,
    webhookOutbox: Resource.WebhookOutbox.name,
  },
  emailSecret: Resource.EmailSecret.value,
  verifyToken: tokenVerifierOnDemand(async () =>
    (await import("../auth/verify")).tokenVerifier({ issuer: origin }),
  ),
  appOrigin: origin,
  revokeSessions: (memberId) => sessions.revokeAll(memberId),
  uploadsBucket: Resource.Uploads.name,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
