import type { Meetup } from "./decider";

/**
 * A meetup without its RSVPs: what an organiser's command answers and what `asOf` shows. Its size does not
 * grow with the meetup's, so it fits in an idempotency record however many members RSVP (the whole state
 * of 10,000 RSVPs is about 500 KB of JSON, over DynamoDB's item limit).
 */
export interface MeetupSummary extends Omit<Meetup, "rsvps" | "waitlist" | "releaseCauses"> {
  /** Parties waiting for a seat. */
  waitlistLength: number;
}

export function meetupSummary(meetup: Meetup): MeetupSummary {
  const { rsvps, waitlist, releaseCauses, ...summary } = meetup;
  return { ...summary, waitlistLength: waitlist.size };
}
