import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { DynamoStorage } from "@openauthjs/openauth/storage/dynamo";
import { Resource } from "sst";
import { authSessions } from "../auth/sessions";
import { tokenVerifier } from "../auth/verify";
import { createGraphqlHandler } from "../lambda/graphql-handler";

const serviceName = "meetstream-graphql";
// The router's one origin serves the web app, this API and sign-in (`Resource.Auth.url` is `<origin>/auth`),
// and tokens are signed for the bare origin.
const origin = new URL(Resource.Auth.url).origin;

export const handler = createGraphqlHandler({
  client: dynamoDocumentClient(),
  tables: {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    idempotency: Resource.Idempotency.name,
    keys: Resource.Keys.name,
  },
  emailSecret: Resource.EmailSecret.value,
  verifyToken: tokenVerifier({ issuer: origin }),
  appOrigin: origin,
  revokeSessions: authSessions(DynamoStorage({ table: Resource.AuthStorage.name })).revokeAll,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
});
