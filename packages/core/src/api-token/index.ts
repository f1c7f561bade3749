/**
 * What other folders may import from the API token context: a member's tokens for their scripts (made,
 * listed and revoked by the member alone, kept as hashes, shown once), and the holder a request's token
 * speaks for.
 */
export { maximumNameLength } from "./api-token-input";
export {
  type ApiTokenModule,
  type ApiTokenModuleOptions,
  type ApiTokenWithSecret,
  apiTokenModule,
  apiTokenPrefix,
} from "./commands";
export { apiTokensPerMember } from "./decider";
export { type ApiTokenDocument, apiTokenProjections } from "./documents";
export { ApiTokenNotFound, InvalidApiToken, TooManyApiTokens } from "./errors";
export { type ApiTokenScope, apiTokenEventTypes, apiTokenScopes } from "./events";
export { type ApiTokenHolder, type ApiTokenView, apiTokenPattern } from "./queries";
