import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import * as z from "../validation/zod";

/*
 * A member's notification settings: one stream per member (`notifications-<memberId>`). Nothing in it is
 * personal (kinds, community ids, on or off), so it needs no sealing; the member's address is read from the
 * member's own stream when a message is sent.
 */

/** The member turned a kind of message on or off, in one community or (communityId null) everywhere. */
export const NotificationPreferenceSet = defineEvent("NotificationPreferenceSet", () =>
  z.object({
    kind: z.string(),
    communityId: z.nullable(z.string()),
    enabled: z.boolean(),
    /** How: the settings page, or the one-click link in a message (RFC 8058). */
    via: z.enum(["settings", "unsubscribe-link"]),
  }),
);

/** Mail to the member's address bounced for good or was reported as spam: nothing is sent until resumed. */
export const NotificationsSuppressed = defineEvent("NotificationsSuppressed", () =>
  z.object({ reason: z.enum(["bounce", "complaint"]) }),
);

/** The member asked for mail again after a suppression (a fixed mailbox, a new address). */
export const NotificationsResumed = defineEvent("NotificationsResumed", () => z.object({}));

export type NotificationEvent =
  | EventOf<typeof NotificationPreferenceSet>
  | EventOf<typeof NotificationsSuppressed>
  | EventOf<typeof NotificationsResumed>;

export const notificationEventTypes: readonly EventType[] = [
  NotificationPreferenceSet,
  NotificationsSuppressed,
  NotificationsResumed,
];
