import { InvalidExpectedVersion } from "./errors";
import type { ExpectedVersion } from "./event-store";

/**
 * The version the stream must be at for an append to go in. "no stream" and 0 mean the same thing: a stream
 * exists once it has an event, so an empty stream and a missing one cannot be told apart.
 */
export function expectedStreamVersion(expectedVersion: ExpectedVersion): number {
  if (expectedVersion === "no stream") return 0;
  if (Number.isSafeInteger(expectedVersion) && expectedVersion >= 0) return expectedVersion;
  throw new InvalidExpectedVersion(expectedVersion);
}
