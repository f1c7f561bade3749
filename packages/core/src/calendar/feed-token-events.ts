import { createHash } from "node:crypto";
import { defineEvent, type EventOf, type EventType } from "../eventstore/event-type";
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

export type FeedTokenEvent =
  | EventOf<typeof CalendarFeedTokenIssued>
  | EventOf<typeof CalendarFeedTokenRevoked>;

export const feedTokenEventTypes: readonly EventType[] = [CalendarFeedTokenIssued, CalendarFeedTokenRevoked];

export const feedTokenStream = (memberId: string): string => `feed-token-${memberId}`;

export const hashOfFeedToken = (token: string): string => createHash("sha256").update(token).digest("hex");
