import type { CommunitySummary } from "../community/index";
import type { MeetupDocument } from "../meetup/index";
import type { ReleasedAgenda } from "./agenda-text";

/** A published meetup with every field filled in; tests change only what they are about. */
export function meetup(overrides: Partial<MeetupDocument> = {}): MeetupDocument {
  return {
    id: "m1",
    communityId: "c1",
    status: "published",
    title: "Event sourcing, in practice",
    description: "We fold **events** into documents.",
    venue: { name: "Pakhuis", address: "Oostelijke Handelskade 1, Amsterdam", coordinates: null },
    online: false,
    timeZone: "Europe/Amsterdam",
    startsAt: "2026-03-26T18:00:00.000Z",
    endsAt: "2026-03-26T20:00:00.000Z",
    capacity: 40,
    guestLimit: 1,
    rsvpOpensAt: null,
    rsvpClosesAt: "2026-03-26T18:00:00.000Z",
    waitlistEnabled: true,
    sequence: 0,
    cancellationMessage: null,
    confirmedSeats: 0,
    spotsLeft: 40,
    waitlistLength: 0,
    waitlistedSeats: 0,
    checkedInSeats: 0,
    chosenRsvpClosesAt: null,
    scheduledAt: "2026-01-10T09:00:00.000Z",
    publishedAt: "2026-01-10T09:05:00.000Z",
    cancelledAt: null,
    updatedAt: "2026-01-11T12:00:00.000Z",
    ...overrides,
  };
}

export const community: CommunitySummary = {
  id: "c1",
  slug: "amsterdam-ts",
  name: "Amsterdam TypeScript",
  description: "Monthly talks & code.",
  descriptionHtml: "<p>Monthly talks &amp; code.</p>",
  tags: ["typescript"],
  joinMode: "open",
  memberCount: 120,
  organiserIds: ["o1"],
  hostIds: [],
  foundedAt: "2025-06-01T10:00:00.000Z",
};

/** A released agenda for the meetup "m1" (19:00 to 21:00 in Amsterdam, CET). */
export const releasedAgenda = (overrides: Partial<ReleasedAgenda> = {}): ReleasedAgenda => ({
  meetupId: "m1",
  number: 2,
  note: "The pizza moved after the talk.",
  releasedAt: "2026-03-20T10:00:00.000Z",
  slots: [
    {
      slotId: "doors",
      startsAt: "2026-03-26T18:00:00.000Z",
      endsAt: "2026-03-26T18:30:00.000Z",
      minutes: 30,
      proposalId: null,
      title: "Doors open",
    },
    {
      slotId: "talk",
      startsAt: "2026-03-26T18:30:00.000Z",
      endsAt: "2026-03-26T19:00:00.000Z",
      minutes: 30,
      proposalId: "p1",
      title: "Folding <events>",
    },
  ],
  ...overrides,
});
