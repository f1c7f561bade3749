import * as z from "../validation/zod";
import type { MessageKind } from "./kinds";

/*
 * What the outbox keeps of a message: what it is about, never who it goes to (the address is read from
 * the member's stream when it is sent, so an erasure before then stops it) and nothing personal. The
 * template renders it; the schema reads it back, so a message recorded by an older Meetstream that no
 * longer fits is set aside instead of sent wrong. One shape per subject: a meetup, a proposal, an
 * agenda (of a meetup), a path.
 */

const venue = () =>
  z.object({
    name: z.string(),
    address: z.string(),
    coordinates: z.nullable(z.object({ latitude: z.number(), longitude: z.number() })),
  });

/** The meetup as the message tells it: what a calendar entry needs (`CalendarMeetup`), and its community's name. */
export const messageMeetup = () =>
  z.object({
    id: z.string(),
    status: z.enum(["draft", "published", "cancelled"]),
    title: z.string(),
    description: z.string(),
    venue: z.nullable(venue()),
    online: z.boolean(),
    timeZone: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    sequence: z.int(),
    cancellationMessage: z.nullable(z.string()),
    updatedAt: z.string(),
    communityName: z.string(),
    communitySlug: z.string(),
  });

export type MessageMeetup = z.infer<ReturnType<typeof messageMeetup>>;

/** The kinds whose message is about one meetup and the member's place at it. */
export const meetupMessageKinds = [
  "rsvp-confirmed",
  "rsvp-waitlisted",
  "waitlist-promoted",
  "rsvp-removed",
  "meetup-rescheduled",
  "meetup-cancelled",
  "meetup-reminder",
  "meetup-announced",
] as const satisfies readonly MessageKind[];

export type MeetupMessageKind = (typeof meetupMessageKinds)[number];

const meetupPayload = () =>
  z.object({
    kind: z.enum(meetupMessageKinds),
    /** The community it is about, for the member's choice per community. */
    communityId: z.nullable(z.string()),
    meetup: messageMeetup(),
    /** The online join link: only in a message to a member holding a seat. */
    joinUrl: z.optional(z.nullable(z.string())),
    /** For a reminder: how long before the start it is sent ("24h", "2h"). */
    reminder: z.optional(z.enum(["24h", "2h"])),
    /** For a waitlist: the member's place in line when it was sent. */
    waitlistPosition: z.optional(z.nullable(z.int())),
  });

/** A proposal as its speakers read the decision on it: the call it went to, and the organisers' words. */
const messageProposal = () =>
  z.object({
    id: z.string(),
    title: z.string(),
    decision: z.enum(["accepted", "rejected"]),
    /** What the organisers wrote with the decision; may be empty. */
    message: z.string(),
    callTitle: z.string(),
    communityName: z.string(),
    communitySlug: z.string(),
  });

export type MessageProposal = z.infer<ReturnType<typeof messageProposal>>;

const proposalPayload = () =>
  z.object({
    kind: z.literal("proposal-decided"),
    communityId: z.nullable(z.string()),
    proposal: messageProposal(),
  });

/** A released agenda: its version, the organisers' note, and every slot in order (talks and free items). */
const messageAgenda = () =>
  z.object({
    number: z.int(),
    note: z.string(),
    slots: z.array(z.object({ startsAt: z.string(), minutes: z.int(), title: z.string() })),
    /** The titles of the recipient's own talks on it. */
    talkTitles: z.array(z.string()),
  });

export type MessageAgenda = z.infer<ReturnType<typeof messageAgenda>>;

const agendaPayload = () =>
  z.object({
    kind: z.literal("agenda-released"),
    communityId: z.nullable(z.string()),
    meetup: messageMeetup(),
    agenda: messageAgenda(),
  });

/** A learning path the member completed: the revision whose every checkpoint they did. */
const messagePath = () =>
  z.object({
    id: z.string(),
    title: z.string(),
    slug: z.string(),
    revision: z.int(),
    checkpointCount: z.int(),
  });

export type MessagePath = z.infer<ReturnType<typeof messagePath>>;

const pathPayload = () =>
  z.object({
    kind: z.literal("path-completed"),
    communityId: z.nullable(z.string()),
    path: messagePath(),
  });

/** A webhook of a community the organiser runs, disabled after failing 20 times in a row. */
const messageWebhook = () =>
  z.object({
    url: z.string(),
    communityName: z.string(),
    communitySlug: z.string(),
  });

export type MessageWebhook = z.infer<ReturnType<typeof messageWebhook>>;

const webhookPayload = () =>
  z.object({
    kind: z.literal("webhook-disabled"),
    communityId: z.nullable(z.string()),
    webhook: messageWebhook(),
  });

const payloadSchema = z.union([
  meetupPayload(),
  proposalPayload(),
  agendaPayload(),
  pathPayload(),
  webhookPayload(),
]);

export type MeetupMessagePayload = z.infer<ReturnType<typeof meetupPayload>>;
export type ProposalMessagePayload = z.infer<ReturnType<typeof proposalPayload>>;
export type AgendaMessagePayload = z.infer<ReturnType<typeof agendaPayload>>;
export type PathMessagePayload = z.infer<ReturnType<typeof pathPayload>>;
export type WebhookMessagePayload = z.infer<ReturnType<typeof webhookPayload>>;

export type MessagePayload =
  | MeetupMessagePayload
  | ProposalMessagePayload
  | AgendaMessagePayload
  | PathMessagePayload
  | WebhookMessagePayload;

export const isMeetupMessage = (payload: MessagePayload): payload is MeetupMessagePayload =>
  (meetupMessageKinds as readonly string[]).includes(payload.kind);

/** The payload as the outbox gave it back; undefined for one that no longer fits the schema. */
export function readPayload(payload: unknown): MessagePayload | undefined {
  const parsed = payloadSchema.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}

/** Every kind has a payload shape: a kind added to `kinds.ts` without one fails to compile here. */
export const everyKindHasAPayload: Record<Exclude<MessageKind, MessagePayload["kind"]>, never> = {};
