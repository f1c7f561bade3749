import { graphql } from "../graphql/graphql";

/*
 * The door's commands. Each answers the meetup's counts, so the count at the top of the door moves with the
 * answer; the document cache then reads the attendee list again, which the row shows.
 */

export const CheckInGuestsMutation = graphql(`
  mutation CheckInGuests($meetupId: ID!, $memberId: ID!, $guests: Int!, $idempotencyKey: String) {
    checkInGuests(meetupId: $meetupId, memberId: $memberId, guests: $guests, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Meetup {
        id
        confirmedSeats
        checkedInSeats
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const UndoCheckInMutation = graphql(`
  mutation UndoCheckIn($meetupId: ID!, $memberId: ID!, $idempotencyKey: String) {
    undoCheckIn(meetupId: $meetupId, memberId: $memberId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Meetup {
        id
        confirmedSeats
        checkedInSeats
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
