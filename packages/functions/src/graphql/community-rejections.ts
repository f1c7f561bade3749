import type { SlugTaken } from "@meetstream/core/community";
import type { GraphqlContext } from "./context";
import type { SlugTakenResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue } from "./results";

/*
 * The community's rejections are its domain errors: graphql-js reads `code`, `message` and every field named
 * as the error's property (InvalidCommunity's `issues`) as they are.
 */
const slugTaken: SlugTakenResolvers<GraphqlContext, SlugTaken> = {
  // Not `slug`: one selection on a result union may not ask for Community.slug and this with another meaning.
  takenSlug: (error) => error.slug,
};

export const communityRejectionResolvers: ContextResolvers = {
  SlugTaken: slugTaken,
  CommunityIssue: inputIssue,
};
