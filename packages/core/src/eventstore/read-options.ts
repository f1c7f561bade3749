import { InvalidReadOptions } from "./errors";
import type { ReadStreamOptions } from "./event-store";

export interface ReadWindow {
  after: number;
  /** Undefined: no limit. */
  limit: number | undefined;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Checks a read's `after` and `limit` once, so that every adapter reads exactly the same window. */
export function readWindow(options: ReadStreamOptions = {}): ReadWindow {
  const { after = 0, limit } = options;
  if (!isCount(after)) throw new InvalidReadOptions(`after must be a whole number from 0, not ${after}`);
  if (limit !== undefined && !isCount(limit))
    throw new InvalidReadOptions(`limit must be a whole number from 0, not ${limit}`);
  return { after, limit };
}

export const defaultStreamPageSize = 100;

/** The size of one page of stream ids: at least one, or paging could never move forward. */
export function streamPageSize(limit: number | undefined): number {
  if (limit === undefined) return defaultStreamPageSize;
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new InvalidReadOptions(`a page holds at least one stream; limit ${limit} is not allowed`);
  return limit;
}

export const defaultEventsPageSize = 1000;

/** How many events make a page of whole streams: at least one, as for a page of stream ids. */
export function eventsPageSize(limit: number | undefined): number {
  if (limit === undefined) return defaultEventsPageSize;
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new InvalidReadOptions(`a page holds at least one event; limit ${limit} is not allowed`);
  return limit;
}
