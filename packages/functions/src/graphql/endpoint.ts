/** Where the API answers, on the app's own origin. */
export const graphqlEndpoint = "/graphql";
