import type { Mailer } from "@meetstream/core/mail/mailer";
import { type MessageRenderer, type MessageSender, messageSender } from "@meetstream/core/notification";
import { loadedOnDemand } from "@meetstream/core/objects/loaded-on-demand";
import { dynamoOutbox } from "@meetstream/core/outbox/dynamodb";
import type { Outbox } from "@meetstream/core/outbox/outbox";
import type { LogTables } from "../stores/aws-stores";
import { type AwsNotifications, type AwsNotificationsOptions, awsNotifications } from "./aws-notifications";

export interface AwsMessagingOptions extends AwsNotificationsOptions {
  tables: LogTables & { outbox: string };
  /** The router's one origin: the web app's pages, and the one-click unsubscribe route, are served on it. */
  origin: string;
  /** SES with the configuration set whose bounces and complaints come back (infra/mail.ts). */
  mailer: Mailer;
  /** Who messages come from, and the organiser calendar invitations name. */
  sender: { name: string; email: string };
  /** Default: the React Email templates, loaded by the first message rendered. */
  renderer?: MessageRenderer;
}

export interface AwsMessaging extends AwsNotifications {
  outbox: Outbox;
  sender: MessageSender;
}

/**
 * What sends members' mail on AWS: the outbox on DynamoDB, members' addresses and settings read from
 * their streams, and SES. The notifier and the retry sweep both send through it.
 */
export function awsMessaging(options: AwsMessagingOptions): AwsMessaging {
  const { client, tables, origin, mailer, clock } = options;
  const notifying = awsNotifications(options);
  const outbox = dynamoOutbox({ client, tableName: tables.outbox, clock });
  // React and its renderer weigh most of the bundle: an invocation that mails nothing (a redelivered
  // event, a reminder moved) does not load them.
  const renderer =
    options.renderer ??
    loadedOnDemand(async () => (await import("../mail/templates/react-email-renderer")).reactEmailRenderer);
  const sender = messageSender({
    outbox,
    mailer,
    renderer,
    members: notifying.members,
    notifications: notifying.notifications,
    appOrigin: origin,
    apiOrigin: origin,
    sender: options.sender,
    clock,
  });
  return { ...notifying, outbox, sender };
}
