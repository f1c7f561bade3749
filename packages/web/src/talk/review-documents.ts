import { graphql, type ResultOf } from "../graphql/graphql";
import { CallFields } from "./console-call-documents";

/** The calls the signed-in member reviews: appointed to, or organising their community. */
export const MyReviewCallsQuery = graphql(`
  query MyReviewCalls {
    me {
      reviewerCalls {
        id
        publicId
        title
        accepting
        closesAt
        community {
          id
          name
        }
      }
      organises {
        id
        slug
        name
        calls(first: 50) {
          edges {
            node {
              id
              publicId
              title
              accepting
              closesAt
              community {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export type ReviewCallSummary = NonNullable<
  ResultOf<typeof MyReviewCallsQuery>["me"]
>["reviewerCalls"][number];

export const BoardRowFields = graphql(`
  fragment BoardRowFields on ReviewBoardRow {
    title
    status
    formatId
    level
    tags
    reviewCount
    reviewedByMe
    viewerIsSpeaker
    weightedMean
    proposalId
    publicId
    speakers {
      id
      displayName
    }
  }
`);

export type BoardRow = ResultOf<typeof BoardRowFields>;

/** A page of a call's review board, filtered as the reviewer asks. */
export const ReviewBoardQuery = graphql(
  `
    query ReviewBoard(
      $id: ID!
      $after: String
      $formatId: String
      $tag: String
      $status: ProposalStatus
      $notReviewedByMe: Boolean
    ) {
      call(id: $id) {
        id
        publicId
        title
        anonymised
        viewerIsOrganiser
        formats {
          id
          name
        }
        community {
          id
          name
        }
        board(
          first: 25
          after: $after
          formatId: $formatId
          tag: $tag
          status: $status
          notReviewedByMe: $notReviewedByMe
        ) {
          edges {
            node {
              ...BoardRowFields
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
  [BoardRowFields],
);

export type ReviewBoardCall = NonNullable<ResultOf<typeof ReviewBoardQuery>["call"]>;

/** The next proposal the reviewer has not reviewed, to go on to after a review. */
export const NextUnreviewedQuery = graphql(`
  query NextUnreviewed($id: ID!) {
    call(id: $id) {
      id
      board(first: 2, notReviewedByMe: true) {
        edges {
          node {
            proposal {
              id
              publicId
            }
          }
        }
      }
    }
  }
`);

export const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    mine
    comment
    reviewedAt
    weightedScore
    scores {
      criterionId
      score
      weight
    }
    reviewer {
      id
      displayName
    }
  }
`);

export type Review = ResultOf<typeof ReviewFields>;

export const ProposalForReviewFields = graphql(
  `
    fragment ProposalForReviewFields on Proposal {
      id
      publicId
      title
      abstractHtml
      status
      formatId
      level
      tags
      submittedAt
      decidedAt
      decisionMessage
      viewerAccess
      viewerIsSpeaker
      note
      format {
        id
        name
        minutes
      }
      speakers {
        id
        handle
        displayName
      }
      reviews {
        ...ReviewFields
      }
      call {
        ...CallFields
      }
      community {
        id
        slug
        name
      }
    }
  `,
  [ReviewFields, CallFields],
);

export type ProposalForReview = ResultOf<typeof ProposalForReviewFields>;

/** A proposal as a reviewer reads it to score it: with anonymised review, no speaker. */
export const ProposalForReviewQuery = graphql(
  `
    query ProposalForReview($id: ID!) {
      proposal(id: $id) {
        ...ProposalForReviewFields
      }
    }
  `,
  [ProposalForReviewFields],
);

/** A proposal in the console: everything its organisers read, its history included. */
export const ConsoleProposalQuery = graphql(
  `
    query ConsoleProposal($id: ID!) {
      proposal(id: $id) {
        ...ProposalForReviewFields
        confirmedAt
        owner {
          id
          handle
          displayName
        }
        history {
          version
          type
          summary
          occurredAt
          actor {
            id
            displayName
          }
        }
      }
    }
  `,
  [ProposalForReviewFields],
);

export type ConsoleProposal = NonNullable<ResultOf<typeof ConsoleProposalQuery>["proposal"]>;

export const ReviewProposalMutation = graphql(
  `
    mutation ReviewProposal($proposalId: ID!, $input: ReviewInput!, $idempotencyKey: String) {
      reviewProposal(proposalId: $proposalId, input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...ProposalForReviewFields
        }
        ... on ScoresIncomplete {
          missingCriteria
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [ProposalForReviewFields],
);

export const AcceptProposalMutation = graphql(
  `
    mutation AcceptProposal($proposalId: ID!, $message: String, $idempotencyKey: String) {
      acceptProposal(proposalId: $proposalId, message: $message, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          id
          status
          decidedAt
          decisionMessage
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
);

export const RejectProposalMutation = graphql(
  `
    mutation RejectProposal($proposalId: ID!, $message: String, $idempotencyKey: String) {
      rejectProposal(proposalId: $proposalId, message: $message, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          id
          status
          decidedAt
          decisionMessage
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
);

export const CancelTalkMutation = graphql(
  `
    mutation CancelTalk($proposalId: ID!, $message: String!, $idempotencyKey: String) {
      cancelTalk(proposalId: $proposalId, message: $message, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          id
          status
          decisionMessage
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
);
