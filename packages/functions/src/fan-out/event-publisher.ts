import {
  PutEventsCommand,
  type PutEventsCommandOutput,
  type PutEventsRequestEntry,
} from "@aws-sdk/client-eventbridge";
import { fullJitter } from "@meetstream/core/decider";
import { putEventsRequests } from "./bus-entries";

/** What the publisher needs of an EventBridge client; tests hand in a mock that records the requests. */
export interface PutEventsClient {
  send(command: PutEventsCommand): Promise<PutEventsCommandOutput>;
}

/** Entries EventBridge kept refusing: the stream record fails, and the stream trigger delivers it again. */
export class EntriesNotPublished extends Error {
  constructor(
    readonly refused: number,
    readonly errorCodes: readonly string[],
  ) {
    super(
      `EventBridge refused ${refused} entries after every retry (${[...new Set(errorCodes)].join(", ")})`,
    );
    this.name = "EntriesNotPublished";
  }
}

export interface RetryPolicy {
  /** Sends of one request, the first included (default 5). */
  maximumAttempts?: number;
  /** The first backoff's ceiling, doubled after each attempt (default 50 ms). */
  baseDelayMilliseconds?: number;
  maximumDelayMilliseconds?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  /** In [0, 1): the jitter. */
  random?: () => number;
}

export interface EventPublisher {
  /** Sends the entries, in order, until EventBridge has accepted every one of them. */
  publish(entries: readonly PutEventsRequestEntry[]): Promise<void>;
}

const wait = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * PutEvents fails entry by entry (throttling, internal errors) while the call itself succeeds: only the
 * refused entries are sent again, after an exponential backoff with full jitter so that publishers
 * refused together do not come back together. Errors of the call itself were retried by the SDK already
 * and are left to fail the stream record.
 */
export function eventPublisher(client: PutEventsClient, retry: RetryPolicy = {}): EventPublisher {
  const {
    maximumAttempts = 5,
    baseDelayMilliseconds = 50,
    maximumDelayMilliseconds = 2000,
    sleep = wait,
    random = Math.random,
  } = retry;

  const delay = fullJitter({
    baseMilliseconds: baseDelayMilliseconds,
    maximumMilliseconds: maximumDelayMilliseconds,
    random,
  });

  async function sendUntilAccepted(request: readonly PutEventsRequestEntry[]): Promise<void> {
    let pending = [...request];
    for (let attempt = 1; ; attempt++) {
      const output = await client.send(new PutEventsCommand({ Entries: pending }));
      if (!output.FailedEntryCount) return;
      // Result entries line up with the request's: the failed ones carry an error code.
      const results = output.Entries ?? [];
      const refused = pending.filter((_, index) => results[index]?.ErrorCode || !results[index]?.EventId);
      if (attempt >= maximumAttempts)
        throw new EntriesNotPublished(
          refused.length,
          results.flatMap((result) => (result.ErrorCode ? [result.ErrorCode] : [])),
        );
      pending = refused;
      await sleep(delay(attempt));
    }
  }

  return {
    async publish(entries) {
      for (const request of putEventsRequests(entries)) await sendUntilAccepted(request);
    },
  };
}
