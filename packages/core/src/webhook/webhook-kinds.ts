/**
 * The kinds of webhook an organiser may subscribe to, as receivers read them in the payload's `type`.
 * Each is a public name of its own, never an internal event type: the log's events may be renamed,
 * split or upcast, and a receiver's code keeps working (see public-payloads.ts for what each carries).
 */
export const webhookKinds = {
  "meetup.published": { label: "A meetup is published" },
  "meetup.updated": { label: "A published meetup's details or capacity change" },
  "meetup.rescheduled": { label: "A published meetup moves to another time" },
  "meetup.cancelled": { label: "A meetup is cancelled" },
  "rsvp.confirmed": { label: "An RSVP gets seats" },
  "rsvp.waitlisted": { label: "An RSVP joins the waitlist" },
  "rsvp.cancelled": { label: "An RSVP is withdrawn, removed or released" },
  "waitlist.promoted": { label: "A waitlisted party gets seats" },
  "attendee.checked-in": { label: "An attendee is checked in" },
} as const;

export type WebhookKind = keyof typeof webhookKinds;

export const webhookKindNames = Object.keys(webhookKinds) as WebhookKind[];

export const isWebhookKind = (kind: unknown): kind is WebhookKind =>
  typeof kind === "string" && Object.hasOwn(webhookKinds, kind);

/** What a delivery of the kind is recorded as in the webhook outbox. */
export const outboxKindOf = (kind: WebhookKind) => `webhook:${kind}`;
