import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

export const ProfileFields = graphql(`
  fragment ProfileFields on Member {
    id
    handle
    displayName
    bio
    links {
      label
      url
    }
    avatarUrl
  }
`);

export type Profile = ResultOf<typeof ProfileFields>;

export const CurrentMemberQuery = graphql(
  `
    query CurrentMember {
      me {
        email
        newcomer
        member {
          ...ProfileFields
        }
        organises {
          id
          slug
          name
        }
        communities {
          role
          community {
            id
            slug
            name
          }
        }
        reviewerCalls {
          id
        }
      }
    }
  `,
  [ProfileFields],
);

export type CurrentMember = NonNullable<ResultOf<typeof CurrentMemberQuery>["me"]>;

export const MemberByHandleQuery = graphql(
  `
    query MemberByHandle($handle: String!) {
      member(handle: $handle) {
        ...ProfileFields
        erased
        speakerProfile {
          headline
        }
      }
    }
  `,
  [ProfileFields],
);

export const UpdateProfileMutation = graphql(
  `
    mutation UpdateProfile($input: ProfileInput!, $idempotencyKey: String) {
      updateProfile(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Member {
          ...ProfileFields
        }
        ... on InvalidProfile {
          issues {
            path
            message
          }
        }
        ... on HandleTaken {
          takenHandle
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [ProfileFields],
);

export type ProfileInput = VariablesOf<typeof UpdateProfileMutation>["input"];

export const EraseMeMutation = graphql(`
  mutation EraseMe {
    eraseMe {
      __typename
      ... on EraseMeSuccess {
        erased
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
