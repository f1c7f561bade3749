/**
 * What other folders may import from the notification context: members' settings for what they are
 * sent (per kind and community, one-click unsubscribe, suppression after a bounce), the notifier that
 * turns events into messages in the outbox, and the sender that mails them.
 */
export {
  deliveryActor,
  type NotificationCommunities,
  type NotificationModule,
  type NotificationModuleOptions,
  notificationModule,
  unsubscribeActor,
} from "./commands";
export { type NotificationSettings, wants } from "./decider";
export { notificationProjections, notificationSettingsKey } from "./documents";
export {
  NotificationMemberNotFound,
  NotYourNotificationSettings,
  UnknownMessageKind,
  UnknownNotificationCommunity,
  UnsubscribeLinkInvalid,
} from "./errors";
export { notificationEventTypes } from "./events";
export { isMessageKind, type MessageKind, messageKindNames, messageKinds } from "./kinds";
export {
  type AgendaMessagePayload,
  isMeetupMessage,
  type MeetupMessageKind,
  type MeetupMessagePayload,
  type MessageAgenda,
  type MessageMeetup,
  type MessagePath,
  type MessagePayload,
  type MessageProposal,
  type MessageWebhook,
  meetupMessageKinds,
  type PathMessagePayload,
  type ProposalMessagePayload,
  readPayload,
  type WebhookMessagePayload,
} from "./message-payload";
export {
  type MessageLinks,
  type MessageRenderer,
  type MessageSender,
  type MessageSenderOptions,
  messageSender,
  type RenderedMessage,
} from "./message-sender";
export type { NotificationMembers } from "./notification-members";
export {
  type Notifier,
  type NotifierContexts,
  type NotifierOptions,
  notifier,
  notifierEventTypes,
} from "./notifier";
export type { KindSetting, NotificationSettingsView } from "./queries";
export { type ReminderTimerPayload, reminderTimerNames, reminderTimers } from "./reminders";
export { type UnsubscribeTokens, unsubscribeTokens } from "./unsubscribe-token";
