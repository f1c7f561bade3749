import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const MemberSummaryFields = graphql(`
  fragment MemberSummaryFields on Member {
    id
    handle
    displayName
    avatarUrl
  }
`);

export type MemberSummary = ResultOf<typeof MemberSummaryFields>;

export const CommunityFields = graphql(
  `
    fragment CommunityFields on Community {
      id
      slug
      name
      description
      descriptionHtml
      tags
      joinMode
      memberCount
      viewerRole
      organisers {
        ...MemberSummaryFields
      }
      hosts {
        ...MemberSummaryFields
      }
    }
  `,
  [MemberSummaryFields],
);

export type Community = ResultOf<typeof CommunityFields>;

export const CommunitiesQuery = graphql(`
  query Communities($after: String) {
    communities(first: 50, after: $after) {
      edges {
        node {
          id
          slug
          name
          tags
          memberCount
          joinMode
          viewerRole
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CommunityQuery = graphql(
  `
    query Community($slug: String!) {
      community(slug: $slug) {
        ...CommunityFields
      }
    }
  `,
  [CommunityFields],
);

/** Kept shallow, with the member's fields written out: the API prices every level of nesting. */
export const CommunityMembersQuery = graphql(`
  query CommunityMembers($slug: String!, $pending: Boolean!) {
    community(slug: $slug) {
      id
      members(first: 50, pending: $pending) {
        edges {
          node {
            role
            since
            member {
              id
              handle
              displayName
              avatarUrl
            }
          }
        }
      }
    }
  }
`);

export type Membership = NonNullable<
  NonNullable<ResultOf<typeof CommunityMembersQuery>["community"]>["members"]
>["edges"][number]["node"];

export const FoundCommunityMutation = graphql(
  `
    mutation FoundCommunity($input: FoundCommunityInput!, $idempotencyKey: String) {
      foundCommunity(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Community {
          ...CommunityFields
        }
        ... on InvalidCommunity {
          issues {
            path
            message
          }
        }
        ... on SlugTaken {
          takenSlug
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CommunityFields],
);

export type FoundCommunityInput = VariablesOf<typeof FoundCommunityMutation>["input"];

export const EditCommunityMutation = graphql(
  `
    mutation EditCommunity($communityId: ID!, $input: EditCommunityInput!, $idempotencyKey: String) {
      editCommunity(communityId: $communityId, input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Community {
          ...CommunityFields
        }
        ... on InvalidCommunity {
          issues {
            path
            message
          }
        }
        ... on SlugTaken {
          takenSlug
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CommunityFields],
);

/** Communities the signed-in member might join, most members first: the welcome's second step. */
export const SuggestedCommunitiesQuery = graphql(
  `
    query SuggestedCommunities($first: Int!) {
      me {
        suggestedCommunities(first: $first) {
          ...CommunityFields
        }
      }
    }
  `,
  [CommunityFields],
);

export const JoinCommunityMutation = graphql(
  `
    mutation JoinCommunity($communityId: ID!) {
      joinCommunity(communityId: $communityId) {
        __typename
        ... on Community {
          ...CommunityFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CommunityFields],
);

export const LeaveCommunityMutation = graphql(
  `
    mutation LeaveCommunity($communityId: ID!) {
      leaveCommunity(communityId: $communityId) {
        __typename
        ... on Community {
          ...CommunityFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [CommunityFields],
);

export const ApproveMembershipMutation = graphql(`
  mutation ApproveMembership($communityId: ID!, $memberId: ID!) {
    approveMembership(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
        memberCount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const DeclineMembershipMutation = graphql(`
  mutation DeclineMembership($communityId: ID!, $memberId: ID!) {
    declineMembership(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
        memberCount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($communityId: ID!, $memberId: ID!) {
    removeMember(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
        memberCount
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AppointHostMutation = graphql(`
  mutation AppointHost($communityId: ID!, $memberId: ID!) {
    appointHost(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const AppointOrganiserMutation = graphql(`
  mutation AppointOrganiser($communityId: ID!, $memberId: ID!) {
    appointOrganiser(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($communityId: ID!, $memberId: ID!) {
    revokeRole(communityId: $communityId, memberId: $memberId) {
      __typename
      ... on Community {
        id
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
