import type { CommunitySummary } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { MeetupAudience, MeetupSummary } from "../meetup/index";
import { type Outbox, type OutboxKey, type OutboxMessage, outboxBatchLimit } from "../outbox/outbox";
import type { Reactor } from "../reactor/reactor";
import type { Scheduler } from "../scheduler/scheduler";
import { type NotificationSettings, noSettings, wants } from "./decider";
import { notificationSettingsKey } from "./documents";
import type { MessageKind } from "./kinds";
import type { MessageMeetup, MessagePayload } from "./message-payload";
import { type ReminderTimerPayload, reminderTimerNames, reminderTimers } from "./reminders";

/** What the notifier reads of other contexts. */
export interface NotifierContexts {
  meetups: { audienceOf(meetupId: string): Promise<MeetupAudience | undefined> };
  communities: {
    byId(communityId: string): Promise<CommunitySummary | undefined>;
    membersOf(
      communityId: string,
      viewerId: undefined,
      page: { limit: number; cursor?: string },
    ): Promise<{ members: { memberId: string }[]; cursor?: string }>;
  };
}

export interface NotifierOptions extends NotifierContexts {
  outbox: Outbox;
  /** The settings documents: who opted in to announcements is read from them, a page at a time. */
  documents: DocumentStore;
  /** Reminders before each published meetup: set on publish, moved on reschedule, removed on cancel. */
  scheduler: Scheduler;
  /** Sends what was just recorded (the dispatcher): a message goes out as soon as it is in the outbox. */
  send(keys: readonly OutboxKey[]): Promise<void>;
}

export interface Notifier extends Reactor {
  /** A reminder's timer fired: its message to every member holding a seat, once per firing. */
  remind(timer: { name: string; at: string; payload: unknown }): Promise<void>;
}

const meetupIdOf = (streamId: string) => streamId.slice("meetup-".length);

function messageMeetup(
  meetup: MeetupSummary,
  meetupId: string,
  community: CommunitySummary | undefined,
  updatedAt: string,
): MessageMeetup {
  return {
    id: meetupId,
    status: meetup.status === "unscheduled" ? "draft" : meetup.status,
    title: meetup.details.title,
    description: meetup.details.description,
    venue: meetup.details.venue,
    online: meetup.details.joinUrl !== null,
    timeZone: meetup.timeZone,
    startsAt: meetup.startsAt,
    endsAt: meetup.endsAt,
    sequence: meetup.sequence,
    cancellationMessage: meetup.cancellationMessage,
    updatedAt,
    communityName: community?.name ?? "",
    communitySlug: community?.slug ?? "",
  };
}

/** A community's members read this many at a time for an announcement. */
const membersPage = 100;

/**
 * Turns events into messages (RSVPs, a meetup's changes, its announcement and reminders), records each
 * in the outbox under (event, member, kind) and hands what it recorded to the sender. A redelivered event
 * records nothing new, so nothing is sent twice; one whose first delivery failed halfway records the rest.
 * Who gets a message and what it says are read from the meetup's stream as it is when the notifier runs.
 */
