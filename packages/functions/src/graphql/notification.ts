import type { MemberProfile } from "@meetstream/core/member";
import type { KindSetting, NotificationSettingsView } from "@meetstream/core/notification";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import type {
  CommunityMessageSettingResolvers,
  MemberResolvers,
  MessageKindSettingResolvers,
  NotificationSettingsResolvers,
} from "./resolver-types";
import type { ContextResolvers } from "./resolvers";

/*
 * The notification reads: core's settingsOf decides who sees a member's settings (the member alone).
 * Kinds and suppressions arrive and leave as core's values (enum-values.ts is the one table of both).
 */

const member: MemberResolvers<GraphqlContext, MemberProfile> = {
  notificationSettings: async (member, _arguments, { notifications, viewer }) =>
    (await notifications.settingsOf(member.id, viewer?.memberId)) ?? null,
};

const notificationSettings: NotificationSettingsResolvers<GraphqlContext, NotificationSettingsView> = {};

const messageKindSetting: MessageKindSettingResolvers<GraphqlContext, KindSetting> = {};

const communityMessageSetting: CommunityMessageSettingResolvers<
  GraphqlContext,
  KindSetting["communities"][number]
> = {
  community: async (setting, _arguments, { communityById }) =>
    (await communityById.load(setting.communityId)) ?? null,
};

export const notificationResolvers: ContextResolvers = {
  Member: member,
  NotificationSettings: notificationSettings,
  MessageKindSetting: messageKindSetting,
  CommunityMessageSetting: communityMessageSetting,
  MessageKind: internalEnumValues.MessageKind,
  NotificationSuppression: internalEnumValues.NotificationSuppression,
};
