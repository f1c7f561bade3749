import type { Clock } from "@meetstream/core/clock/clock";
import { communityModule } from "@meetstream/core/community";
import type { dynamoDocumentClient } from "@meetstream/core/dynamodb/client";
import { type MemberModule, memberModule } from "@meetstream/core/member";
import { type NotificationModule, notificationModule } from "@meetstream/core/notification";
import { type AwsStores, type LogTables, openAwsStores } from "../stores/aws-stores";

export interface AwsNotificationsOptions {
  client: ReturnType<typeof dynamoDocumentClient>;
  tables: LogTables;
  /** Keys email reservations; the unsubscribe links' key is derived from it (as on the local host). */
  emailSecret: string;
  clock: Clock;
}

export interface AwsNotifications extends AwsStores {
  members: MemberModule;
  notifications: NotificationModule;
}

/** Members and their notification settings on the DynamoDB tables: who an address is, what they get. */
export function awsNotifications(options: AwsNotificationsOptions): AwsNotifications {
  const { client, tables, emailSecret, clock } = options;
  const stores = openAwsStores(client, tables);
  const { store, documents, keys } = stores;
  const members = memberModule({ store, documents, keys, clock, emailSecret });
  const communities = communityModule({ store, documents, clock });
  const notifications = notificationModule({
    store,
    documents,
    members,
    communities: { exists: async (communityId) => (await communities.byId(communityId)) !== undefined },
    serverSecret: emailSecret,
    clock,
  });
  return { ...stores, members, notifications };
}
