import type { Decider } from "../decider/decider";
import {
  type NotificationEvent,
  NotificationPreferenceSet,
  NotificationsResumed,
  NotificationsSuppressed,
} from "./events";
import { type MessageKind, messageKinds } from "./kinds";

/** Where a setting applies: one community, or everywhere (the key `*`). */
const everywhere = "*";
export const preferenceKey = (kind: string, communityId: string | null) =>
  `${kind}@${communityId ?? everywhere}`;

export interface NotificationSettings {
  /** Every choice the member made, by `preferenceKey`: what they never chose follows the kind's default. */
  choices: Record<string, boolean>;
  /** Why nothing is sent to the member's address, when it bounced or was reported. */
  suppressed: "bounce" | "complaint" | null;
}

export type NotificationCommand =
  | { type: "SetPreference"; kind: MessageKind; communityId: string | null; enabled: boolean }
  /** The one-click link in a message: that kind stops, everywhere, whatever was chosen per community. */
  | { type: "Unsubscribe"; kind: MessageKind }
  | { type: "Suppress"; reason: "bounce" | "complaint" }
  | { type: "Resume" };

export const noSettings: NotificationSettings = { choices: {}, suppressed: null };

/**
 * Whether the member gets a message of this kind about this community: their choice for the community,
 * else their choice everywhere, else the kind's default; never while their address is suppressed.
 */
export function wants(
  settings: NotificationSettings,
  kind: MessageKind,
  communityId: string | null,
): boolean {
  if (settings.suppressed) return false;
  const inCommunity = communityId === null ? undefined : settings.choices[preferenceKey(kind, communityId)];
  return inCommunity ?? settings.choices[preferenceKey(kind, null)] ?? messageKinds[kind].onByDefault;
}

export const notificationDecider: Decider<NotificationSettings, NotificationCommand, NotificationEvent> = {
  initialState: noSettings,

  decide(command, settings) {
    switch (command.type) {
      case "SetPreference": {
        const { kind, communityId, enabled } = command;
        // Choosing what is already chosen records nothing; choosing the default is recorded (it sticks).
        if (settings.choices[preferenceKey(kind, communityId)] === enabled) return [];
        return [NotificationPreferenceSet({ kind, communityId, enabled, via: "settings" })];
      }
      case "Unsubscribe": {
        const { kind } = command;
        const offInCommunities = Object.entries(settings.choices)
          .filter(
            ([key, enabled]) => enabled && key.startsWith(`${kind}@`) && key !== preferenceKey(kind, null),
          )
          .map(([key]) => key.slice(kind.length + 1));
        const events = offInCommunities.map((communityId) =>
          NotificationPreferenceSet({ kind, communityId, enabled: false, via: "unsubscribe-link" }),
        );
        // A second click finds the kind off everywhere already: nothing more to record.
        if (settings.choices[preferenceKey(kind, null)] !== false)
          events.unshift(
            NotificationPreferenceSet({ kind, communityId: null, enabled: false, via: "unsubscribe-link" }),
          );
        return events;
      }
      case "Suppress":
        return settings.suppressed === command.reason
          ? []
          : [NotificationsSuppressed({ reason: command.reason })];
      case "Resume":
        return settings.suppressed ? [NotificationsResumed({})] : [];
    }
  },

  evolve(settings, event) {
    switch (event.type) {
      case "NotificationPreferenceSet": {
        const { kind, communityId, enabled } = event.data;
        return { ...settings, choices: { ...settings.choices, [preferenceKey(kind, communityId)]: enabled } };
      }
      case "NotificationsSuppressed":
        return { ...settings, suppressed: event.data.reason };
      case "NotificationsResumed":
        return { ...settings, suppressed: null };
    }
  },
};
