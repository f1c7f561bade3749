import type { DocumentKey } from "../documents/document-store";
import type { EventEnvelope } from "../eventstore/envelope";
import type { EventOf } from "../eventstore/event-type";
import type { MemberErasedEvent } from "../member/index";
import type { DocumentKind, DocumentProjection, EnvelopeOf, Projection } from "../projection/projection";
import type { ApiTokenEvent, ApiTokenScope } from "./events";
import { memberIdOfApiTokenStream } from "./events";

/** A member's tokens live in a partition of their own: what erasing the member removes at once. */
export const apiTokensPartition = (memberId: string) => `api-tokens#${memberId}`;
const tokenSortPrefix = "token#";

export const apiTokenKey = (memberId: string, tokenId: string): DocumentKey => ({
  partition: apiTokensPartition(memberId),
  sort: `${tokenSortPrefix}${tokenId}`,
});

/** The `first` index: a token found by its hash, which is all a request carries. */
export const apiTokenHashPartition = (tokenHash: string) => `api-token-hash#${tokenHash}`;

/** A token in use, as its member lists it; never its hash, which only the index holds. */
export interface ApiTokenDocument {
  id: string;
  memberId: string;
  /** Null once the member's key is gone. */
  name: string | null;
  scope: ApiTokenScope;
  createdAt: string;
}

type MemberErased = EventOf<typeof MemberErasedEvent>;
type Erased = EventEnvelope<MemberErased>;

const isMemberErased = (event: EnvelopeOf<ApiTokenEvent> | Erased): event is Erased =>
  event.type === "MemberErased";

/**
 * One document per token in use: made with the token, removed when it is revoked, and every one of the
 * member's removed when the member is erased (read from the member's stream), so that no token of theirs
 * is found again, also after a rebuild.
 */
const apiTokenDocuments: DocumentKind<ApiTokenEvent | MemberErased, ApiTokenDocument> = {
  touches(event) {
    if (isMemberErased(event)) {
      const memberId = event.streamId.slice("member-".length);
      return [{ partition: apiTokensPartition(memberId), beginsWith: tokenSortPrefix }];
    }
    if (event.type !== "ApiTokenCreated" && event.type !== "ApiTokenRevoked") return [];
    return [apiTokenKey(memberIdOfApiTokenStream(event.streamId), event.data.tokenId)];
  },
  evolve({ body }, event) {
    if (event.type !== "ApiTokenCreated") return body ? { type: "delete" } : { type: "unchanged" };
    const { tokenId, name, scope, tokenHash } = event.data;
    return {
      type: "upsert",
      body: {
        id: tokenId,
        memberId: memberIdOfApiTokenStream(event.streamId),
        name,
        scope,
        createdAt: event.meta.occurredAt,
      },
      indexes: { first: { partition: apiTokenHashPartition(tokenHash), sort: "token" } },
    };
  },
};

export const apiTokenProjection: DocumentProjection<ApiTokenEvent | MemberErased> = {
  name: "api-tokens",
  categories: ["api", "member"],
  kinds: [apiTokenDocuments],
};

export const apiTokenProjections: readonly Projection[] = [apiTokenProjection as Projection];
