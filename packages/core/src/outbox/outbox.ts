/**
 * What a message is sent for. The bus delivers an event at least once, so whatever turns events into
 * messages (the notifier, webhooks) records each message under this triple first: an event delivered
 * three times records, and so sends, one message per recipient and kind.
 */
export interface OutboxKey {
  /** The event the message tells of (or, for a reminder, the timer that fired). */
  eventId: string;
  /** Who it goes to: a member, or a webhook subscription. */
  recipient: string;
  /** What it says: `rsvp-confirmed`, `meetup-cancelled`, `webhook:meetup.published`, … */
  kind: string;
}

export interface OutboxMessage extends OutboxKey {
  /** What the sender needs to send it (the rendered mail, the webhook's body): a JSON value. */
  payload: unknown;
  /** The first moment it may be sent (default: at once). */
  dueAt?: Date;
}

/**
 * pending: waiting for its due time; sending: claimed by a sender until its lease ends; sent; failed: the
 * sender gave up (it says why in its last attempt).
 */
export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

/** One try at sending, as the sender reports it: the console's delivery log shows these. */
export interface OutboxAttempt {
  /** ISO-8601 instant in UTC. */
  at: string;
  milliseconds: number;
  /** What came back, in a word or a code: `sent`, `HTTP 503`, `timeout`, `refused: private address`. */
  outcome: string;
}

export interface OutboxEntry extends OutboxKey {
  payload: unknown;
  status: OutboxStatus;
  /** ISO-8601 instants in UTC. */
  createdAt: string;
  /** When it next comes due (for `sending`, when the lease ends); null once sent or failed. */
  dueAt: string | null;
  sentAt: string | null;
  /** How many tries were settled, of any outcome. */
  attemptCount: number;
  /** The latest tries, newest first, at most `keptAttempts`. */
  attempts: OutboxAttempt[];
}

/** A message a sender holds until it settles it or its lease ends: only that sender may settle it. */
export interface OutboxClaim {
  entry: OutboxEntry;
  claimId: string;
}

export type OutboxSettlement =
  | { result: "sent"; attempt: OutboxAttempt }
  /** It failed and is tried again at `retryAt` (the sender's backoff). */
  | { result: "retry"; attempt: OutboxAttempt; retryAt: Date }
  /** It failed for good, or has been tried for long enough. */
  | { result: "failed"; attempt: OutboxAttempt };

export interface OutboxPage {
  entries: OutboxEntry[];
  /** Pass as `after` for the next page; null on the last. */
  endCursor: string | null;
}

/**
 * The messages to send, each recorded once under its key before anything is sent. Senders claim due
 * messages for a lease: one that dies mid-send leaves its claim to end, and the message comes due again
 * (so a message is sent twice only if a sender died after handing it over and before settling it).
 * Every adapter passes the suite in `contract.ts`.
 */
export interface Outbox {
  /**
   * Records each message whose key is not recorded yet and says which keys it recorded; a key already
   * recorded keeps its first message, whatever its state (a redelivered event renders the same message).
   */
  enqueue(messages: readonly OutboxMessage[]): Promise<OutboxKey[]>;
  /** Claims the message under `key` if it is due now, for sending it right after recording it. */
  claim(key: OutboxKey, leaseMilliseconds: number): Promise<OutboxClaim | undefined>;
  /** Claims up to `limit` messages that are due now, soonest due first. */
  claimDue(limit: number, leaseMilliseconds: number): Promise<OutboxClaim[]>;
  /**
   * Settles a claim; false (and nothing changes) when the claim has lapsed and another sender holds,
   * or has settled, the message.
   */
  settle(claim: OutboxClaim, settlement: OutboxSettlement): Promise<boolean>;
  /** Makes a sent or failed message due again at once (the console's "redeliver"); false if it is neither. */
  redeliver(key: OutboxKey): Promise<boolean>;
  get(key: OutboxKey): Promise<OutboxEntry | undefined>;
  /** A recipient's messages, newest first: a webhook subscription's delivery log. */
  forRecipient(recipient: string, page: { first: number; after?: string }): Promise<OutboxPage>;
}

/** How many of a message's latest tries are kept: enough for a delivery log, bounded for 24 h of retries. */
export const keptAttempts = 10;

/** The most messages one `enqueue`, `claimDue` or page handles: callers batch above it. */
export const outboxBatchLimit = 1_000;

/** One string per key that no two keys share, whatever characters their parts hold. */
export const encodedOutboxKey = ({ eventId, recipient, kind }: OutboxKey): string =>
  JSON.stringify([eventId, recipient, kind]);

export function checkedLimit(limit: number, what: string): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > outboxBatchLimit)
    throw new RangeError(`${what} takes 1 to ${outboxBatchLimit}, not ${limit}`);
  return limit;
}

export function checkedLease(leaseMilliseconds: number): number {
  if (!Number.isSafeInteger(leaseMilliseconds) || leaseMilliseconds < 1)
    throw new RangeError(`a lease lasts at least a millisecond, not ${leaseMilliseconds}`);
  return leaseMilliseconds;
}

/** The attempt first, then the kept ones after it, cut to `keptAttempts`. */
export const withAttempt = (attempts: readonly OutboxAttempt[], attempt: OutboxAttempt): OutboxAttempt[] =>
  [attempt, ...attempts].slice(0, keptAttempts);

/**
 * Where an entry sits in its recipient's log: newest last by creation, the key breaking ties. A page's
 * cursor is this of its last entry (documents/list-cursor.ts).
 */
export const logSortOf = (createdAt: string, key: OutboxKey): string =>
  `${createdAt}#${encodedOutboxKey(key)}`;

/** A DynamoDB item holds 400 KB: a message with its attachment stays well under it. */
export const maximumPayloadBytes = 256 * 1024;

/** The payload as JSON text, refused when it is no JSON value or too large to store. */
export function encodedPayload(payload: unknown): string {
  const json = JSON.stringify(payload);
  if (json === undefined) throw new TypeError("an outbox payload must be a JSON value, not undefined");
  if (Buffer.byteLength(json) > maximumPayloadBytes)
    throw new RangeError(`an outbox payload holds at most ${maximumPayloadBytes} bytes of JSON`);
  return json;
}
