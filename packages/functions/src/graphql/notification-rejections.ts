import type { ContextResolvers } from "./resolvers";

/*
 * The notification rejections implement `Error` (see rejections.ts): UnknownMessageKind,
 * UnknownNotificationCommunity and UnsubscribeLinkInvalid read their fields as they are. Their messages
 * are core's, in words for people, with no id in them.
 */
export const notificationRejectionResolvers: ContextResolvers = {};
