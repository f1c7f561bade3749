/** A member's notification settings: one stream per member. */
export const notificationStream = (memberId: string) => `notifications-${memberId}`;

export const memberIdOfNotificationStream = (streamId: string) => streamId.slice("notifications-".length);
