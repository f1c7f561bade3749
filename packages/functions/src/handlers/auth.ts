import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { memberModule } from "@meetstream/core/member/index";
import { DynamoStorage } from "@openauthjs/openauth/storage/dynamo";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { Resource } from "sst";
import { publicIssuer } from "../auth/public-issuer";
import { openAwsStores } from "../lambda/aws-stores";
import { observed } from "../lambda/observed";
import { tracing } from "../lambda/tracing";
import { sesMailer } from "../mail/ses-mailer";

const serviceName = "meetstream-auth";
const { tracer, traced } = await tracing(serviceName);

// Fan-out on AWS is the event table's stream, so the store here notifies nobody itself.
const { store, documents, keys } = openAwsStores(traced(dynamoDocumentClient()), {
  events: Resource.Events.name,
  documents: Resource.Documents.name,
  keys: Resource.Keys.name,
});
const members = memberModule({ store, documents, keys, emailSecret: Resource.EmailSecret.value });

// The web app, the API and the issuer share the router's origin, which `Resource.Auth.url` names.
const origin = new URL(Resource.Auth.url).origin;
const issuer = publicIssuer({
  origin,
  appOrigin: origin,
  storage: DynamoStorage({ table: Resource.AuthStorage.name }),
  mailer: sesMailer({
    client: traced(new SESv2Client({})),
    from: Resource.Mail.sender,
    configurationSet: Resource.Mail.configSet,
  }),
  signIn: (email) => members.signIn(email),
});

export const handler = observed(handle(new Hono().all("*", (context) => issuer.fetch(context.req.raw))), {
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
