import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { type TokenVerifier, Unauthenticated, type Viewer } from "../auth/verify";
import type { ApiTokens } from "./context";
import { operationOf } from "./operation-of";

/** `Bearer mst_…`: one of our API tokens rather than a sign-in's access token (a JWT). */
const apiTokenBearer = /^Bearer (mst_\S*)$/;

/**
 * Who a request's `Authorization` speaks for: an API token's member (with the token's scope), or
 * whatever the sign-in's verifier says of anything else. A token that is no longer in use (revoked, its
 * member erased) is refused outright, as an expired sign-in is, so a script learns it must be given a new one.
 */
export function apiTokenViewer(apiTokens: Pick<ApiTokens, "holderOf">, verifyToken: TokenVerifier) {
  return async (authorization: string | null): Promise<Viewer> => {
    const token = authorization === null ? undefined : apiTokenBearer.exec(authorization.trim())?.[1];
    if (token === undefined) return verifyToken(authorization);
    const holder = await apiTokens.holderOf(token);
    if (!holder) throw new Unauthenticated("This API token is not in use: it was revoked, or never made.");
    return { memberId: holder.memberId, apiToken: { tokenId: holder.tokenId, scope: holder.scope } };
  };
}

/** What only a signed-in member may do, never a script: make or revoke tokens, erase the account. */
const sessionOnlyFields = new Set(["createApiToken", "revokeApiToken", "eraseMe"]);

/** The root fields an operation selects, through its fragments (spread or inline) too. */
function rootFieldsOf(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  seen = new Set<string>(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsOf(document, selection.selectionSet, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    const fragment = document.definitions.find(
      (definition: DocumentNode["definitions"][number]): definition is FragmentDefinitionNode =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name,
    );
    return fragment ? rootFieldsOf(document, fragment.selectionSet, seen) : [];
  });
}

const refused = (message: string, code: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 403 } } });

/**
 * What an API token may do: a read token answers queries alone, and no token makes or revokes tokens or
 * erases its member. Refused before anything runs, with a coded error (403), so nothing changes.
 */
export function apiTokenScopes(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { viewer } = args.contextValue as { viewer?: Viewer };
      const token = viewer?.apiToken;
      if (!token) return;
      const operation = operationOf(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      if (token.scope === "read") {
        setResultAndStopExecution({
          errors: [
            refused(
              "This API token may only read: make a read-write token to change anything.",
              "TOKEN_READ_ONLY",
            ),
          ],
        });
        return;
      }
      if (rootFieldsOf(args.document, operation.selectionSet).some((field) => sessionOnlyFields.has(field)))
        setResultAndStopExecution({
          errors: [refused("This takes a sign-in: an API token cannot do it.", "SESSION_REQUIRED")],
        });
    },
  };
}
