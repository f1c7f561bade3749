import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { systemClock } from "@meetstream/core/clock/clock";
import { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { Resource } from "sst";
import { createNotifierHandler } from "../lambda/notifier-handler";
import { reminderSchedules } from "../lambda/reminder-schedules";
import { tracing } from "../lambda/tracing";
import { sesMailer } from "../mail/ses-mailer";

/** The notifier: its bus rule's events and the reminders' schedules become members' mail, through SES. */
const serviceName = "meetstream-notifier";
const { tracer, traced } = await tracing(serviceName);

export const handler = createNotifierHandler({
  client: traced(dynamoDocumentClient()),
  tables: {
    events: Resource.Events.name,
    documents: Resource.Documents.name,
    keys: Resource.Keys.name,
    outbox: Resource.Outbox.name,
  },
  emailSecret: Resource.EmailSecret.value,
  // The web app and the one-click unsubscribe route share the router's origin, which `Resource.Auth.url` names.
  origin: new URL(Resource.Auth.url).origin,
  mailer: sesMailer({
    client: traced(new SESv2Client({})),
    from: Resource.Mail.sender,
    configurationSet: Resource.Mail.configSet,
  }),
  sender: { name: "Meetstream", email: Resource.Mail.sender },
  reminders: reminderSchedules({
    groupName: Resource.Reminders.groupName,
    roleArn: Resource.Reminders.roleArn,
    deadLetterArn: Resource.Reminders.deadLetterArn,
    client: async () => {
      const { SchedulerClient } = await import("@aws-sdk/client-scheduler");
      return traced(new SchedulerClient({}));
    },
  }),
  clock: systemClock,
  logger: new Logger({ serviceName }),
  metrics: new Metrics({ serviceName, namespace: "meetstream" }),
  tracer,
});
