export interface FullJitterOptions {
  baseMilliseconds: number;
  maximumMilliseconds: number;
  /** A number in [0, 1): Math.random unless a test needs it fixed. */
  random?: () => number;
}

/**
 * "Full jitter": a random wait up to a ceiling that doubles with every failed attempt (1, 2, …), up to a
 * maximum. Writers that collided spread out instead of colliding again in lockstep, and the maximum keeps
 * a busy stream responsive.
 */
export const fullJitter =
  ({ baseMilliseconds, maximumMilliseconds, random = Math.random }: FullJitterOptions) =>
  (failedAttempts: number): number =>
    random() * Math.min(maximumMilliseconds, baseMilliseconds * 2 ** (failedAttempts - 1));
