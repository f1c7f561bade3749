import { SESv2Client } from "@aws-sdk/client-sesv2";
import { dynamoDocumentStore } from "@meetstream/core/documents/dynamodb";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { dynamoEventStore } from "@meetstream/core/eventstore/dynamodb";
import { eventCatalog } from "@meetstream/core/eventstore/event-catalog";
import { dynamoKeyStore } from "@meetstream/core/keys/dynamodb";
import { personalDataStore } from "@meetstream/core/keys/personal-data-store";
import { meetstreamEventTypes } from "@meetstream/core/meetstream";
import { memberModule } from "@meetstream/core/member/index";
import { DynamoStorage } from "@openauthjs/openauth/storage/dynamo";
import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { Resource } from "sst";
import { publicIssuer } from "../auth/public-issuer";
import { sesMailer } from "../mail/ses-mailer";

const client = dynamoDocumentClient();
const keys = dynamoKeyStore({ client, tableName: Resource.Keys.name });
const events = dynamoEventStore({
  client,
  tableName: Resource.Events.name,
  catalog: eventCatalog(...meetstreamEventTypes),
});
// Fan-out on AWS is the event table's stream, so the store here notifies nobody itself.
const members = memberModule({
  store: personalDataStore(events, keys, meetstreamEventTypes),
  documents: dynamoDocumentStore({ client, tableName: Resource.Documents.name }),
  keys,
  emailSecret: Resource.EmailSecret.value,
});

// The web app, the API and the issuer share the router's origin, which `Resource.Auth.url` names.
const origin = new URL(Resource.Auth.url).origin;
const issuer = publicIssuer({
  origin,
  appOrigin: origin,
  storage: DynamoStorage({ table: Resource.AuthStorage.name }),
  mailer: sesMailer({
    client: new SESv2Client({}),
    from: Resource.Mail.sender,
    configurationSet: Resource.Mail.configSet,
  }),
  signIn: (email) => members.signIn(email),
});

export const handler = handle(new Hono().all("*", (context) => issuer.fetch(context.req.raw)));
