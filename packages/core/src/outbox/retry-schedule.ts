import type { OutboxAttempt, OutboxEntry, OutboxSettlement } from "./outbox";

const minute = 60_000;

/** When a message that failed is tried again, and when it is given up: mail and webhooks alike. */
export interface RetrySchedule {
  /** The wait after the first failure, doubling with each one after (default a minute). */
  firstDelayMilliseconds?: number;
  /** The longest wait between tries (default an hour). */
  maximumDelayMilliseconds?: number;
  /** After this long since it was recorded, a message that keeps failing is given up (default a day). */
  giveUpAfterMilliseconds?: number;
}

/** The wait before the next try of a message tried `attemptCount` times before this failure. */
export const retryDelay = (attemptCount: number, schedule: RetrySchedule = {}): number => {
  const { firstDelayMilliseconds = minute, maximumDelayMilliseconds = 60 * minute } = schedule;
  return Math.min(maximumDelayMilliseconds, firstDelayMilliseconds * 2 ** attemptCount);
};

/**
 * A failed try settled: tried again after an exponential backoff, or failed for good once the next try
 * would fall past the give-up time.
 */
export function retryOrGiveUp(
  entry: Pick<OutboxEntry, "createdAt" | "attemptCount">,
  attempt: OutboxAttempt,
  now: number,
  schedule: RetrySchedule = {},
): OutboxSettlement {
  const { giveUpAfterMilliseconds = 24 * 60 * minute } = schedule;
  const retryAt = now + retryDelay(entry.attemptCount, schedule);
  if (retryAt - Date.parse(entry.createdAt) > giveUpAfterMilliseconds) return { result: "failed", attempt };
  return { result: "retry", attempt, retryAt: new Date(retryAt) };
}
