import { MemberSummaryFields } from "../community/community-documents";
import { graphql, type ResultOf } from "../graphql/graphql";

/**
 * A proposal as its speakers read it: everything but the reviews. Its people and call are written out, not
 * spread from their fragments: the API refuses queries nested deeper than 10, and a list of proposals
 * with fragments in fragments reaches 11.
 */
export const SpeakerProposalFields = graphql(`
  fragment SpeakerProposalFields on Proposal {
    id
    publicId
    title
    abstract
    abstractHtml
    status
    formatId
    format {
      id
      name
      minutes
    }
    level
    tags
    note
    decisionMessage
    updatedAt
    viewerIsInvited
    viewerIsSpeaker
    slides {
      url
      bytes
    }
    recording {
      url
      provider
      embedUrl
    }
    owner {
      id
      handle
      displayName
      avatarUrl
    }
    coSpeakers {
      status
      member {
        id
        handle
        displayName
        avatarUrl
      }
    }
    call {
      id
      publicId
      title
      opensAt
      closesAt
      accepting
      status
      formats {
        id
        name
        minutes
      }
      community {
        id
        slug
        name
      }
    }
  }
`);

export type SpeakerProposal = ResultOf<typeof SpeakerProposalFields>;

/** The proposals the member speaks on or is invited to, newest first. */
export const MyProposalsQuery = graphql(
  `
    query MyProposals {
      me {
        member {
          id
        }
        proposals(first: 50) {
          edges {
            node {
              ...SpeakerProposalFields
            }
          }
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

/** One proposal, for its owner's edit form. */
export const ProposalQuery = graphql(
  `
    query Proposal($id: ID!) {
      me {
        member {
          id
        }
      }
      proposal(id: $id) {
        ...SpeakerProposalFields
      }
    }
  `,
  [SpeakerProposalFields],
);

const TalkIssueFields = graphql(`
  fragment TalkIssueFields on InvalidProposal {
    issues {
      path
      message
    }
  }
`);

export const SubmitProposalMutation = graphql(
  `
    mutation SubmitProposal($input: SubmitProposalInput!, $draft: Boolean, $idempotencyKey: String) {
      submitProposal(input: $input, draft: $draft, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
        ...TalkIssueFields
        ... on UnknownHandle {
          unknownHandle
        }
      }
    }
  `,
  [SpeakerProposalFields, TalkIssueFields],
);

export const EditProposalMutation = graphql(
  `
    mutation EditProposal($proposalId: ID!, $input: EditProposalInput!, $idempotencyKey: String) {
      editProposal(proposalId: $proposalId, input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
        ...TalkIssueFields
        ... on UnknownHandle {
          unknownHandle
        }
      }
    }
  `,
  [SpeakerProposalFields, TalkIssueFields],
);

export const SubmitDraftProposalMutation = graphql(
  `
    mutation SubmitDraftProposal($proposalId: ID!, $idempotencyKey: String) {
      submitDraftProposal(proposalId: $proposalId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const WithdrawProposalMutation = graphql(
  `
    mutation WithdrawProposal($proposalId: ID!, $idempotencyKey: String) {
      withdrawProposal(proposalId: $proposalId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const ConfirmTalkMutation = graphql(
  `
    mutation ConfirmTalk($proposalId: ID!, $idempotencyKey: String) {
      confirmTalk(proposalId: $proposalId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const DeclineTalkMutation = graphql(
  `
    mutation DeclineTalk($proposalId: ID!, $idempotencyKey: String) {
      declineTalk(proposalId: $proposalId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const AnswerCoSpeakerInvitationMutation = graphql(
  `
    mutation AnswerCoSpeakerInvitation($proposalId: ID!, $accept: Boolean!) {
      answerCoSpeakerInvitation(proposalId: $proposalId, accept: $accept) {
        __typename
        ... on InvitationAnswered {
          accepted
          # Null once declined: a co-speaker who declined no longer sees the proposal.
          proposal {
            ...SpeakerProposalFields
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

/** Slides uploaded with startUpload(kind: SLIDES), attached to an accepted or confirmed talk. */
export const AttachSlidesMutation = graphql(
  `
    mutation AttachSlides($proposalId: ID!, $uploadId: ID!) {
      attachSlides(proposalId: $proposalId, uploadId: $uploadId) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
        ... on UploadTooLarge {
          maxBytes
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const RemoveSlidesMutation = graphql(
  `
    mutation RemoveSlides($proposalId: ID!) {
      removeSlides(proposalId: $proposalId) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const LinkRecordingMutation = graphql(
  `
    mutation LinkRecording($proposalId: ID!, $url: String!) {
      linkRecording(proposalId: $proposalId, url: $url) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

export const UnlinkRecordingMutation = graphql(
  `
    mutation UnlinkRecording($proposalId: ID!) {
      unlinkRecording(proposalId: $proposalId) {
        __typename
        ... on Proposal {
          ...SpeakerProposalFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [SpeakerProposalFields],
);

/** A confirmed talk, as anyone reads it. */
export const TalkPageQuery = graphql(
  `
    query TalkPage($id: ID!) {
      talk(id: $id) {
        id
        publicId
        title
        abstractHtml
        level
        tags
        confirmedAt
        format {
          id
          name
          minutes
        }
        slides {
          url
          bytes
        }
        recording {
          url
          provider
          embedUrl
        }
        speakers {
          ...MemberSummaryFields
        }
        community {
          id
          slug
          name
        }
        call {
          id
          meetup {
            id
            publicId
            title
            startsAt
            endsAt
            timeZone
          }
        }
        slot {
          startsAt
          endsAt
          meetup {
            id
            publicId
            title
            startsAt
            endsAt
            timeZone
          }
        }
      }
    }
  `,
  [MemberSummaryFields],
);

export type TalkPageTalk = NonNullable<ResultOf<typeof TalkPageQuery>["talk"]>;

/** A community's talks archive: its confirmed talks, latest confirmed first, a page at a time. */
export const CommunityTalksQuery = graphql(
  `
    query CommunityTalks($slug: String!, $after: String) {
      community(slug: $slug) {
        id
        slug
        name
        talks(first: 20, after: $after) {
          edges {
            node {
              id
              publicId
              title
              confirmedAt
              format {
                id
                name
                minutes
              }
              slides {
                bytes
              }
              recording {
                provider
              }
              speakers {
                ...MemberSummaryFields
              }
              call {
                id
                meetup {
                  id
                  title
                  startsAt
                  timeZone
                }
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
  [MemberSummaryFields],
);
