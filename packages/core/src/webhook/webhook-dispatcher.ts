import type { CommunitySummary } from "../community/index";
import type { DocumentStore } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { MeetupAudience } from "../meetup/index";
import { type Outbox, type OutboxKey, type OutboxMessage, outboxBatchLimit } from "../outbox/outbox";
import type { Reactor } from "../reactor/reactor";
import { communityWebhooksPartition, type WebhookDocument } from "./documents";
import {
  type PublicCommunity,
  type PublicMeetup,
  type WebhookPayload,
  webhookPayloadVersion,
} from "./public-payloads";
import { webhooksPerCommunity } from "./queries";
import { outboxKindOf, type WebhookKind } from "./webhook-kinds";

/** What the dispatcher reads of other contexts. */
export interface WebhookDispatcherContexts {
  meetups: { audienceOf(meetupId: string): Promise<MeetupAudience | undefined> };
  communities: { byId(communityId: string): Promise<CommunitySummary | undefined> };
}

export interface WebhookDispatcherOptions extends WebhookDispatcherContexts {
  /** The webhook outbox. */
  outbox: Outbox;
  /** The subscriptions' documents: who listens to a community is read from its index. */
  documents: DocumentStore;
  /** Where the web app is served: a payload's meetup links to its page there (awaited: a host knows it once listening). */
  appOrigin: string | Promise<string>;
  /** Sends what was just recorded: a delivery goes out as soon as it is in the outbox. */
  send(keys: readonly OutboxKey[]): Promise<void>;
}

type Data = Record<string, unknown>;

/** Which public kind each internal event is, and what it adds to the meetup it is about. */
const kindOfEvent: Record<string, { kind: WebhookKind; data(event: EventEnvelope): Data }> = {
  MeetupPublished: { kind: "meetup.published", data: () => ({}) },
  MeetupDetailsChanged: { kind: "meetup.updated", data: () => ({}) },
  CapacityChanged: { kind: "meetup.updated", data: () => ({}) },
  MeetupRescheduled: { kind: "meetup.rescheduled", data: () => ({}) },
  MeetupCancelled: {
    kind: "meetup.cancelled",
    data: (event) => ({ message: (event.data as { message: string }).message }),
  },
  RsvpConfirmed: {
    kind: "rsvp.confirmed",
    data: (event) => ({ party: { seats: 1 + (event.data as { guests: number }).guests } }),
  },
  RsvpWaitlisted: {
    kind: "rsvp.waitlisted",
    data: (event) => ({ party: { seats: 1 + (event.data as { guests: number }).guests } }),
  },
  RsvpCancelled: { kind: "rsvp.cancelled", data: () => ({ by: "member" }) },
  RsvpRemoved: { kind: "rsvp.cancelled", data: () => ({ by: "organiser" }) },
  RsvpReleased: { kind: "rsvp.cancelled", data: () => ({ by: "membership-ended" }) },
  WaitlistPromoted: { kind: "waitlist.promoted", data: () => ({ byOrganiser: false }) },
  WaitlistPromotedByOrganiser: { kind: "waitlist.promoted", data: () => ({ byOrganiser: true }) },
  AttendeeCheckedIn: { kind: "attendee.checked-in", data: () => ({}) },
};

function publicMeetupOf(
  meetupId: string,
  audience: MeetupAudience,
  appOrigin: string,
): PublicMeetup | undefined {
  const { meetup } = audience;
  if (meetup.status !== "published" && meetup.status !== "cancelled") return undefined;
  return {
    id: meetupId,
    url: new URL(`/meetups/${meetupId}`, appOrigin).href,
    title: meetup.details.title,
    status: meetup.status,
    startsAt: meetup.startsAt,
    endsAt: meetup.endsAt,
    timeZone: meetup.timeZone,
    venue: meetup.details.venue && { name: meetup.details.venue.name, address: meetup.details.venue.address },
    online: meetup.details.joinUrl !== null,
    capacity: meetup.capacity,
    seatsTaken: meetup.confirmedSeats,
    waitlistLength: meetup.waitlistLength,
  };
}

const publicCommunityOf = (community: CommunitySummary): PublicCommunity => ({
  id: community.id,
  slug: community.slug,
  name: community.name,
});

/**
 * Turns a community's meetup events into deliveries to the subscriptions that listen to their kind, each
 * recorded in the webhook outbox under (event, subscription, kind) and handed to the sender: a redelivered
 * event records nothing new. The payload is the public one of its kind (public-payloads.ts), built from the
 * meetup as it is when the dispatcher runs; a draft's events are sent nowhere, as visitors see none.
 */
export function webhookDispatcher(options: WebhookDispatcherOptions): Reactor {
  const { outbox, documents, appOrigin, send, meetups, communities } = options;

  async function listeners(communityId: string, kind: WebhookKind): Promise<string[]> {
    const { documents: subscriptions } = await documents.query<WebhookDocument>("first", {
      partition: communityWebhooksPartition(communityId),
      limit: webhooksPerCommunity * 2,
    });
    return subscriptions.flatMap(({ body }) =>
      body?.status === "active" && body.kinds.includes(kind) ? [body.id] : [],
    );
  }

  return {
    name: "webhooks",
    eventTypes: Object.keys(kindOfEvent),
    async react(event) {
      const mapping = kindOfEvent[event.type];
      if (!mapping || !event.streamId.startsWith("meetup-")) return;
      const meetupId = event.streamId.slice("meetup-".length);
      const audience = await meetups.audienceOf(meetupId);
      if (!audience) return;
      const webhookIds = await listeners(audience.meetup.communityId, mapping.kind);
      if (webhookIds.length === 0) return;
      const meetup = publicMeetupOf(meetupId, audience, await appOrigin);
      const community = await communities.byId(audience.meetup.communityId);
      if (!meetup || !community) return;
      const payload: WebhookPayload = {
        type: mapping.kind,
        version: webhookPayloadVersion,
        timestamp: event.meta.occurredAt,
        data: {
          community: publicCommunityOf(community),
          meetup,
          ...mapping.data(event),
        } as WebhookPayload["data"],
      };
      const messages: OutboxMessage[] = webhookIds.map((webhookId) => ({
        eventId: event.id,
        recipient: webhookId,
        kind: outboxKindOf(mapping.kind),
        payload,
      }));
      for (let start = 0; start < messages.length; start += outboxBatchLimit) {
        const recorded = await outbox.enqueue(messages.slice(start, start + outboxBatchLimit));
        if (recorded.length > 0) await send(recorded);
      }
    },
  };
}
