import {
  ApiTokenNotFound,
  type ApiTokenView,
  type ApiTokenWithSecret,
  InvalidApiToken,
  TooManyApiTokens,
} from "@meetstream/core/api-token";
import type { GraphqlContext } from "./context";
import { internalEnumValues } from "./enum-values";
import { signedIn } from "./mutations";
import { NotSignedIn } from "./rejections";
import type { MeResolvers, MutationResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { answeringRejections, resultUnions } from "./results";

/*
 * A member's API tokens: core keeps them (hashed) and decides who sees them (the member alone); which
 * requests a token may make is the API's (api-token-access.ts).
 */

const me: MeResolvers<GraphqlContext> = {
  apiTokens: async (_me, _arguments, context): Promise<ApiTokenView[]> => {
    const memberId = signedIn(context);
    return (await context.apiTokens.tokensOf(memberId, memberId)) ?? [];
  },
};

const mutation: MutationResolvers<GraphqlContext> = {
  createApiToken: answeringRejections(
    [NotSignedIn, InvalidApiToken, TooManyApiTokens],
    async (_root, args: { name: string; scope: string }, context): Promise<ApiTokenWithSecret> =>
      context.apiTokens.create({ actor: signedIn(context), name: args.name, scope: args.scope }),
  ),

  revokeApiToken: answeringRejections(
    [NotSignedIn, ApiTokenNotFound],
    async (_root, args: { tokenId: string }, context) => {
      await context.apiTokens.revoke({ actor: signedIn(context), tokenId: args.tokenId });
      return { tokenId: args.tokenId };
    },
  ),
};

export const apiTokenResolvers: ContextResolvers = {
  ApiTokenScope: internalEnumValues.ApiTokenScope,
  Me: me,
  Mutation: mutation,
  ...resultUnions("ApiTokenWithSecret", ["CreateApiTokenResult"]),
  ...resultUnions("ApiTokenRevoked", ["RevokeApiTokenResult"]),
};
