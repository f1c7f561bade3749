import type { DocumentKey } from "../documents/document-store";
import type { DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import { type NotificationSettings, noSettings, notificationDecider } from "./decider";
import type { NotificationEvent } from "./events";
import { memberIdOfNotificationStream } from "./notification-streams";

export const notificationSettingsKey = (memberId: string): DocumentKey => ({
  partition: `notifications#${memberId}`,
  sort: "settings",
});

/** One document per member who ever chose: their settings page reads it. Only the member sees it. */
const settingsDocuments: DocumentKind<NotificationEvent, NotificationSettings> = {
  touches: (event) => [notificationSettingsKey(memberIdOfNotificationStream(event.streamId))],
  evolve: ({ body }, event) => ({
    type: "upsert",
    body: notificationDecider.evolve(body ?? noSettings, event),
  }),
};

export const notificationSettingsProjection: DocumentProjection<NotificationEvent> = {
  name: "notification-settings",
  categories: ["notifications"],
  kinds: [settingsDocuments],
};

export const notificationProjections: readonly Projection[] = [notificationSettingsProjection as Projection];
