import { createHmac } from "node:crypto";
import { type IdempotencyStore, resultAsJson } from "../decider/idempotency-store";
import { PersonalDataErased } from "./errors";
import type { KeyStore } from "./key-store";
import { decryptPersonalData, encryptPersonalData } from "./personal-data";

/** JSON with object keys sorted, so that the same request always gives the same fingerprint. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([left], [right]) => (left < right ? -1 : 1)))
      : item,
  );
}

/**
 * An idempotency store for requests about one subject's personal data. Remembered results (which hold
 * the subject's state, personal data included) are stored sealed with the subject's key, and requests
 * are compared by an HMAC under that key rather than a plain hash that a guess could be checked against.
 * Erasing the subject therefore erases what the idempotency store remembers about them too; a repeat
 * after that throws `PersonalDataErased`.
 */
export function sealedIdempotencyStore(
  store: IdempotencyStore,
  keys: KeyStore,
  subjectId: string,
): IdempotencyStore {
  return {
    async once<Result>(key: string, payload: unknown, work: () => Promise<Result>): Promise<Result> {
      const subjectKey = await keys.get(subjectId);
      if (!subjectKey) throw new PersonalDataErased(subjectId);
      const fingerprint = createHmac("sha256", subjectKey).update(canonicalJson(payload)).digest("base64url");
      const sealed = await store.once(key, fingerprint, async () =>
        encryptPersonalData(subjectKey, subjectId, resultAsJson(await work())),
      );
      const json = decryptPersonalData(subjectKey, subjectId, sealed);
      if (json === undefined) throw new PersonalDataErased(subjectId);
      return JSON.parse(json) as Result;
    },
  };
}
