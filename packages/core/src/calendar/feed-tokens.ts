import { createHash, createHmac } from "node:crypto";
import { type Clock, systemClock } from "../clock/clock";
import type { DocumentKey, DocumentStore } from "../documents/document-store";
import { VersionConflict } from "../eventstore/errors";
import type { EventStore } from "../eventstore/event-store";
import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
import { newId } from "../ids/new-id";
import type { DocumentKind, DocumentProjection, Projection } from "../projection/projection";
import * as z from "../validation/zod";

/*
 * The secret in a member's private calendar feed URL. The log holds only a SHA-256 hash of it; the token
 * itself is an HMAC of the member and the version of the event that issued it, under a server secret, so
 * the server can show the URL again without storing it. Resetting revokes the old token and issues a new
 * one: the old URL stops working at once, because a token is only accepted while its hash is current.
 */

const tokenHashData = () => z.object({ tokenHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)) });

export const CalendarFeedTokenIssued = defineEvent("CalendarFeedTokenIssued", tokenHashData);
export const CalendarFeedTokenRevoked = defineEvent("CalendarFeedTokenRevoked", tokenHashData);

type FeedTokenEvent = EventOf<typeof CalendarFeedTokenIssued> | EventOf<typeof CalendarFeedTokenRevoked>;

export const feedTokenEventTypes: readonly EventType[] = [CalendarFeedTokenIssued, CalendarFeedTokenRevoked];

export const feedTokenStream = (memberId: string): string => `feed-token-${memberId}`;

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

export const hashOfFeedToken = (token: string): string => createHash("sha256").update(token).digest("hex");

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
  const { store, clock = systemClock } = options;
  return async (memberId, { actor = memberId, causationId } = {}) => {
    for (let attempt = 0; ; attempt++) {
      const events = await store.readStream(feedTokenStream(memberId));
      const last = events.at(-1);
      if (last?.type !== "CalendarFeedTokenIssued") return;
      const { tokenHash } = last.data as { tokenHash: string };
      const meta = {
        actor,
        occurredAt: clock.now().toISOString(),
        correlationId: newId(),
        causationId: causationId ?? null,
      };
      try {
        await store.append(
          feedTokenStream(memberId),
          [{ id: newId(), ...CalendarFeedTokenRevoked({ tokenHash }), meta }],
          { expectedVersion: last.version },
        );
        return;
      } catch (error) {
        // A reset or another revocation at the same moment: read again and revoke whatever is current.
        if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
      }
    }
  };
}

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function calendarFeedTokens(options: CalendarFeedTokensOptions): CalendarFeedTokens {
  const { store, documents, secret, clock = systemClock } = options;

  const tokenAt = (memberId: string, version: number) =>
    createHmac("sha256", secret).update(`calendar-feed#${memberId}#${version}`).digest("base64url");

  /** The version of the current token's issue, if one is current. */
  async function currentOf(memberId: string): Promise<{ issuedAt: number | null; version: number }> {
    const events = await store.readStream(feedTokenStream(memberId));
    let issuedAt: number | null = null;
    for (const envelope of events)
      issuedAt = envelope.type === "CalendarFeedTokenIssued" ? envelope.version : null;
    return { issuedAt, version: events.at(-1)?.version ?? 0 };
  }

  async function issue(memberId: string, revokeCurrent: boolean): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const { issuedAt, version } = await currentOf(memberId);
      if (issuedAt !== null && !revokeCurrent) return tokenAt(memberId, issuedAt);
      const events: FeedTokenEvent[] = [];
      if (issuedAt !== null)
        events.push(CalendarFeedTokenRevoked({ tokenHash: hashOfFeedToken(tokenAt(memberId, issuedAt)) }));
      const issuedVersion = version + events.length + 1;
      const token = tokenAt(memberId, issuedVersion);
      events.push(CalendarFeedTokenIssued({ tokenHash: hashOfFeedToken(token) }));
      const meta = {
        actor: memberId,
        occurredAt: clock.now().toISOString(),
        correlationId: newId(),
        causationId: null,
      };
      try {
        await store.append(
          feedTokenStream(memberId),
          events.map((event) => ({ id: newId(), ...event, meta })),
          { expectedVersion: version === 0 ? "no stream" : version },
        );
        return token;
      } catch (error) {
        // Two resets at once: one wins; the other reads again (and, for a first ask, takes the winner's token).
        if (!(error instanceof VersionConflict) || attempt >= 4) throw error;
      }
    }
  }

  return {
    tokenOf: (memberId) => issue(memberId, false),
    reset: (memberId) => issue(memberId, true),
    revoke: calendarFeedRevocation({ store, clock }),
    async memberOf(token) {
      if (typeof token !== "string" || !tokenPattern.test(token)) return undefined;
      const found = await documents.get<FeedTokenDocument>(feedTokenKey(hashOfFeedToken(token)));
      return found?.body?.memberId;
    },
  };
}
