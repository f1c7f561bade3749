/**
 * The kinds of message a member can get, each with what it is about and whether it is on for a member
 * who never chose: what Meetup members expect — what concerns their own RSVPs, talks and the meetups they
 * are going to arrives; announcements (a new meetup, a finished path) only when asked for.
 */
export const messageKinds = {
  "rsvp-confirmed": { label: "Your RSVP is confirmed", onByDefault: true },
  "rsvp-waitlisted": { label: "You are on a waitlist", onByDefault: true },
  "waitlist-promoted": { label: "You moved up from a waitlist", onByDefault: true },
  "rsvp-removed": { label: "An organiser removed your RSVP", onByDefault: true },
  "meetup-rescheduled": { label: "A meetup you are going to moved", onByDefault: true },
  "meetup-cancelled": { label: "A meetup you are going to was cancelled", onByDefault: true },
  "meetup-reminder": { label: "Reminders before a meetup you are going to", onByDefault: true },
  "meetup-announced": { label: "New meetups of your communities", onByDefault: false },
  "proposal-decided": { label: "Decisions on your talk proposals", onByDefault: true },
  "agenda-released": { label: "Agendas with your talk on them", onByDefault: true },
  "path-completed": { label: "Learning paths you complete", onByDefault: false },
  "webhook-disabled": { label: "Webhooks of your communities that stopped", onByDefault: true },
} as const satisfies Record<string, { label: string; onByDefault: boolean }>;

export type MessageKind = keyof typeof messageKinds;

export const messageKindNames = Object.keys(messageKinds) as MessageKind[];

export const isMessageKind = (value: unknown): value is MessageKind =>
  typeof value === "string" && Object.hasOwn(messageKinds, value);
