import type { Decider } from "../decider/decider";
import { ApiTokenNotFound, TooManyApiTokens } from "./errors";
import { ApiTokenCreated, type ApiTokenEvent, ApiTokenRevoked, type ApiTokenScope } from "./events";

/** Tokens a member may have at once: enough for every script, few enough to keep track of. */
export const apiTokensPerMember = 20;

/** A member's tokens in use, by id; a revoked token is gone from here and never comes back. */
export interface ApiTokens {
  live: Record<string, { tokenHash: string }>;
  /** Every id ever made, revoked or not: an id is never made twice. */
  made: string[];
}

export type ApiTokenCommand =
  | { type: "Create"; tokenId: string; name: string; scope: ApiTokenScope; tokenHash: string }
  | { type: "Revoke"; tokenId: string };

export const apiTokenDecider: Decider<ApiTokens, ApiTokenCommand, ApiTokenEvent> = {
  initialState: { live: {}, made: [] },

  decide(command, tokens) {
    switch (command.type) {
      case "Create": {
        // The same token asked for again (a retried request) records nothing more.
        if (tokens.made.includes(command.tokenId)) return [];
        if (Object.keys(tokens.live).length >= apiTokensPerMember)
          throw new TooManyApiTokens(apiTokensPerMember);
        const { tokenId, name, scope, tokenHash } = command;
        return [ApiTokenCreated({ tokenId, name, scope, tokenHash })];
      }
      case "Revoke":
        if (!(command.tokenId in tokens.live)) throw new ApiTokenNotFound(command.tokenId);
        return [ApiTokenRevoked({ tokenId: command.tokenId })];
    }
  },

  evolve(tokens, event) {
    switch (event.type) {
      case "ApiTokenCreated":
        return {
          live: { ...tokens.live, [event.data.tokenId]: { tokenHash: event.data.tokenHash } },
          made: [...tokens.made, event.data.tokenId],
        };
      case "ApiTokenRevoked": {
        const { [event.data.tokenId]: _revoked, ...live } = tokens.live;
        return { ...tokens, live };
      }
    }
  },
};
