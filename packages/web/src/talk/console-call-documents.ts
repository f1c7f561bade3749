import { MemberSummaryFields } from "../community/community-documents";
import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const CallFields = graphql(
  `
    fragment CallFields on CallForProposals {
      id
      publicId
      title
      description
      descriptionHtml
      status
      accepting
      anonymised
      opensAt
      closesAt
      viewerIsOrganiser
      viewerIsReviewer
      formats {
        id
        name
        minutes
      }
      criteria {
        id
        name
        weight
        minimumScore
        maximumScore
      }
      meetup {
        id
        publicId
        title
        timeZone
      }
      community {
        id
        slug
        name
      }
    }
  `,
);

export type Call = ResultOf<typeof CallFields>;

/** A call as its organisers manage it: its details and its appointed reviewers. */
export const ConsoleCallQuery = graphql(
  `
    query ConsoleCall($id: ID!) {
      call(id: $id) {
        ...CallFields
        reviewers {
          ...MemberSummaryFields
        }
      }
    }
  `,
  [CallFields, MemberSummaryFields],
);

export type ConsoleCall = NonNullable<ResultOf<typeof ConsoleCallQuery>["call"]>;

const CallListFields = graphql(`
  fragment CallListFields on CommunityCallsConnection {
    edges {
      node {
        id
        publicId
        title
        status
        accepting
        opensAt
        closesAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** A community's calls in the console: its drafts and its published calls. */
export const CommunityCallsQuery = graphql(
  `
    query CommunityCalls($slug: String!) {
      community(slug: $slug) {
        id
        slug
        name
        viewerRole
        draftCalls(first: 50) {
          ...CallListFields
        }
        calls(first: 50) {
          ...CallListFields
        }
        upcomingMeetups(first: 50) {
          edges {
            node {
              id
              publicId
              title
              timeZone
            }
          }
        }
      }
    }
  `,
  [CallListFields],
);

export type CommunityCalls = NonNullable<ResultOf<typeof CommunityCallsQuery>["community"]>;
export type CallListItem = CommunityCalls["calls"]["edges"][number]["node"];

const TalkRowFields = graphql(`
  fragment TalkRowFields on ReviewBoardConnection {
    edges {
      node {
        title
        status
        formatId
        proposal {
          id
          publicId
          decidedAt
          confirmedAt
          speakers {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The calls of a community whose talks the console lists, each read apart (see CallTalksQuery). */
export const CommunityTalksQuery = graphql(`
  query CommunityConsoleTalks($slug: String!) {
    community(slug: $slug) {
      id
      slug
      name
      viewerRole
      calls(first: 50) {
        edges {
          node {
            id
            publicId
            title
          }
        }
      }
    }
  }
`);

/**
 * The talks of one call: confirmed, accepted and awaiting the speaker, and cancelled, read from its board,
 * which its organisers read whole. One call a query: every call's three lists in one would cost too much.
 */
export const CallTalksQuery = graphql(
  `
    query CallTalks($id: ID!) {
      call(id: $id) {
        id
        publicId
        title
        formats {
          id
          name
        }
        confirmed: board(status: CONFIRMED, first: 50) {
          ...TalkRowFields
        }
        accepted: board(status: ACCEPTED, first: 50) {
          ...TalkRowFields
        }
        cancelled: board(status: CANCELLED, first: 50) {
          ...TalkRowFields
        }
      }
    }
  `,
  [TalkRowFields],
);

export type CallTalks = NonNullable<ResultOf<typeof CallTalksQuery>["call"]>;

const CallResultFields = graphql(
  `
    fragment CallResultFields on CallForProposals {
      ...CallFields
      reviewers {
        ...MemberSummaryFields
      }
    }
  `,
  [CallFields, MemberSummaryFields],
);

export const DraftCallMutation = graphql(
  `
    mutation DraftCall($input: DraftCallInput!, $idempotencyKey: String) {
      draftCall(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on InvalidCall {
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
  [CallResultFields],
);

export type DraftCallInput = VariablesOf<typeof DraftCallMutation>["input"];

export const EditCallMutation = graphql(
  `
    mutation EditCall($callId: ID!, $input: EditCallInput!, $idempotencyKey: String) {
      editCall(callId: $callId, input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on InvalidCall {
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
  [CallResultFields],
);

export const PublishCallMutation = graphql(
  `
    mutation PublishCall($callId: ID!) {
      publishCall(callId: $callId) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CallResultFields],
);

export const OpenCallMutation = graphql(
  `
    mutation OpenCall($callId: ID!) {
      openCall(callId: $callId) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CallResultFields],
);

export const CloseCallMutation = graphql(
  `
    mutation CloseCall($callId: ID!) {
      closeCall(callId: $callId) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CallResultFields],
);

export const AppointReviewerMutation = graphql(
  `
    mutation AppointReviewer($callId: ID!, $memberId: ID!, $idempotencyKey: String) {
      appointReviewer(callId: $callId, memberId: $memberId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CallResultFields],
);

export const RemoveReviewerMutation = graphql(
  `
    mutation RemoveReviewer($callId: ID!, $memberId: ID!) {
      removeReviewer(callId: $callId, memberId: $memberId) {
        __typename
        ... on CallForProposals {
          ...CallResultFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CallResultFields],
);

/** A member by handle, to appoint as a reviewer: the API takes a member's id. */
export const ReviewerCandidateQuery = graphql(
  `
    query ReviewerCandidate($handle: String!) {
      member(handle: $handle) {
        ...MemberSummaryFields
        erased
      }
    }
  `,
  [MemberSummaryFields],
);
