import type { CommunitySummary } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { MeetupAudience, MeetupSeat, MeetupSummary } from "../meetup/index";
import { type Outbox, type OutboxKey, type OutboxMessage, outboxBatchLimit } from "../outbox/outbox";
import { partiesOfProgressStream } from "../progress/index";
import type { Reactor } from "../reactor/reactor";
import type { Scheduler } from "../scheduler/scheduler";
import type { ProposalSpeakers } from "../talk/index";
import { type NotificationSettings, noSettings, wants } from "./decider";
import { notificationSettingsKey } from "./documents";
import type { MeetupMessageKind, MessageMeetup, MessagePayload } from "./message-payload";
import { type ReminderTimerPayload, reminderTimerNames, reminderTimers } from "./reminders";

/** What the notifier reads of other contexts. */
export interface NotifierContexts {
  meetups: {
    /** Everyone holding an RSVP: for what goes to all of them (a change, a cancellation, a reminder). */
    audienceOf(meetupId: string): Promise<MeetupAudience | undefined>;
    /** One member's place: for a message about their own RSVP, whatever the meetup's size. */
    seatOf(meetupId: string, memberId: string): Promise<MeetupSeat | undefined>;
    /** The meetup alone: what an announcement and an agenda say of it, and when its reminders are due. */
    summaryOf(meetupId: string): Promise<MeetupSummary | undefined>;
  };
  talks: { speakersOf(proposalId: string): Promise<ProposalSpeakers | undefined> };
  /** The learner is the viewer: a path they completed is one they may read, unless it was archived since. */
  paths: {
    pathById(
      pathIds: readonly string[],
      viewerId: string,
    ): Promise<
      (
        | {
            id: string;
            slug: string;
            goal: string;
            communityId: string | null;
            checkpoints: readonly unknown[];
          }
        | undefined
      )[]
    >;
  };
  /** A webhook subscription as its stream has it: where it sent, for whom it stopped. */
  webhooks: {
    subscriptionOf(webhookId: string): Promise<{ communityId: string; url: string } | undefined>;
  };
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

/** The events the notifier turns into messages: on AWS its bus rule matches these and no others. */
export const notifierEventTypes: readonly string[] = [
  "RsvpConfirmed",
  "RsvpWaitlisted",
  "WaitlistPromoted",
  "WaitlistPromotedByOrganiser",
  "RsvpRemoved",
  "MeetupRescheduled",
  "MeetupCancelled",
  "MeetupPublished",
  "ProposalAccepted",
  "ProposalRejected",
  "AgendaReleased",
  "PathCompleted",
  "WebhookDisabled",
];

/**
 * Turns events into messages (RSVPs, a meetup's changes, its announcement and reminders, decisions on
 * proposals, released agendas, completed paths), records each in the outbox under (event, member, kind)
 * and hands what it recorded to the sender. A redelivered event records nothing new, so nothing is sent
 * twice; one whose first delivery failed halfway records the rest. Who gets a message and what it says
 * are read from the streams as they are when the notifier runs.
 */
export function notifier(options: NotifierOptions): Notifier {
  const { outbox, documents, scheduler, send, meetups, communities, talks, paths, webhooks } = options;

  async function record(messages: OutboxMessage[]): Promise<void> {
    for (let start = 0; start < messages.length; start += outboxBatchLimit) {
      const recorded = await outbox.enqueue(messages.slice(start, start + outboxBatchLimit));
      if (recorded.length > 0) await send(recorded);
    }
  }

  /** The meetup as a message tells it, without reading who holds an RSVP. */
  async function meetupMessage(meetupId: string, at: string) {
    const meetup = await meetups.summaryOf(meetupId);
    if (!meetup) return undefined;
    const community = await communities.byId(meetup.communityId);
    return { meetup, message: messageMeetup(meetup, meetupId, community, at) };
  }

  async function audienceMessage(meetupId: string, at: string) {
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

  /** One member's message about their own RSVP: only that member is looked up, not the meetup's audience. */
  async function toMember(event: EventEnvelope, kind: MeetupMessageKind, memberId: string): Promise<void> {
    const seat = await meetups.seatOf(meetupIdOf(event.streamId), memberId);
    if (!seat) return;
    const community = await communities.byId(seat.meetup.communityId);
    const meetup = messageMeetup(seat.meetup, meetupIdOf(event.streamId), community, event.meta.occurredAt);
    await record([
      message(event.id, memberId, {
        kind,
        communityId: seat.meetup.communityId,
        meetup,
        joinUrl: seat.status === "confirmed" ? seat.meetup.details.joinUrl : null,
        ...(kind === "rsvp-waitlisted" ? { waitlistPosition: seat.waitlistPosition } : {}),
      }),
    ]);
  }

  /** The speakers of a proposal the organisers decided on: what they decided, and their words with it. */
  async function decided(event: EventEnvelope, decision: "accepted" | "rejected"): Promise<void> {
    const proposal = await talks.speakersOf(event.streamId.slice("proposal-".length));
    if (!proposal) return;
    const community = await communities.byId(proposal.communityId);
    const payload: MessagePayload = {
      kind: "proposal-decided",
      communityId: proposal.communityId,
      proposal: {
        id: proposal.proposalId,
        title: proposal.title,
        decision,
        // The event's, not the stream's: a later decision (a cancellation) has words of its own.
        message: (event.data as { message?: string }).message ?? "",
        callTitle: proposal.callTitle,
        communityName: community?.name ?? "",
        communitySlug: community?.slug ?? "",
      },
    };
    await record(proposal.speakerIds.map((memberId) => message(event.id, memberId, payload)));
  }

  /**
   * The speakers of the talks on a released agenda, each once however many of their talks it holds: the
   * version as released (the event carries it whole), the meetup as it is now.
   */
  async function agendaReleased(event: EventEnvelope): Promise<void> {
    const meetupId = event.streamId.slice("agenda-".length);
    const found = await meetupMessage(meetupId, event.meta.occurredAt);
    if (!found) return;
    const release = event.data as {
      number: number;
      note: string;
      slots: { startsAt: string; minutes: number; title: string; proposalId: string | null }[];
    };
    const talksBySpeaker = new Map<string, string[]>();
    for (const slot of release.slots) {
      if (slot.proposalId === null) continue;
      const proposal = await talks.speakersOf(slot.proposalId);
      for (const speakerId of proposal?.speakerIds ?? [])
        talksBySpeaker.set(speakerId, [...(talksBySpeaker.get(speakerId) ?? []), slot.title]);
    }
    const slots = release.slots.map(({ startsAt, minutes, title }) => ({ startsAt, minutes, title }));
    await record(
      [...talksBySpeaker].map(([speakerId, talkTitles]) =>
        message(event.id, speakerId, {
          kind: "agenda-released",
          communityId: found.meetup.communityId,
          meetup: found.message,
          agenda: { number: release.number, note: release.note, slots, talkTitles },
        }),
      ),
    );
  }

  /**
   * The learner, if they asked for it: once per revision completed, keyed on the revision rather than the
   * event, so that unticking the last checkpoint and ticking it again does not congratulate twice.
   */
  async function pathCompleted(event: EventEnvelope): Promise<void> {
    const { memberId, pathId } = partiesOfProgressStream(event.streamId);
    const { revision } = event.data as { revision: number };
    const [path] = await paths.pathById([pathId], memberId);
    if (!path) return;
    const settings = await documents.get<NotificationSettings>(notificationSettingsKey(memberId));
    // Opt-in: most learners never asked, and for them nothing is recorded at all.
    if (!wants(settings?.body ?? noSettings, "path-completed", path.communityId)) return;
    await record([
      message(`${event.streamId}@revision-${revision}`, memberId, {
        kind: "path-completed",
        communityId: path.communityId,
        path: {
          id: path.id,
          title: path.goal,
          slug: path.slug,
          revision,
          checkpointCount: path.checkpoints.length,
        },
      }),
    ]);
  }

  /**
   * The community's organisers, when failures disabled one of its webhooks (not when an organiser did): the
   * console says so too, but nobody watches a console for a receiver that went down at night.
   */
  async function webhookDisabled(event: EventEnvelope): Promise<void> {
    if ((event.data as { reason?: string }).reason !== "failures") return;
    const subscription = await webhooks.subscriptionOf(event.streamId.slice("webhook-".length));
    if (!subscription) return;
    const community = await communities.byId(subscription.communityId);
    if (!community) return;
    await record(
      community.organiserIds.map((organiserId) =>
        message(event.id, organiserId, {
          kind: "webhook-disabled",
          communityId: community.id,
          webhook: { url: subscription.url, communityName: community.name, communitySlug: community.slug },
        }),
      ),
    );
  }

  /** Everyone holding an RSVP (confirmed or waiting): the meetup moved or was cancelled. */
  async function toAudience(event: EventEnvelope, kind: MeetupMessageKind): Promise<void> {
    const found = await audienceMessage(meetupIdOf(event.streamId), event.meta.occurredAt);
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
    if (found?.meetup.status !== "published") return;
    const { communityId } = found.meetup;
    const payload: MessagePayload = {
      kind: "meetup-announced",
      communityId,
      meetup: found.message,
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
    const meetupId = meetupIdOf(event.streamId);
    const meetup = await meetups.summaryOf(meetupId);
    if (!meetup) return;
    if (meetup.status !== "published") {
      for (const name of reminderTimerNames(meetupId)) await scheduler.cancel(name);
      return;
    }
    // A reminder whose moment has passed (published or moved late) is no reminder: it is not set.
    for (const timer of reminderTimers(meetupId, meetup.startsAt))
      if (timer.at.getTime() > Date.parse(event.meta.occurredAt)) await scheduler.set(timer);
      else await scheduler.cancel(timer.name);
  }

  return {
    name: "notifier",
    eventTypes: notifierEventTypes,
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
        case "ProposalAccepted":
          return decided(event, "accepted");
        case "ProposalRejected":
          return decided(event, "rejected");
        case "AgendaReleased":
          return agendaReleased(event);
        case "PathCompleted":
          return pathCompleted(event);
        case "WebhookDisabled":
          return webhookDisabled(event);
      }
    },

    async remind(timer) {
      const { meetupId, reminder } = timer.payload as ReminderTimerPayload;
      const found = await audienceMessage(meetupId, timer.at);
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
