import type { DocumentStore } from "../documents/document-store";
import { isUuid } from "../ids/new-id";
import { type NotificationSettings, noSettings, preferenceKey } from "./decider";
import { notificationSettingsKey } from "./documents";
import { type MessageKind, messageKindNames, messageKinds } from "./kinds";
import type { NotificationMembers } from "./notification-members";

/** One kind as the settings page shows it. */
export interface KindSetting {
  kind: MessageKind;
  label: string;
  /** Whether it arrives from communities the member made no choice for. */
  enabled: boolean;
  onByDefault: boolean;
  /** The communities the member chose for apart, with their choice. */
  communities: { communityId: string; enabled: boolean }[];
}

export interface NotificationSettingsView {
  memberId: string;
  /** Why nothing reaches the member's address now, if it bounced or was reported. */
  suppressed: "bounce" | "complaint" | null;
  kinds: KindSetting[];
}

export function settingsView(memberId: string, settings: NotificationSettings): NotificationSettingsView {
  return {
    memberId,
    suppressed: settings.suppressed,
    kinds: messageKindNames.map((kind) => ({
      kind,
      label: messageKinds[kind].label,
      enabled: settings.choices[preferenceKey(kind, null)] ?? messageKinds[kind].onByDefault,
      onByDefault: messageKinds[kind].onByDefault,
      communities: Object.entries(settings.choices)
        .filter(([key]) => key.startsWith(`${kind}@`) && key !== preferenceKey(kind, null))
        .map(([key, enabled]) => ({ communityId: key.slice(kind.length + 1), enabled })),
    })),
  };
}

export interface NotificationQueries {
  /** The member's settings, to the member only (undefined to anyone else, and for an erased member). */
  settingsOf(memberId: string, viewerId: string | undefined): Promise<NotificationSettingsView | undefined>;
}

export function notificationQueries({
  documents,
  members,
}: {
  documents: DocumentStore;
  members: Pick<NotificationMembers, "isErased">;
}): NotificationQueries {
  return {
    async settingsOf(memberId, viewerId) {
      if (typeof memberId !== "string" || !isUuid(memberId) || viewerId !== memberId) return undefined;
      if (await members.isErased(memberId)) return undefined;
      const stored = await documents.get<NotificationSettings>(notificationSettingsKey(memberId));
      return settingsView(memberId, stored?.body ?? noSettings);
    },
  };
}
