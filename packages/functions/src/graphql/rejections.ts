import { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import type { HandleTaken } from "@meetstream/core/member";
import type { GraphqlContext } from "./context";
import type { HandleTakenResolvers } from "./resolver-types";
import type { ContextResolvers } from "./resolvers";
import { inputIssue, rejectionTypeName } from "./results";

/** The mutation needs a signed-in member and the request carried no access token. */
export class NotSignedIn extends MeetstreamError {
  readonly code = "NOT_SIGNED_IN";

  constructor() {
    super("Sign in first.");
  }
}

/*
 * Every rejection a mutation can return in its result union implements `Error`, so that clients can always
 * ask for `... on Error { code message }` and add fragments for the rejections they handle in detail.
 * NotSignedIn, MemberErased and InvalidProfile read their fields as they are.
 */

const handleTaken: HandleTakenResolvers<GraphqlContext, HandleTaken> = {
  // Not `handle`: Member.handle is nullable, and one selection on the union may not ask for both types.
  takenHandle: (error) => error.handle,
};

export const rejectionResolvers: ContextResolvers = {
  Error: { __resolveType: rejectionTypeName },
  HandleTaken: handleTaken,
  ProfileIssue: inputIssue,
};