export function notifier(options: NotifierOptions): Notifier {
  const { outbox, documents, scheduler, send, meetups, communities } = options;

  async function record(messages: OutboxMessage[]): Promise<void> {
    for (let start = 0; start < messages.length; start += outboxBatchLimit) {
      const recorded = await outbox.enqueue(messages.slice(start, start + outboxBatchLimit));
      if (recorded.length > 0) await send(recorded);
    }
  }

  async function meetupMessage(meetupId: string, at: string) {
    const audience = await meetups.audienceOf(meetupId);
    if (!audience) return undefined;
    const community = await communities.byId(audience.meetup.communityId);
    return { audience, meetup: messageMeetup(audience.meetup, meetupId, community, at) };
  }

  const message = (eventId: string, recipient: string, payload: MessagePayload): OutboxMessage => ({
    eventId,
    recipient,
    kind: payload.kind,
    payload,
  });

  /** One member's message about their own RSVP. */
  async function toMember(event: EventEnvelope, kind: MessageKind, memberId: string): Promise<void> {
    const found = await meetupMessage(meetupIdOf(event.streamId), event.meta.occurredAt);
    if (!found) return;
    const { audience, meetup } = found;
    const holdsSeat = audience.confirmed.includes(memberId);
    const position = audience.waitlisted.indexOf(memberId);
    await record([
      message(event.id, memberId, {
        kind,
        communityId: audience.meetup.communityId,
        meetup,
        joinUrl: holdsSeat ? audience.meetup.details.joinUrl : null,
        ...(kind === "rsvp-waitlisted" ? { waitlistPosition: position === -1 ? null : position + 1 } : {}),
      }),
    ]);
  }

  /** Everyone holding an RSVP (confirmed or waiting): the meetup moved or was cancelled. */
  async function toAudience(event: EventEnvelope, kind: MessageKind): Promise<void> {
    const found = await meetupMessage(meetupIdOf(event.streamId), event.meta.occurredAt);
    if (!found) return;
    const { audience, meetup } = found;
    const payloadFor = (holdsSeat: boolean): MessagePayload => ({
      kind,
      communityId: audience.meetup.communityId,
      meetup,
      joinUrl: holdsSeat && kind !== "meetup-cancelled" ? audience.meetup.details.joinUrl : null,
    });
    await record([
      ...audience.confirmed.map((memberId) => message(event.id, memberId, payloadFor(true))),
      ...audience.waitlisted.map((memberId) => message(event.id, memberId, payloadFor(false))),
    ]);
  }

  /** The community's members who asked for announcements, a page of members at a time. */
  async function announce(event: EventEnvelope): Promise<void> {
    const found = await meetupMessage(meetupIdOf(event.streamId), event.meta.occurredAt);
    if (found?.audience.meetup.status !== "published") return;
    const { communityId } = found.audience.meetup;
    const payload: MessagePayload = {
      kind: "meetup-announced",
      communityId,
      meetup: found.meetup,
      joinUrl: null,
    };
    let cursor: string | undefined;
    do {
      const page = await communities.membersOf(communityId, undefined, {
        limit: membersPage,
        ...(cursor ? { cursor } : {}),
      });
      const settings = await documents.getMany<NotificationSettings>(
        page.members.map(({ memberId }) => notificationSettingsKey(memberId)),
      );
      // From documents, to choose whom to write to; the sender asks each member's stream again.
      const opted = page.members.filter((_, index) =>
        wants(settings[index]?.body ?? noSettings, "meetup-announced", communityId),
      );
      await record(opted.map(({ memberId }) => message(event.id, memberId, payload)));
      cursor = page.cursor;
    } while (cursor);
  }

  async function setReminders(event: EventEnvelope): Promise<void> {
    const audience = await meetups.audienceOf(meetupIdOf(event.streamId));
    if (!audience) return;
    const meetupId = meetupIdOf(event.streamId);
    if (audience.meetup.status !== "published") {
      for (const name of reminderTimerNames(meetupId)) await scheduler.cancel(name);
      return;
    }
    // A reminder whose moment has passed (published or moved late) is no reminder: it is not set.
    for (const timer of reminderTimers(meetupId, audience.meetup.startsAt))
      if (timer.at.getTime() > Date.parse(event.meta.occurredAt)) await scheduler.set(timer);
      else await scheduler.cancel(timer.name);
  }

  return {
    name: "notifier",
    eventTypes: [
      "RsvpConfirmed",
      "RsvpWaitlisted",
      "WaitlistPromoted",
      "WaitlistPromotedByOrganiser",
      "RsvpRemoved",
      "MeetupRescheduled",
      "MeetupCancelled",
      "MeetupPublished",
    ],
    async react(event) {
      const memberId = (event.data as { memberId?: string }).memberId ?? "";
      switch (event.type) {
        case "RsvpConfirmed":
          return toMember(event, "rsvp-confirmed", memberId);
        case "RsvpWaitlisted":
          return toMember(event, "rsvp-waitlisted", memberId);
        case "WaitlistPromoted":
        case "WaitlistPromotedByOrganiser":
          return toMember(event, "waitlist-promoted", memberId);
        case "RsvpRemoved":
          return toMember(event, "rsvp-removed", memberId);
        case "MeetupRescheduled":
          await setReminders(event);
          return toAudience(event, "meetup-rescheduled");
        case "MeetupCancelled":
          await setReminders(event);
          return toAudience(event, "meetup-cancelled");
        case "MeetupPublished":
          await setReminders(event);
          return announce(event);
      }
    },

    async remind(timer) {
      const { meetupId, reminder } = timer.payload as ReminderTimerPayload;
      const found = await meetupMessage(meetupId, timer.at);
      if (found?.audience.meetup.status !== "published") return;
      const { audience, meetup } = found;
      // The firing, not the meetup: a reminder moved by a reschedule is a new message; one fired twice is not.
      const eventId = `${timer.name}@${timer.at}`;
      await record(
        audience.confirmed.map((memberId) =>
          message(eventId, memberId, {
            kind: "meetup-reminder",
            communityId: audience.meetup.communityId,
            meetup,
            joinUrl: audience.meetup.details.joinUrl,
            reminder,
          }),
        ),
      );
    },
  };
}
