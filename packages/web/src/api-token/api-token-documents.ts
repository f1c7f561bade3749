import { graphql, type ResultOf } from "../graphql/graphql";

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scope
    createdAt
  }
`);

export type ApiTokenItem = ResultOf<typeof ApiTokenFields>;

/** The signed-in member's tokens in use, newest first (never their secrets). */
export const MyApiTokensQuery = graphql(
  `
    query MyApiTokens {
      me {
        apiTokens {
          ...ApiTokenFields
        }
      }
    }
  `,
  [ApiTokenFields],
);

export const CreateApiTokenMutation = graphql(
  `
    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!) {
      createApiToken(name: $name, scope: $scope) {
        __typename
        ... on ApiTokenWithSecret {
          secret
          token {
            ...ApiTokenFields
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [ApiTokenFields],
);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($tokenId: ID!) {
    revokeApiToken(tokenId: $tokenId) {
      __typename
      ... on ApiTokenRevoked {
        tokenId
      }
      ... on Error {
        code
        message
      }
    }
  }
`);
