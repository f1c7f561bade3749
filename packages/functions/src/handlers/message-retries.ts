import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createMessageRetriesHandler } from "../lambda/message-retries-handler";
import { tracing } from "../lambda/tracing";
import { sesMailer } from "../mail/ses-mailer";

/** Every minute: the outbox's due messages (SES refused them before, or a notifier stopped before sending). */
const serviceName = "meetstream-message-retries";
const { tracer, traced } = await tracing(serviceName);

export const handler = createMessageRetriesHandler({
  client: traced(dynamoDocumentClient()),
  tables: {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    keys: Resource.Keys.name,
    outbox: Resource.Outbox.name,
  },
  emailSecret: Resource.EmailSecret.value,
  origin: new URL(Resource.Auth.url).origin,
  mailer: sesMailer({
    client: traced(new SESv2Client({})),
    from: Resource.Mail.sender,
    configurationSet: Resource.Mail.configSet,
  }),
  sender: { name: "Meetstream", email: Resource.Mail.sender },
  clock: systemClock,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
