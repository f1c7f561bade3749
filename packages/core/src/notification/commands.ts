import { type Clock, systemClock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import { type NotificationCommand, type NotificationSettings, notificationDecider, wants } from "./decider";
import {
  NotificationMemberNotFound,
  NotYourNotificationSettings,
  UnknownNotificationCommunity,
} from "./errors";
import type { MessageKind } from "./kinds";
import { isCommunityReference, parseMessageKind } from "./notification-input";
import type { NotificationMembers } from "./notification-members";
import { notificationStream } from "./notification-streams";
import {
  type NotificationQueries,
  type NotificationSettingsView,
  notificationQueries,
  settingsView,
} from "./queries";
import { type UnsubscribeTokens, unsubscribeTokens } from "./unsubscribe-token";

/** What the notification context needs of the community context. */
export interface NotificationCommunities {
  exists(communityId: string): Promise<boolean>;
}

export interface NotificationModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  members: NotificationMembers;
  communities: NotificationCommunities;
  /** The server secret the one-click unsubscribe links are signed with (a key derived from it). */
  serverSecret: string;
  clock?: Clock;
  idempotency?: IdempotencyStore;
}

/** Who changes settings that no member changed by hand: the one-click link, or a bounce. */
export const unsubscribeActor = "system:unsubscribe-link";
export const deliveryActor = "system:mail-delivery";

export interface NotificationModule extends NotificationQueries {
  tokens: UnsubscribeTokens;
  /** Turns a kind on or off for the member, in one community or everywhere (communityId null). */
  setPreference(request: {
    memberId: string;
    actor: string;
    kind: string;
    communityId: string | null;
    enabled: boolean;
    idempotencyKey?: string;
  }): Promise<NotificationSettingsView>;
  /** The one-click link (no sign-in): its kind stops for its member. Refused for a link it did not sign. */
  unsubscribe(request: { token: string }): Promise<{ memberId: string; kind: MessageKind }>;
  /** Mail to the member bounced or was reported: nothing more is sent until they resume. */
  suppress(request: {
    memberId: string;
    reason: "bounce" | "complaint";
    causationId?: string;
  }): Promise<void>;
  resume(request: { memberId: string; actor: string }): Promise<NotificationSettingsView>;
  /** Whether the member gets this kind about this community now: from their stream, so a click counts at once. */
  wants(memberId: string, kind: MessageKind, communityId: string | null): Promise<boolean>;
}

export function notificationModule(options: NotificationModuleOptions): NotificationModule {
  const { store, documents, members, communities, serverSecret, clock = systemClock, idempotency } = options;
  const states = streamStates({ store, decider: notificationDecider });
  const handler = commandHandler({ store, decider: notificationDecider, states, clock, idempotency });
  const tokens = unsubscribeTokens(serverSecret);

  async function change(
    memberId: string,
    command: NotificationCommand,
    metadata: { actor: string; idempotencyKey?: string; causationId?: string },
  ): Promise<NotificationSettings> {
    if (typeof memberId !== "string" || !isUuid(memberId) || (await members.isErased(memberId)))
      throw new NotificationMemberNotFound(String(memberId));
    const { state } = await handler.handle({ streamId: notificationStream(memberId), command, metadata });
    return state;
  }

  function assertOwn(memberId: string, actor: string): void {
    if (actor !== memberId) throw new NotYourNotificationSettings(String(memberId), actor);
  }

  return {
    ...notificationQueries({ documents, members }),
    tokens,

    async setPreference({ memberId, actor, kind, communityId, enabled, idempotencyKey }) {
      assertOwn(memberId, actor);
      const parsedKind = parseMessageKind(kind);
      if (
        !isCommunityReference(communityId) ||
        (communityId !== null && !(await communities.exists(communityId)))
      )
        throw new UnknownNotificationCommunity(String(communityId));
      if (typeof enabled !== "boolean") throw new TypeError("enabled is true or false");
      const state = await change(
        memberId,
        { type: "SetPreference", kind: parsedKind, communityId, enabled },
        { actor, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
      );
      return settingsView(memberId, state);
    },

    async unsubscribe({ token }) {
      const { memberId, kind } = tokens.verify(token);
      // An erased member's old message: nothing reaches them any more, so the link has done what it says.
      if (await members.isErased(memberId)) return { memberId, kind };
      await change(memberId, { type: "Unsubscribe", kind }, { actor: unsubscribeActor });
      return { memberId, kind };
    },

    async suppress({ memberId, reason, causationId }) {
      await change(
        memberId,
        { type: "Suppress", reason },
        {
          actor: deliveryActor,
          ...(causationId === undefined ? {} : { causationId }),
        },
      );
    },

    async resume({ memberId, actor }) {
      assertOwn(memberId, actor);
      return settingsView(memberId, await change(memberId, { type: "Resume" }, { actor }));
    },

    async wants(memberId, kind, communityId) {
      if (!isUuid(memberId)) return false;
      return wants((await states.current(notificationStream(memberId))).state, kind, communityId);
    },
  };
}
