import { MeetstreamError } from "../errors/meetstream-error";

/**
 * Remembers the result of work done under a key, so that a retried request returns the first result
 * instead of doing the work again. Every adapter passes the suite in `idempotency-contract.ts`.
 *
 * Results must be JSON values: a repeat can only return what was stored, so every adapter returns the
 * first result as JSON gives it back (also to the first caller), and the two answers are always equal.
 * `undefined`, functions, `Date`s, `Map`s and class instances do not survive that trip.
 */
export interface IdempotencyStore {
  /**
   * Runs `work` unless `key` was already used: then returns the result the first run produced.
   * `payload` is what the caller asked for under the key; the same key with a different payload
   * (compared by value, key order ignored) throws `IdempotencyKeyReused`. A key whose first run has
   * not finished throws `IdempotencyInProgress`. A run that throws is forgotten, so a retry runs again;
   * its error reaches the caller unchanged.
   */
  once<Result>(key: string, payload: unknown, work: () => Promise<Result>): Promise<Result>;
}

/** One idempotency key stands for one request: reusing it for another request would return a wrong answer. */
export class IdempotencyKeyReused extends MeetstreamError {
  readonly code = "IDEMPOTENCY_KEY_REUSED";

  constructor(readonly key: string) {
    super(`idempotency key ${JSON.stringify(key)} was already used for a different request`);
  }
}

/** The first request with this key is still running: its result is not known yet, so ask again later. */
export class IdempotencyInProgress extends MeetstreamError {
  readonly code = "IDEMPOTENCY_IN_PROGRESS";

  constructor(readonly key: string) {
    super(`a request with idempotency key ${JSON.stringify(key)} is still in progress`);
  }
}

/** Every adapter stores the result as JSON text, so the first caller gets the same value a repeat will. */
export function resultAsJson(result: unknown): string {
  const json = JSON.stringify(result);
  if (json === undefined) throw new TypeError("an idempotent result must be a JSON value, not undefined");
  return json;
}
