import { authExchange } from "@urql/exchange-auth";
import { Client, type CombinedError, cacheExchange, fetchExchange, mapExchange } from "urql";
import type { SessionTokens } from "../auth/session-tokens";

/**
 * The API refuses requests without this header (graphql-yoga's CSRF prevention): a form on another site
 * cannot set it, so it cannot make a signed-in browser send a mutation.
 */
export const csrfHeader = { "x-meetstream-csrf": "1" };

const isMemberErased = (error: CombinedError): boolean =>
  error.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === "MEMBER_ERASED");

// An erased member's token answers 401 too, but a refresh cannot help: that sign-in is over.
const isAuthError = (error: CombinedError): boolean =>
  !isMemberErased(error) &&
  (error.response?.status === 401 ||
    error.graphQLErrors.some((graphqlError) => graphqlError.extensions?.code === "UNAUTHENTICATED"));

/**
 * One client per sign-in (the app makes a new one when the member changes), so a member never sees what
 * the document cache kept for the previous one.
 */
export function createGraphqlClient(tokens: SessionTokens): Client {
  return new Client({
    url: "/graphql",
    // A visitor's queries go over GET, the only answers the API marks public and the CDN keeps; a member's
    // go over POST, which keeps what they ask about out of URLs and logs (their answers are private anyway).
    preferGetMethod: tokens.current() ? false : "within-url-limit",
    fetchOptions: { headers: csrfHeader },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (isMemberErased(error)) tokens.endByErasure();
        },
      }),
      authExchange(async (utilities) => ({
        addAuthToOperation(operation) {
          const current = tokens.current();
          return current
            ? utilities.appendHeaders(operation, { authorization: `Bearer ${current.access}` })
            : operation;
        },
        willAuthError() {
          const current = tokens.current();
          return current !== null && tokens.isExpiring(current);
        },
        didAuthError: isAuthError,
        async refreshAuth() {
          // A refused refresh signs out inside SessionTokens; a network failure surfaces on the retried request.
          await tokens.refresh().catch(() => undefined);
        },
      })),
      fetchExchange,
    ],
  });
}
