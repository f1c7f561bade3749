import { createHash, randomUUID } from "node:crypto";
import { type Clock, systemClock } from "@meetstream/core/clock/clock";
import type { StorageAdapter } from "@openauthjs/openauth/storage/storage";

export interface RateLimit {
  /** Names the count in the storage. */
  name: string;
  /** How many attempts the window holds. */
  limit: number;
  windowSeconds: number;
}

export interface Attempt {
  key: string[];
  /** Milliseconds since the epoch. */
  at: number;
  detail: Record<string, string>;
}

export type Admission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface StoredAttempt {
  at: number;
  detail?: Record<string, string>;
}

/**
 * Counts attempts per subject (an email address, a client address) over a sliding window, in OpenAuth's
 * storage: SQLite locally, the AuthStorage table on AWS, so every Lambda instance sees the same count.
 *
 * Each attempt is its own key (counted with a scan), so that concurrent attempts cannot undercount, as
 * one read-then-written counter would. Each key expires with the window (a TTL on DynamoDB), so nothing
 * has to tidy up. The subject is stored hashed: the storage need not hold who tried to sign in, or from where.
 */
export function rateLimit(
  storage: StorageAdapter,
  { name, limit, windowSeconds }: RateLimit,
  clock: Clock = systemClock,
) {
  const window = windowSeconds * 1000;
  const prefix = (subject: string) => [
    `meetstream:${name}`,
    createHash("sha256").update(subject).digest("base64url"),
  ];

  async function attempts(subject: string): Promise<Attempt[]> {
    const since = clock.now().getTime() - window;
    const found: Attempt[] = [];
    for await (const [key, value] of storage.scan(prefix(subject))) {
      const { at, detail = {} } = value as StoredAttempt;
      if (at > since) found.push({ key, at, detail });
    }
    return found.sort((first, second) => first.at - second.at);
  }

  /** Whether one attempt more than these fits: if not, when the oldest that stands in its way leaves the window. */
  function admission(earlier: readonly Attempt[]): Admission {
    if (earlier.length < limit) return { allowed: true };
    const blocking = earlier[earlier.length - limit] as Attempt;
    const waitMilliseconds = blocking.at + window - clock.now().getTime();
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMilliseconds / 1000)) };
  }

  async function record(subject: string, detail: Record<string, string> = {}): Promise<string[]> {
    const at = clock.now().getTime();
    const key = [...prefix(subject), randomUUID()];
    await storage.set(key, { at, detail } satisfies StoredAttempt, new Date(at + window));
    return key;
  }

  const sameKey = (first: string[], second: string[]) => first.join("\u001f") === second.join("\u001f");

  return {
    limit,
    attempts,
    /** Counts an attempt whatever the count (a wrong code was tried: that happened). */
    record,
    /** Whether one more attempt would be within the limit now. */
    check: async (subject: string): Promise<Admission> => admission(await attempts(subject)),
    /**
     * Counts an attempt and admits it only within the limit. The attempt is written before the count is
     * read, so of any number of concurrent attempts, the last one written sees every admitted one: never
     * more than the limit are admitted (under a burst, possibly fewer). A refused attempt is taken out
     * again, so that refusals neither lengthen the wait nor grow the scan.
     */
    async take(subject: string, detail?: Record<string, string>): Promise<Admission> {
      const key = await record(subject, detail);
      const others = (await attempts(subject)).filter((attempt) => !sameKey(attempt.key, key));
      const verdict = admission(others);
      if (!verdict.allowed) await storage.remove(key);
      return verdict;
    },
  };
}

export type RateLimitCounter = ReturnType<typeof rateLimit>;
