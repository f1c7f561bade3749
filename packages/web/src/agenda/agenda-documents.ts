import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const AgendaSlotFields = graphql(`
  fragment AgendaSlotFields on AgendaSlot {
    id
    kind
    title
    startsAt
    endsAt
    minutes
    talk {
      id
      publicId
      speakers {
        id
        displayName
      }
    }
  }
`);

export type AgendaSlot = ResultOf<typeof AgendaSlotFields>;

export const AgendaChangeFields = graphql(`
  fragment AgendaChangeFields on AgendaChange {
    kind
    slotId
    title
    previousTitle
    startsAt
    previousStartsAt
    minutes
    previousMinutes
  }
`);

export type AgendaChange = ResultOf<typeof AgendaChangeFields>;

/** The meetup's released agenda, as its page shows it. */
export const MeetupAgendaQuery = graphql(
  `
    query MeetupAgenda($id: ID!) {
      meetup(id: $id) {
        id
        timeZone
        startsAt
        agenda {
          number
          releasedAt
          note
          slots {
            ...AgendaSlotFields
          }
        }
      }
    }
  `,
  [AgendaSlotFields],
);

export type ReleasedAgenda = NonNullable<NonNullable<ResultOf<typeof MeetupAgendaQuery>["meetup"]>["agenda"]>;

/** What changed in the latest released version since an earlier one (by default, the one before it). */
export const AgendaChangesQuery = graphql(
  `
    query AgendaChanges($id: ID!, $since: Int) {
      meetup(id: $id) {
        id
        agenda {
          number
          changesSince(since: $since) {
            since
            changes {
              ...AgendaChangeFields
            }
          }
        }
      }
    }
  `,
  [AgendaChangeFields],
);

export const AgendaDraftFields = graphql(
  `
    fragment AgendaDraftFields on AgendaDraft {
      releasable
      slots {
        ...AgendaSlotFields
      }
      availableTalks {
        id
        title
        format {
          name
          minutes
        }
        speakers {
          id
          displayName
        }
      }
      releases {
        number
        releasedAt
        note
        slots {
          id
        }
      }
    }
  `,
  [AgendaSlotFields],
);

export type AgendaDraft = ResultOf<typeof AgendaDraftFields>;

/** The meetup in the console's agenda builder: its times to lay slots in, and its draft (organisers only). */
export const AgendaBuilderQuery = graphql(
  `
    query AgendaBuilder($id: ID!) {
      meetup(id: $id) {
        id
        publicId
        title
        status
        phase
        startsAt
        endsAt
        timeZone
        community {
          id
          name
          viewerRole
        }
        agendaDraft {
          ...AgendaDraftFields
        }
      }
    }
  `,
  [AgendaDraftFields],
);

export type AgendaBuilderMeetup = NonNullable<ResultOf<typeof AgendaBuilderQuery>["meetup"]>;

/** What every draft command answers: the draft's slots as they are now (the page reads the rest again), or why nothing changed. */
export const AgendaDraftAnswerFields = graphql(`
  fragment AgendaDraftAnswerFields on AgendaDraftResult {
    __typename
    ... on AgendaDraft {
      slots {
        id
        title
        startsAt
        endsAt
      }
    }
    ... on InvalidAgendaSlot {
      issues {
        path
        message
      }
    }
    ... on SlotOverlaps {
      overlapping {
        id
        title
        startsAt
        endsAt
      }
    }
    ... on Error {
      code
      message
    }
  }
`);

export const AddAgendaSlotMutation = graphql(
  `
  mutation AddAgendaSlot($input: AddAgendaSlotInput!, $idempotencyKey: String) {
    addAgendaSlot(input: $input, idempotencyKey: $idempotencyKey) {
      ...AgendaDraftAnswerFields
    }
  }
`,
  [AgendaDraftAnswerFields],
);

export type AddAgendaSlotInput = VariablesOf<typeof AddAgendaSlotMutation>["input"];

export const EditAgendaSlotMutation = graphql(
  `
  mutation EditAgendaSlot($input: EditAgendaSlotInput!, $idempotencyKey: String) {
    editAgendaSlot(input: $input, idempotencyKey: $idempotencyKey) {
      ...AgendaDraftAnswerFields
    }
  }
`,
  [AgendaDraftAnswerFields],
);

export const MoveAgendaSlotMutation = graphql(
  `
  mutation MoveAgendaSlot($meetupId: ID!, $slotId: ID!, $position: Int!, $idempotencyKey: String) {
    moveAgendaSlot(meetupId: $meetupId, slotId: $slotId, position: $position, idempotencyKey: $idempotencyKey) {
      ...AgendaDraftAnswerFields
    }
  }
`,
  [AgendaDraftAnswerFields],
);

export const RemoveAgendaSlotMutation = graphql(
  `
  mutation RemoveAgendaSlot($meetupId: ID!, $slotId: ID!, $idempotencyKey: String) {
    removeAgendaSlot(meetupId: $meetupId, slotId: $slotId, idempotencyKey: $idempotencyKey) {
      ...AgendaDraftAnswerFields
    }
  }
`,
  [AgendaDraftAnswerFields],
);

export const ReleaseAgendaMutation = graphql(`
  mutation ReleaseAgenda($meetupId: ID!, $note: String, $idempotencyKey: String) {
    releaseAgenda(meetupId: $meetupId, note: $note, idempotencyKey: $idempotencyKey) {
      __typename
      ... on AgendaVersion {
        number
      }
      ... on InvalidAgendaSlot {
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
`);
