/**
 * The terms every RSVP is taken on, which the decider enforces and the documents show. Kept apart from the
 * decider so that what only projects (the projector's bundle) does not carry the decider's persistent
 * collections.
 */

/** The seats a party takes: the member and their guests. */
export const partySize = (guests: number): number => 1 + guests;

/** RSVPs close at `rsvpClosesAt`, or when the meetup starts. */
export const rsvpClosesAt = (meetup: {
  details: { rsvpClosesAt: string | null };
  startsAt: string;
}): string => meetup.details.rsvpClosesAt ?? meetup.startsAt;
