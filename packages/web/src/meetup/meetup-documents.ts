import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const MeetupSummaryFields = graphql(`
  fragment MeetupSummaryFields on Meetup {
    id
    publicId
    title
    status
    startsAt
    endsAt
    timeZone
    online
    capacity
    spotsLeft
    venue {
      name
    }
  }
`);

export type MeetupSummary = ResultOf<typeof MeetupSummaryFields>;

export const MeetupFields = graphql(
  `
    fragment MeetupFields on Meetup {
      ...MeetupSummaryFields
      description
      descriptionHtml
      cancellationMessage
      confirmedSeats
      checkedInSeats
      phase
      checkInOpen
      viewerCheckIn
      waitlistLength
      waitlistEnabled
      guestLimit
      rsvpOpensAt
      rsvpClosesAt
      joinUrl
      addToCalendar {
        ics
        google
        outlook
      }
      venue {
        name
        address
        coordinates {
          latitude
          longitude
        }
      }
      community {
        id
        slug
        name
        viewerRole
      }
      viewerRsvp {
        status
        guests
        waitlistPosition
        checkedIn
        attendance
        listed
      }
    }
  `,
  [MeetupSummaryFields],
);

export type Meetup = ResultOf<typeof MeetupFields>;

/** The people on a meetup's page: who is going (names only for the community's members) and who runs it. */
export const MeetupPeopleFields = graphql(`
  fragment MeetupPeopleFields on Meetup {
    going(first: 24) {
      count
      othersCount
      members {
        id
        handle
        displayName
        avatarUrl
      }
    }
    hosts {
      role
      member {
        id
        handle
        displayName
        avatarUrl
      }
    }
  }
`);

export type MeetupPeople = ResultOf<typeof MeetupPeopleFields>;

/** The meetup's own page: the meetup, and its people. */
export const MeetupPageQuery = graphql(
  `
    query MeetupPage($id: ID!) {
      meetup(id: $id) {
        ...MeetupFields
        ...MeetupPeopleFields
      }
    }
  `,
  [MeetupFields, MeetupPeopleFields],
);

export type MeetupPageMeetup = NonNullable<ResultOf<typeof MeetupPageQuery>["meetup"]>;

/**
 * A community's meetups, as cards: upcoming, past, and (for its organisers) drafts. The API prices a query
 * by its nesting and by each connection's `first` (at most 5,000): each list is a page of 20 or fewer, and
 * lists of 40 and more (RSVPs, attendees) are queries of their own, with their fields written out.
 */
export const CommunityMeetupsQuery = graphql(
  `
    query CommunityMeetups($slug: String!, $drafts: Boolean!) {
      community(slug: $slug) {
        id
        upcomingMeetups(first: 20) {
          edges {
            node {
              ...MeetupSummaryFields
            }
          }
        }
        pastMeetups(first: 10) {
          edges {
            node {
              ...MeetupSummaryFields
            }
          }
        }
        draftMeetups(first: 20) @include(if: $drafts) {
          edges {
            node {
              ...MeetupSummaryFields
            }
          }
        }
      }
    }
  `,
  [MeetupSummaryFields],
);

/**
 * Published meetups of every community, soonest first, a page at a time, each with its community: of one
 * community only, or only of communities with a tag, when asked.
 */
export const UpcomingMeetupsQuery = graphql(
  `
    query UpcomingMeetups($first: Int!, $after: String, $communitySlug: String, $tag: String) {
      upcomingMeetups(first: $first, after: $after, communitySlug: $communitySlug, tag: $tag) {
        edges {
          node {
            id
            ...MeetupSummaryFields
            community {
              id
              slug
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [MeetupSummaryFields],
);

export const MeetupQuery = graphql(
  `
    query Meetup($id: ID!) {
      meetup(id: $id) {
        ...MeetupFields
      }
    }
  `,
  [MeetupFields],
);

export const MyRsvpsQuery = graphql(`
  query MyRsvps($upcoming: Boolean!) {
    me {
      rsvps(first: 40, upcoming: $upcoming) {
        edges {
          node {
            status
            guests
            waitlistPosition
            checkedIn
            meetup {
              id
              publicId
              title
              status
              startsAt
              timeZone
              community {
                id
              }
            }
          }
        }
      }
    }
  }
`);

export type Rsvp = NonNullable<ResultOf<typeof MyRsvpsQuery>["me"]>["rsvps"]["edges"][number]["node"];

export const MeetupAttendeesQuery = graphql(`
  query MeetupAttendees($id: ID!, $after: String) {
    meetup(id: $id) {
      id
      attendees(first: 40, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            status
            guests
            checkedIn
            guestsCheckedIn
            attendance
            waitlistPosition
            member {
              id
              handle
              displayName
            }
          }
        }
      }
    }
  }
`);

export type Attendee = NonNullable<
  NonNullable<ResultOf<typeof MeetupAttendeesQuery>["meetup"]>["attendees"]
>["edges"][number]["node"];

/** One change, in words, at its time in the meetup's zone. */
export const HistoryEntryFields = graphql(`
  fragment HistoryEntryFields on MeetupHistoryEntry {
    version
    type
    summary
    occurredAt
    localTime
  }
`);

export type HistoryEntry = ResultOf<typeof HistoryEntryFields>;

export const MeetupRecordQuery = graphql(
  `
  query MeetupRecord($id: ID!) {
    meetup(id: $id) {
      id
      waitlist {
        position
        guests
        joinedAt
        joinedLocalTime
        member {
          id
          handle
          displayName
          avatarUrl
        }
      }
      timeline {
        at
        confirmed
        waitlisted
        checkedIn
      }
      history {
        ...HistoryEntryFields
      }
    }
  }
