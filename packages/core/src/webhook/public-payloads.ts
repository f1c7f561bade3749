import * as z from "../validation/zod";
import type { WebhookKind } from "./webhook-kinds";

/*
 * The public payload of every webhook kind, version 1, documented here and nowhere else: this is what a
 * receiver's code is written against, so a field is never removed or changed in meaning within a version.
 * A breaking change is a version 2, announced, with version 1 kept alongside it.
 *
 * Every payload is `{ type, version, timestamp, data }` (the Standard Webhooks shape), `timestamp` being when
 * the fact happened (ISO-8601 UTC). What it says is what a visitor could see on the meetup's public page,
 * plus the seat counts the organiser's console shows. It never names a member (no id, name or email): a
 * receiver is another system, outside the reach of an erasure, so people are counted, never listed.
 * The join link of an online meetup is never in a payload either: only confirmed attendees see it.
 */

export const webhookPayloadVersion = 1;

const publicVenue = () => z.nullable(z.strictObject({ name: z.string(), address: z.string() }));

/** The meetup as its public page shows it, with its seat counts. */
export const publicMeetup = () =>
  z.strictObject({
    id: z.string(),
    /** Its page in the web app. */
    url: z.string(),
    title: z.string(),
    status: z.enum(["published", "cancelled"]),
    /** UTC instants, and the IANA time zone the meetup is held in. */
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    venue: publicVenue(),
    /** Whether it is held online (the link itself is for confirmed attendees only). */
    online: z.boolean(),
    /** Seats, guests included; null for unlimited. */
    capacity: z.nullable(z.number()),
    seatsTaken: z.number(),
    waitlistLength: z.number(),
  });

export const publicCommunity = () => z.strictObject({ id: z.string(), slug: z.string(), name: z.string() });

const about = () => ({ community: publicCommunity(), meetup: publicMeetup() });

/** An RSVP's party: the member and their guests, counted. */
const party = () => z.strictObject({ seats: z.number() });

/** What `data` holds for each kind. */
export const webhookDataSchemas = {
  "meetup.published": () => z.strictObject(about()),
  "meetup.updated": () => z.strictObject(about()),
  "meetup.rescheduled": () => z.strictObject(about()),
  "meetup.cancelled": () => z.strictObject({ ...about(), message: z.string() }),
  "rsvp.confirmed": () => z.strictObject({ ...about(), party: party() }),
  "rsvp.waitlisted": () => z.strictObject({ ...about(), party: party() }),
  "rsvp.cancelled": () =>
    z.strictObject({
      ...about(),
      /** Who withdrew it: the member, an organiser, or nobody (the membership ended). */
      by: z.enum(["member", "organiser", "membership-ended"]),
    }),
  "waitlist.promoted": () => z.strictObject({ ...about(), byOrganiser: z.boolean() }),
  "attendee.checked-in": () => z.strictObject(about()),
} satisfies Record<WebhookKind, () => z.core.$ZodType>;

export type PublicMeetup = z.infer<ReturnType<typeof publicMeetup>>;
export type PublicCommunity = z.infer<ReturnType<typeof publicCommunity>>;
export type WebhookData<Kind extends WebhookKind> = z.infer<ReturnType<(typeof webhookDataSchemas)[Kind]>>;

export interface WebhookPayload<Kind extends WebhookKind = WebhookKind> {
  type: Kind;
  version: typeof webhookPayloadVersion;
  timestamp: string;
  data: WebhookData<Kind>;
}

/** A payload as a receiver gets it, checked against its kind's schema: what the tests hold every kind to. */
export function parsedWebhookPayload(value: unknown): WebhookPayload {
  const envelope = z
    .object({
      type: z.string(),
      version: z.literal(webhookPayloadVersion),
      timestamp: z.iso.datetime(),
      data: z.unknown(),
    })
    .parse(value);
  const schema = webhookDataSchemas[envelope.type as WebhookKind];
  if (!schema) throw new TypeError(`no webhook kind ${envelope.type}`);
  return { ...envelope, data: z.parse(schema(), envelope.data) } as WebhookPayload;
}
