/**
 * What the API's refusals of the member's own commands mean, in the member's words. The API's messages
 * are for developers and name members and meetups by id; a person should read what happened instead.
 */
const refusalWords: Record<string, string> = {
  NOT_SIGNED_IN: "You are signed out. Sign in and try again.",
  NOT_A_MEMBER: "You are not a member of this community (any more).",
  ALREADY_A_MEMBER: "You are a member of this community already.",
  LAST_ORGANISER: "You are its last organiser: appoint another organiser before you leave.",
  COMMUNITY_NOT_FOUND: "This community no longer exists.",
  MEETUP_NOT_FOUND: "This meetup no longer exists.",
  MEETUP_NOT_PUBLISHED: "This meetup is not open for RSVPs.",
  MEETUP_CANCELLED: "This meetup is cancelled.",
  RSVP_CLOSED: "RSVPs for this meetup are closed.",
  RSVP_NOT_OPEN_YET: "RSVPs for this meetup are not open yet.",
  MEETUP_FULL: "This meetup is full.",
  ALREADY_RSVPED: "You hold a place at this meetup already.",
  NO_RSVP: "You hold no place at this meetup (any more).",
};

/** Plain words for a refusal's code; the API's own message for a code without words here. */
export function plainRefusal(refusal: { code?: unknown; message: string }): string {
  return (typeof refusal.code === "string" && refusalWords[refusal.code]) || refusal.message;
}
