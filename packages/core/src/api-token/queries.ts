import type { DocumentStore } from "../documents/document-store";
import { apiTokensPerMember } from "./decider";
import { type ApiTokenDocument, apiTokenHashPartition, apiTokensPartition } from "./documents";
import { type ApiTokenScope, hashOfApiToken } from "./events";

/** A token as its member lists it: its name, scope and when it was made; never the secret or its hash. */
export type ApiTokenView = ApiTokenDocument;

/** Who a request's token speaks for, and what it may do. */
export interface ApiTokenHolder {
  memberId: string;
  tokenId: string;
  scope: ApiTokenScope;
}

export interface ApiTokenQueries {
  /** The member's tokens in use, newest first, to the member; null to anyone else. */
  tokensOf(memberId: string, viewerId: string | undefined): Promise<ApiTokenView[] | null>;
  /** The holder of a token in use; undefined for a revoked, unknown or malformed one. */
  holderOf(token: string): Promise<ApiTokenHolder | undefined>;
}

/** `mst_` and 43 characters of base64url: anything else is no token of ours, and is not looked up. */
export const apiTokenPattern = /^mst_[A-Za-z0-9_-]{43}$/;

export function apiTokenQueries({ documents }: { documents: DocumentStore }): ApiTokenQueries {
  return {
    async tokensOf(memberId, viewerId) {
      if (typeof viewerId !== "string" || viewerId !== memberId) return null;
      const page = await documents.query<ApiTokenDocument>("primary", {
        partition: apiTokensPartition(memberId),
        range: { beginsWith: "token#" },
        order: "descending",
        limit: apiTokensPerMember,
      });
      return page.documents.flatMap(({ body }) => (body ? [body] : []));
    },

    async holderOf(token) {
      if (typeof token !== "string" || !apiTokenPattern.test(token)) return undefined;
      const page = await documents.query<ApiTokenDocument>("first", {
        partition: apiTokenHashPartition(hashOfApiToken(token)),
        limit: 1,
      });
      const body = page.documents[0]?.body;
      return body ? { memberId: body.memberId, tokenId: body.id, scope: body.scope } : undefined;
    },
  };
}
