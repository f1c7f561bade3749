import {
  type MessageKind,
  messageKinds,
  type NotificationSettingsView,
  UnknownMessageKind,
  UnknownNotificationCommunity,
  UnsubscribeLinkInvalid,
} from "@meetstream/core/notification";
import type { GraphqlContext } from "./context";
import { type Idempotent, idempotencyKeyOf, signedIn } from "./mutations";
import { NotSignedIn } from "./rejections";
import { plainIdOf } from "./relay";
import type { MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultUnions } from "./results";

/*
 * A member's own settings, changed by the member (core's setPreference and resume refuse anyone else),
 * and the one-click link, whose token is the authority: no sign-in. Each answers what core answered.
 */

type PreferenceArguments = Idempotent & {
  kind: MessageKind;
  communityId?: string | null;
  enabled: boolean;
};

/** What a link stopped, in words: never whose it was. */
interface Unsubscribed {
  kind: MessageKind;
  label: string;
}

const mutation: MutationResolvers<GraphqlContext> = {
  setNotificationPreference: answeringRejections(
    [NotSignedIn, UnknownMessageKind, UnknownNotificationCommunity],
    // The kind arrives as core's value (enum-values.ts); a community as its node id or its plain id.
    async (_root, args: PreferenceArguments, context): Promise<NotificationSettingsView> => {
      const idempotencyKey = idempotencyKeyOf(args);
      const actor = signedIn(context);
      return context.notifications.setPreference({
        memberId: actor,
        actor,
        kind: args.kind,
        communityId: args.communityId == null ? null : plainIdOf(args.communityId, "Community"),
        enabled: args.enabled,
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      });
    },
  ),

  resumeNotifications: answeringRejections(
    [NotSignedIn],
    async (_root, _arguments, context): Promise<NotificationSettingsView> => {
      const actor = signedIn(context);
      return context.notifications.resume({ memberId: actor, actor });
    },
  ),

  unsubscribe: answeringRejections(
    [UnsubscribeLinkInvalid],
    async (_root, args: { token: string }, { notifications }): Promise<Unsubscribed> => {
      const { kind } = await notifications.unsubscribe({ token: args.token });
      return { kind, label: messageKinds[kind].label };
    },
  ),
};

export const notificationMutationResolvers: ContextResolvers = {
  Mutation: mutation,
  ...resultUnions("NotificationSettings", ["SetNotificationPreferenceResult", "ResumeNotificationsResult"]),
  ...resultUnions("Unsubscribed", ["UnsubscribeResult"]),
};
