import { createHmac } from "node:crypto";
import type { Clock } from "../clock/clock";
import { commandHandler } from "../decider/command-handler";
import type { DocumentKey, DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import type { DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import { feedTokenDecider, feedTokenRevocationDecider } from "./feed-token-decider";
import { type FeedTokenEvent, feedTokenStream, hashOfFeedToken } from "./feed-token-events";

export {
  CalendarFeedTokenIssued,
  CalendarFeedTokenRevoked,
  feedTokenEventTypes,
  feedTokenStream,
  hashOfFeedToken,
} from "./feed-token-events";

const memberIdOfStream = (streamId: string): string => streamId.slice("feed-token-".length);

/** The lookup from a token's hash to its member: present only while the token is current. */
export const feedTokenKey = (hash: string): DocumentKey => ({
  partition: `feed-token#${hash}`,
  sort: "token",
});

interface FeedTokenDocument {
  memberId: string;
}

/** A token's lookup lives while its hash is current: issuing writes it, revoking removes it. */
const feedTokenLookups: DocumentKind<FeedTokenEvent, FeedTokenDocument> = {
  touches: (event) => [feedTokenKey(event.data.tokenHash)],
  evolve: (_lookup, event) =>
    event.type === "CalendarFeedTokenIssued"
      ? { type: "upsert", body: { memberId: memberIdOfStream(event.streamId) } }
      : { type: "delete" },
};

export const feedTokenProjection: DocumentProjection<FeedTokenEvent> = {
  name: "calendar-feed-tokens",
  categories: ["feed"],
  kinds: [feedTokenLookups],
};

export const feedTokenProjections: readonly Projection[] = [feedTokenProjection];

export interface CalendarFeedTokensOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Server secret the tokens are derived from: keep it out of the repository, and stable across restarts. */
  secret: string;
  clock?: Clock;
}

export interface CalendarFeedTokens {
  /** The member's current token; the first ask issues one. */
  tokenOf(memberId: string): Promise<string>;
  /** Revokes the current token (if any) and issues a new one. */
  reset(memberId: string): Promise<string>;
  /** The member whose current token this is; undefined for a revoked, unknown or malformed token. */
  memberOf(token: string): Promise<string | undefined>;
  /** Revokes the current token, if any, and issues none: the member's feed URL stops answering. */
  revoke(memberId: string, options?: { actor?: string; causationId?: string }): Promise<void>;
}

/**
 * Revokes a member's current feed token without the server secret: the log holds the token's hash, and
 * that is all a revocation names. Used by `calendarFeedTokens` and by reactors that hold no secret.
 */
export function calendarFeedRevocation(options: {
  store: EventStore;
  clock?: Clock;
}): CalendarFeedTokens["revoke"] {
  const revocations = commandHandler({ ...options, decider: feedTokenRevocationDecider });
  return async (memberId, { actor = memberId, causationId } = {}) => {
    await revocations.handle({
      streamId: feedTokenStream(memberId),
      command: { type: "Revoke" },
      metadata: { actor, ...(causationId ? { causationId } : {}) },
    });
  };
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function calendarFeedTokens(options: CalendarFeedTokensOptions): CalendarFeedTokens {
  const { store, documents, secret, clock } = options;

  const tokenAt = (memberId: string, version: number) =>
    createHmac("sha256", secret).update(`calendar-feed#${memberId}#${version}`).digest("base64url");

  const feedTokens = commandHandler({
    store,
    decider: feedTokenDecider(tokenAt),
    ...(clock ? { clock } : {}),
  });

  /** The member's token after the command. A first ask that lost a race to another decides again and takes its token. */
  async function issue(memberId: string, type: "Issue" | "Reset"): Promise<string> {
    const { state } = await feedTokens.handle({
      streamId: feedTokenStream(memberId),
      command: { type, memberId },
      metadata: { actor: memberId },
    });
    if (!state.current) throw new Error(`the ${type} command left no current feed token for ${memberId}`);
    return tokenAt(memberId, state.current.version);
  }

  return {
    tokenOf: (memberId) => issue(memberId, "Issue"),
    reset: (memberId) => issue(memberId, "Reset"),
    revoke: calendarFeedRevocation({ store, ...(clock ? { clock } : {}) }),
    async memberOf(token) {
      if (typeof token !== "string" || !tokenPattern.test(token)) return undefined;
      const found = await documents.get<FeedTokenDocument>(feedTokenKey(hashOfFeedToken(token)));
      return found?.body?.memberId;
    },
  };
}