`,
  [HistoryEntryFields],
);

export type MeetupRecord = NonNullable<ResultOf<typeof MeetupRecordQuery>["meetup"]>;

/** The meetup as it stood at an instant: organisers only. */
export const MeetupAsOfQuery = graphql(`
  query MeetupAsOf($id: ID!, $instant: String!) {
    meetup(id: $id) {
      id
      asOf(instant: $instant) {
        status
        title
        startsAt
        endsAt
        timeZone
        capacity
        confirmedSeats
        waitlistLength
        cancellationMessage
        venue {
          name
          address
        }
      }
    }
  }
`);

export type MeetupAsOf = NonNullable<ResultOf<typeof MeetupAsOfQuery>["meetup"]>["asOf"];

/** One page of every change to a community's meetups, newest first: organisers only. */
export const CommunityHistoryQuery = graphql(
  `
    query CommunityHistory($slug: String!, $after: String) {
      community(slug: $slug) {
        id
        history(first: 25, after: $after) {
          edges {
            node {
              ...HistoryEntryFields
              meetup {
                id
                publicId
                title
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `,
  [HistoryEntryFields],
);
export type TimelinePoint = NonNullable<MeetupRecord["timeline"]>[number];

export const ScheduleMeetupMutation = graphql(
  `
    mutation ScheduleMeetup($input: ScheduleMeetupInput!, $idempotencyKey: String) {
      scheduleMeetup(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on InvalidMeetup {
          issues {
            path
            message
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export type ScheduleMeetupInput = VariablesOf<typeof ScheduleMeetupMutation>["input"];

export const EditMeetupMutation = graphql(
  `
    mutation EditMeetup($meetupId: ID!, $input: EditMeetupInput!, $idempotencyKey: String) {
      editMeetup(meetupId: $meetupId, input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on InvalidMeetup {
          issues {
            path
            message
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export const RescheduleMeetupMutation = graphql(
  `
    mutation RescheduleMeetup($meetupId: ID!, $input: RescheduleMeetupInput!) {
      rescheduleMeetup(meetupId: $meetupId, input: $input) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on InvalidMeetup {
          issues {
            path
            message
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export const ChangeMeetupCapacityMutation = graphql(
  `
    mutation ChangeMeetupCapacity($meetupId: ID!, $capacity: Int, $keepSeated: Boolean) {
      changeMeetupCapacity(meetupId: $meetupId, capacity: $capacity, keepSeated: $keepSeated) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on CapacityBelowSeatsTaken {
          seatsTaken
        }
        ... on InvalidMeetup {
          issues {
            path
            message
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export const PublishMeetupMutation = graphql(
  `
    mutation PublishMeetup($meetupId: ID!) {
      publishMeetup(meetupId: $meetupId) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export const CancelMeetupMutation = graphql(
  `
    mutation CancelMeetup($meetupId: ID!, $message: String!) {
      cancelMeetup(meetupId: $meetupId, message: $message) {
        __typename
        ... on Meetup {
          ...MeetupFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields],
);

export const RsvpMutation = graphql(
  `
    mutation Rsvp($meetupId: ID!, $guests: Int, $listed: Boolean, $idempotencyKey: String) {
      rsvp(meetupId: $meetupId, guests: $guests, listed: $listed, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Meetup {
          ...MeetupFields
          ...MeetupPeopleFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields, MeetupPeopleFields],
);

/** The member's own RSVP, changed in place: guests, the guest list, or both; what is left out stays. */
export const ChangeRsvpMutation = graphql(
  `
    mutation ChangeRsvp($meetupId: ID!, $guests: Int, $listed: Boolean, $idempotencyKey: String) {
      changeRsvp(meetupId: $meetupId, guests: $guests, listed: $listed, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Meetup {
          ...MeetupFields
          ...MeetupPeopleFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields, MeetupPeopleFields],
);

export const CancelRsvpMutation = graphql(
  `
    mutation CancelRsvp($meetupId: ID!) {
      cancelRsvp(meetupId: $meetupId) {
        __typename
        ... on Meetup {
          ...MeetupFields
          ...MeetupPeopleFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [MeetupFields, MeetupPeopleFields],
);

export const CheckInMutation = graphql(`
  mutation CheckIn($meetupId: ID!, $memberId: ID!, $idempotencyKey: String) {
    checkIn(meetupId: $meetupId, memberId: $memberId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Meetup {
        id
        confirmedSeats
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveRsvpMutation = graphql(`
  mutation RemoveRsvp($meetupId: ID!, $memberId: ID!, $idempotencyKey: String) {
    removeRsvp(meetupId: $meetupId, memberId: $memberId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Meetup {
        id
        confirmedSeats
        spotsLeft
        waitlistLength
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** Seats a waitlisted party now, ahead of the line; over the capacity only with `overCapacity`. */
export const PromoteFromWaitlistMutation = graphql(`
  mutation PromoteFromWaitlist(
    $meetupId: ID!
    $memberId: ID!
    $overCapacity: Boolean
    $idempotencyKey: String
  ) {
    promoteFromWaitlist(
      meetupId: $meetupId
      memberId: $memberId
      overCapacity: $overCapacity
      idempotencyKey: $idempotencyKey
    ) {
      __typename
      ... on Meetup {
        id
        confirmedSeats
        spotsLeft
        waitlistLength
      }
      ... on NoSeatsForParty {
        seatsNeeded
        seatsLeft
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    me {
      calendarFeedUrl
    }
  }
`);
