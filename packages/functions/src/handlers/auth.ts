import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { dynamoAuthStorage } from "../auth/dynamo-auth-storage";
import { createAuthHandler } from "../lambda/auth-handler";
import { tracing } from "../lambda/tracing";
import { sesMailer } from "../mail/ses-mailer";

const serviceName = "meetstream-auth";
const { tracer, traced } = await tracing(serviceName);
const client = traced(dynamoDocumentClient());

export const handler = createAuthHandler({
  client,
  tables: { events: Resource.Events.name, documents: Resource.Documents.name, keys: Resource.Keys.name },
  emailSecret: Resource.EmailSecret.value,
  // The web app, the API and the issuer share the router's origin, which `Resource.Auth.url` names.
  origin: new URL(Resource.Auth.url).origin,
  storage: dynamoAuthStorage({ client, tableName: Resource.AuthStorage.name }),
  mailer: sesMailer({
    client: traced(new SESv2Client({})),
    from: Resource.Mail.sender,
    configurationSet: Resource.Mail.configSet,
  }),
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
